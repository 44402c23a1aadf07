using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.Host.Beveiliging;

namespace Nijkerk.SociaalDomein.Host.Toegang;

/// <summary>
/// Signs in a system by the key in its X-Api-Key header. An unknown key is a security event (by a short hash, never
/// the key) and counts against the sender's address (<see cref="Snelheidslimieten.UseOnbekendeSleutelLimiet"/>).
/// </summary>
public sealed class ApiSleutelHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiSleutels sleutels, ModuleRegistry modules, OnbekendeSleutels onbekend)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeNaam = "ApiSleutel";
    public const string Header = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var waarde) || string.IsNullOrWhiteSpace(waarde))
        {
            return AuthenticateResult.NoResult();
        }

        var client = await sleutels.ZoekAsync(waarde.ToString());
        if (client is null)
        {
            onbekend.Tel(Snelheidslimieten.Adres(Context));
            Beveiligingsgebeurtenissen.OnbekendeApiSleutel(Beveiligingsgebeurtenissen.Logger(Context.RequestServices), Beveiligingsgebeurtenissen.HashBegin(waarde.ToString()));
            return AuthenticateResult.Fail("Onbekende of ingetrokken API-sleutel.");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(Claims.VanApiClient(client, SchemeNaam, modules), SchemeNaam));
    }
}
