using Nijkerk.SociaalDomein.Host.Beveiliging;

namespace Nijkerk.SociaalDomein.Host.Toegang.Aanmelden;

/// <summary>
/// Security events of sign-in through the identity provider and of bearer tokens, in the same category as the others
/// (ADR 0017) and like them without personal data: an account by its id, a client by its configured client id, a
/// refused token by the kind of refusal (never the token or its subject).
/// </summary>
internal static partial class Aanmeldgebeurtenissen
{
    [LoggerMessage(EventId = 4006, EventName = "IdpGeenGroep", Level = LogLevel.Warning,
        Message = "Inloggen via de identity provider geweigerd: geen groep die hier toegang geeft.")]
    public static partial void GeenGroep(ILogger logger);

    [LoggerMessage(EventId = 4007, EventName = "IdpAccountUitgeschakeld", Level = LogLevel.Warning,
        Message = "Inloggen via de identity provider geweigerd: account is uitgeschakeld.")]
    public static partial void Uitgeschakeld(ILogger logger);

    [LoggerMessage(EventId = 4008, EventName = "IdpMislukt", Level = LogLevel.Warning,
        Message = "Inloggen via de identity provider mislukt: {Reden}.")]
    public static partial void Mislukt(ILogger logger, string reden);

    [LoggerMessage(EventId = 4014, EventName = "TokenGeweigerd", Level = LogLevel.Warning,
        Message = "Bearer-token geweigerd: {Reden}.")]
    public static partial void TokenGeweigerd(ILogger logger, string reden);

    [LoggerMessage(EventId = 4015, EventName = "TokenOnbekendeClient", Level = LogLevel.Warning,
        Message = "Bearer-token van client {ClientId} geweigerd: die client is hier niet ingesteld.")]
    public static partial void OnbekendeClient(ILogger logger, string clientId);

    public static ILogger Logger(HttpContext context) => Beveiligingsgebeurtenissen.Logger(context.RequestServices);
}
