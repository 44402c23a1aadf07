using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// Integrators with an OAuth2 access token from the municipality's provider instead of an API key (ADR 0026): a real
/// OpenID provider (OpenIddict) on loopback issues the tokens by client credentials, the host checks them against its
/// published keys, its issuer and the audience, and maps the client to scopes and an organisation as a key would.
/// </summary>
public sealed class TokenAanmeldenTests(TokenAanmeldenTests.Fabriek factory) : IClassFixture<TokenAanmeldenTests.Fabriek>
{
    private static readonly object Aanmelding = new
    {
        kanaal = "website-formulier", bron = "voorliggend-veld", vraag = "Signaal over een gezin", urgentie = "normaal",
        inwonerOpDeHoogte = true, inwonerStemtIn = true,
    };

    private static readonly object EigenAanmelding = new { kanaal = "website-formulier", bron = "inwoner-zelf", vraag = "Ik kan mijn rekeningen niet meer betalen", urgentie = "normaal" };

    [Fact]
    public async Task Een_integrator_haalt_een_token_met_client_credentials_en_werkt_met_de_rechten_van_zijn_client()
    {
        var client = await factory.ClientMetTokenAsync(Fabriek.Loket);

        var gemaakt = await client.PostAsJsonAsync("/api/v1/aanmeldingen", EigenAanmelding);
        var gelezen = await client.GetAsync("/api/v1/aanmeldingen");
        var inwoners = await client.PostAsJsonAsync("/api/v1/inwoners/_zoek", new { achternaam = "Visser" });

        gemaakt.StatusCode.Should().Be(HttpStatusCode.Created);
        gelezen.StatusCode.Should().Be(HttpStatusCode.OK);
        inwoners.StatusCode.Should().Be(HttpStatusCode.Forbidden, "inwoners:lezen is niet ingesteld voor deze client");
    }

    [Fact]
    public async Task Een_token_met_minder_scopes_geeft_alleen_die()
    {
        var client = await factory.ClientMetTokenAsync(Fabriek.Loket, scope: IntakeRechten.AanmeldingenLezen);

        (await client.GetAsync("/api/v1/aanmeldingen")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.PostAsJsonAsync("/api/v1/aanmeldingen", EigenAanmelding)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task De_client_van_een_partner_ziet_alleen_de_aanmeldingen_van_zijn_organisatie()
    {
        var sigma = await factory.ClientMetTokenAsync(Fabriek.Sigma);
        var mee = await factory.ClientMetSleutelAsync([IntakeRechten.AanmeldingenLezen], "MEE Veluwe");

        var id = (await (await sigma.PostAsJsonAsync("/api/v1/aanmeldingen", Aanmelding)).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>())
            .GetProperty("id").GetGuid();

        (await sigma.GetAsync($"/api/v1/aanmeldingen/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await mee.GetAsync($"/api/v1/aanmeldingen/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await sigma.PostAsJsonAsync("/api/v1/inwoners/_zoek", new { achternaam = "Visser" })).StatusCode
            .Should().Be(HttpStatusCode.Forbidden, "een partner krijgt geen inwonerscopes, ook niet als ze zijn ingesteld");
    }

    [Fact]
    public async Task Een_token_voor_een_ander_systeem_wordt_geweigerd()
    {
        var token = await factory.Idp.VraagTokenAsync(Fabriek.Loket, Fabriek.Geheim, doelgroep: "ander-systeem");

        await WeigertAsync(token);
    }

    [Fact]
    public async Task Een_verlopen_token_wordt_geweigerd()
    {
        var token = factory.Idp.MaakToken(Fabriek.Loket, OidcTestProvider.Audience, DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddMinutes(-10));

        await WeigertAsync(token);
    }

    [Fact]
    public async Task Een_geldig_token_van_een_client_die_hier_niet_is_ingesteld_wordt_geweigerd()
    {
        var token = await factory.Idp.VraagTokenAsync(Fabriek.Onbekend, Fabriek.Geheim);

        await WeigertAsync(token);
    }

    [Fact]
    public async Task Een_token_met_een_andere_sleutel_getekend_wordt_geweigerd()
    {
        var echt = factory.Idp.MaakToken(Fabriek.Loket, OidcTestProvider.Audience, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(10));
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        // The provider's issuer, audience and key id, but a key of its own: the host trusts only the keys the provider publishes.
        var nagemaakt = factory.Idp.MaakToken(Fabriek.Loket, OidcTestProvider.Audience, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(10),
            new Microsoft.IdentityModel.Tokens.RsaSecurityKey(rsa) { KeyId = factory.Idp.Sleutel.KeyId });

        (await Met(echt).GetAsync("/api/v1/aanmeldingen")).StatusCode.Should().Be(HttpStatusCode.OK);
        await WeigertAsync(nagemaakt);
    }

    private async Task WeigertAsync(string token)
    {
        var antwoord = await Met(token).GetAsync("/api/v1/aanmeldingen");

        antwoord.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        antwoord.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    private HttpClient Met(string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The host with bearer tokens on, pointed at a provider of its own.</summary>
    public sealed class Fabriek : ApiFactory
    {
        public const string Loket = "integratie-loket";
        public const string Sigma = "integratie-sigma";
        public const string Onbekend = "integratie-onbekend";
        public const string Geheim = "integratie-geheim";

        public Fabriek()
        {
            foreach (var client in new[] { Loket, Sigma, Onbekend })
            {
                Idp.VoegIntegratorToe(client, Geheim);
            }
        }

        public OidcTestProvider Idp { get; } = OidcTestProvider.Start();

        public async Task<HttpClient> ClientMetTokenAsync(string clientId, string? scope = null)
        {
            var client = CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Idp.VraagTokenAsync(clientId, Geheim, scope));
            return client;
        }

        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
        [
            new("Aanmelden:Jwt:Authority", Idp.Adres.ToString()),
            new("Aanmelden:Jwt:Audience", OidcTestProvider.Audience),
            new("Aanmelden:Jwt:VereisHttps", "false"),
            new($"Aanmelden:Jwt:Clients:{Loket}:Naam", "Integratie loket (OAuth)"),
            new($"Aanmelden:Jwt:Clients:{Loket}:Scopes:0", IntakeRechten.AanmeldingenLezen),
            new($"Aanmelden:Jwt:Clients:{Loket}:Scopes:1", IntakeRechten.AanmeldingenSchrijven),
            new($"Aanmelden:Jwt:Clients:{Sigma}:Naam", "Sigma (OAuth)"),
            new($"Aanmelden:Jwt:Clients:{Sigma}:Organisatie", "Sigma"),
            new($"Aanmelden:Jwt:Clients:{Sigma}:Scopes:0", IntakeRechten.AanmeldingenLezen),
            new($"Aanmelden:Jwt:Clients:{Sigma}:Scopes:1", IntakeRechten.AanmeldingenSchrijven),
            new($"Aanmelden:Jwt:Clients:{Sigma}:Scopes:2", IntakeRechten.InwonersLezen),
        ];

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            await Idp.DisposeAsync();
        }
    }
}
