using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.SocialeKaart.Contracts;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// Each security event is logged under its own EventId, and none carries the user name, a BSN, a person's name
/// or the key (ADR 0017). The logs are searched as a log collector would receive them.
/// </summary>
public sealed partial class BeveiligingsgebeurtenissenTests(BeveiligingsgebeurtenissenTests.Factory factory)
    : IClassFixture<BeveiligingsgebeurtenissenTests.Factory>
{
    private const string Bsn = "999996356";
    private const string Achternaam = "Zeldzaamnaam";

    [Fact]
    public async Task Mislukte_en_geblokkeerde_inlogpogingen_zonder_gebruikersnaam()
    {
        var naam = await factory.MaakGebruikerAsync(Rollen.Loketmedewerker);
        const string onbekend = "niemand-bekend-7731";

        await InloggenAsync(onbekend, "wat-dan-ook-lang");
        for (var i = 0; i < 6; i++)
        {
            await InloggenAsync(naam, "fout-wachtwoord-" + i);
        }

        Events(4002).Should().NotBeEmpty("an unknown account");
        Events(4001).Should().HaveCount(4, "four wrong passwords before the fifth blocks");
        Events(4003).Should().ContainSingle("the fifth blocks the account");
        Events(4004).Should().NotBeEmpty("the sixth is refused as blocked");
        factory.Logs.Regels.Should().NotContain(r => r.Contains(naam, StringComparison.OrdinalIgnoreCase) || r.Contains(onbekend, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Inloggen_en_uitloggen_worden_vastgelegd_met_het_account_id_zonder_gebruikersnaam()
    {
        var naam = await factory.MaakGebruikerAsync(Rollen.Loketmedewerker);
        var browser = new Sessiebrowser(factory);

        await browser.InloggenAsync(naam);
        await browser.UitloggenAsync();

        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        var id = await connection.QuerySingleAsync<Guid>("select id from toegang.gebruiker where gebruikersnaam = @naam", new { naam });
        Events(4000).Should().ContainSingle(r => r.Contains(id.ToString(), StringComparison.Ordinal));
        Events(4009).Should().ContainSingle(r => r.Contains(id.ToString(), StringComparison.Ordinal));
        factory.Logs.Regels.Should().NotContain(r => r.Contains(naam, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Weigeringen_op_de_api_en_onbekende_sleutels_zonder_de_sleutel()
    {
        var gemeente = await factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        (await gemeente.PostAsJsonAsync("/api/v1/inwoners", new { voornamen = "Piet", achternaam = Achternaam, geboortedatum = "1975-05-05", bsn = Bsn }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var alleenKaart = await factory.ClientMetSleutelAsync([SocialeKaartRechten.Lezen]);
        var geheim = "nsd_geheim_" + Guid.NewGuid().ToString("N");
        var onbekend = factory.CreateClient();
        onbekend.DefaultRequestHeaders.Add("X-Api-Key", geheim);

        (await factory.CreateClient().GetAsync("/api/v1/aanmeldingen")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await alleenKaart.PostAsJsonAsync("/api/v1/inwoners/_zoek", new { bsn = Bsn })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await onbekend.GetAsync("/api/v1/aanmeldingen")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        Events(4010).Should().Contain(r => r.Contains("/api/v1/aanmeldingen", StringComparison.Ordinal));
        Events(4011).Should().Contain(r => r.Contains("/api/v1/inwoners/_zoek", StringComparison.Ordinal));
        Events(4012).Should().Contain(r => r.Contains(HashBegin(geheim), StringComparison.Ordinal));
        factory.Logs.Regels.Should().NotContain(r => r.Contains(geheim, StringComparison.Ordinal) || r.Contains(Bsn, StringComparison.Ordinal));
        Beveiligingsregels().Should().NotContain(r => r.Contains(Achternaam, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Een_partner_die_ids_van_een_andere_organisatie_probeert_valt_op()
    {
        string[] scopes = [IntakeRechten.AanmeldingenSchrijven, IntakeRechten.AanmeldingenLezen, IntakeRechten.AanmeldingenBehandelen];
        var sigma = await factory.ClientMetSleutelAsync(scopes, "Sigma");
        var mee = await factory.ClientMetSleutelAsync(scopes, "MEE Veluwe");
        var aanmelding = await sigma.PostAsJsonAsync("/api/v1/aanmeldingen", new
        {
            kanaal = "website-formulier", bron = "voorliggend-veld", vraag = "Signaal over de familie " + Achternaam, urgentie = "normaal",
            inwonerOpDeHoogte = true, inwonerStemtIn = true,
        });
        var vanSigma = (await aanmelding.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        (await mee.GetAsync($"/api/v1/aanmeldingen/{Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        Events(4020).Should().BeEmpty("an id that exists nowhere is a typo, not a probe");
        (await mee.GetAsync($"/api/v1/aanmeldingen/{vanSigma}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await mee.PostAsJsonAsync($"/api/v1/aanmeldingen/{vanSigma}/contactmomenten", new { kanaal = "telefoon" })).StatusCode.Should().Be(HttpStatusCode.NotFound);

        Events(4020).Should().HaveCount(2).And.OnlyContain(r => r.Contains("MEE Veluwe", StringComparison.Ordinal) && r.Contains("/aanmeldingen/{id}", StringComparison.Ordinal));
        Events(4020).Should().NotContain(r => r.Contains(vanSigma.ToString(), StringComparison.Ordinal), "the route template, not the path");
        Beveiligingsregels().Should().NotContain(r => r.Contains(Achternaam, StringComparison.Ordinal));
    }

    private async Task InloggenAsync(string naam, string wachtwoord)
    {
        var client = factory.CreateClient();
        var token = Token().Match(await client.GetStringAsync("/inloggen")).Groups[1].Value;
        var response = await client.PostAsync("/inloggen", new FormUrlEncodedContent(
            [new("Gebruikersnaam", naam), new("Wachtwoord", wachtwoord), new("__RequestVerificationToken", token)]));
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private IEnumerable<string> Beveiligingsregels() =>
        factory.Logs.Regels.Where(r => r.Contains(" Nijkerk.SociaalDomein.Beveiliging ", StringComparison.Ordinal));

    private List<string> Events(int id) => [.. Beveiligingsregels().Where(r => r.Contains($" event={id} ", StringComparison.Ordinal))];

    private static string HashBegin(string sleutel) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sleutel)))[..8];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public sealed class Factory : ApiFactory
    {
        public LogVanger Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFilter(_ => true))
                .ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
        }
    }
}
