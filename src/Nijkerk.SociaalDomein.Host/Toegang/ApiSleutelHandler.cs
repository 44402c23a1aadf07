using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;

namespace Nijkerk.SociaalDomein.Host.Toegang;

/// <summary>Signs in a system by the key in its X-Api-Key header.</summary>
public sealed class ApiSleutelHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiSleutels sleutels, ModuleRegistry modules)
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
        return client is null
            ? AuthenticateResult.Fail("Onbekende of ingetrokken API-sleutel.")
            : AuthenticateResult.Success(new AuthenticationTicket(Claims.VanApiClient(client, SchemeNaam, modules), SchemeNaam));
    }
}
