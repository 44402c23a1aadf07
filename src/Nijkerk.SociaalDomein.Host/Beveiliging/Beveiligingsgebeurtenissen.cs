using System.Security.Cryptography;
using System.Text;

namespace Nijkerk.SociaalDomein.Host.Beveiliging;

/// <summary>
/// The security events, each with a fixed EventId (4001…) to alert on, and none with personal data: no user name,
/// no BSN, no name, no key, no client address. An account is named by its id, a key by its client id or, when
/// unknown, by the first characters of its SHA-256 (ADR 0017).
/// </summary>
internal static partial class Beveiligingsgebeurtenissen
{
    /// <summary>The logger category, to filter or route the security events on.</summary>
    public const string Categorie = "Nijkerk.SociaalDomein.Beveiliging";

    [LoggerMessage(EventId = 4000, EventName = "Ingelogd", Level = LogLevel.Information,
        Message = "Account {GebruikerId} ingelogd.")]
    public static partial void Ingelogd(ILogger logger, Guid gebruikerId);

    [LoggerMessage(EventId = 4009, EventName = "Uitgelogd", Level = LogLevel.Information,
        Message = "Account {GebruikerId} uitgelogd: al zijn sessies zijn beëindigd.")]
    public static partial void Uitgelogd(ILogger logger, Guid gebruikerId);

    [LoggerMessage(EventId = 4001, EventName = "InloggenMislukt", Level = LogLevel.Warning,
        Message = "Inloggen mislukt: verkeerd wachtwoord voor account {GebruikerId} (poging {Poging}).")]
    public static partial void InloggenMislukt(ILogger logger, Guid gebruikerId, int poging);

    [LoggerMessage(EventId = 4002, EventName = "InloggenOnbekendAccount", Level = LogLevel.Warning,
        Message = "Inloggen mislukt: onbekend of inactief account.")]
    public static partial void InloggenOnbekendAccount(ILogger logger);

    [LoggerMessage(EventId = 4003, EventName = "AccountGeblokkeerd", Level = LogLevel.Warning,
        Message = "Account {GebruikerId} geblokkeerd tot {Tot:O} na te veel mislukte pogingen.")]
    public static partial void AccountGeblokkeerd(ILogger logger, Guid gebruikerId, DateTimeOffset tot);

    [LoggerMessage(EventId = 4004, EventName = "InloggenGeblokkeerdAccount", Level = LogLevel.Warning,
        Message = "Inloggen geweigerd: account {GebruikerId} is geblokkeerd.")]
    public static partial void InloggenGeblokkeerdAccount(ILogger logger, Guid gebruikerId);

    [LoggerMessage(EventId = 4005, EventName = "InloggenTeVaak", Level = LogLevel.Warning,
        Message = "Inlogpoging geweigerd: te veel pogingen vanaf één adres.")]
    public static partial void InloggenTeVaak(ILogger logger);

    [LoggerMessage(EventId = 4010, EventName = "ApiNietAangemeld", Level = LogLevel.Warning,
        Message = "API {Methode} {Route}: 401, niet aangemeld.")]
    public static partial void ApiNietAangemeld(ILogger logger, string methode, string route);

    [LoggerMessage(EventId = 4011, EventName = "ApiGeenRecht", Level = LogLevel.Warning,
        Message = "API {Methode} {Route}: 403 voor {ActorSoort} {ActorId}.")]
    public static partial void ApiGeenRecht(ILogger logger, string methode, string route, string actorSoort, string actorId);

    [LoggerMessage(EventId = 4012, EventName = "OnbekendeApiSleutel", Level = LogLevel.Warning,
        Message = "Onbekende of ingetrokken API-sleutel (SHA-256 begint met {SleutelHashBegin}).")]
    public static partial void OnbekendeApiSleutel(ILogger logger, string sleutelHashBegin);

    [LoggerMessage(EventId = 4013, EventName = "ApiTeVaak", Level = LogLevel.Warning,
        Message = "API-verzoek geweigerd: {Reden}.")]
    public static partial void ApiTeVaak(ILogger logger, string reden);

    [LoggerMessage(EventId = 4020, EventName = "PartnerZoektBijAndereOrganisatie", Level = LogLevel.Warning,
        Message = "Partnersleutel {ClientId} van {Organisatie} vroeg {Methode} {Route} voor een id van een andere organisatie: 404.")]
    public static partial void PartnerZoektBijAndereOrganisatie(ILogger logger, string clientId, string organisatie, string methode, string route);

    /// <summary>Enough of a key's hash to tell two attempts apart, far too little to find the key by.</summary>
    public static string HashBegin(string sleutel) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sleutel)))[..8];

    public static ILogger Logger(IServiceProvider services) =>
        services.GetRequiredService<ILoggerFactory>().CreateLogger(Categorie);
}
