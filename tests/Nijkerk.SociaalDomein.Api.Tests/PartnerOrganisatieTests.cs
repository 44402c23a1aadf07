using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// A partner's key is held to its own organisation on every operation it can call (ADR 0014, 0017): every list in the
/// served document, every detail of another organisation's aanmelding, and the overzicht, which a partner key
/// cannot open even when its row in the database says it may.
/// </summary>
public sealed class PartnerOrganisatieTests(ApiFactory factory) : ApiTestBase(factory)
{
    private async Task<(HttpClient Client, Guid Aanmelding)> PartnerAsync(string organisatie)
    {
        var client = await Factory.ClientMetSleutelAsync(TestModules.Registry.PartnerScopes, organisatie);
        var id = await RegistreerAsync(client, "crisis");
        (await client.PostAsJsonAsync($"/api/v1/aanmeldingen/{id}/terugbelverzoeken", new { medewerker = "loket", telefoonnummer = "0331234567" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        return (client, id);
    }

    [Fact]
    public async Task Geen_lijst_die_een_partner_kan_opvragen_toont_iets_van_een_andere_organisatie()
    {
        var (sigma, vanSigma) = await PartnerAsync("Sigma");
        var (_, vanMee) = await PartnerAsync("MEE Veluwe");
        var vanGemeente = await RegistreerAsync(Client, "crisis", "inwoner-zelf");
        var document = await JsonAsync(await Anoniem.GetAsync("/api/v1/openapi.json"));
        var lijsten = document.GetProperty("paths").EnumerateObject()
            .Where(p => !p.Name.Contains('{', StringComparison.Ordinal) && p.Value.TryGetProperty("get", out _))
            .Select(p => "/api/v1" + p.Name)
            .ToList();

        var gelezen = new Dictionary<string, string>();
        foreach (var lijst in lijsten)
        {
            var response = await sigma.GetAsync(lijst);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                gelezen[lijst] = await response.Content.ReadAsStringAsync();
            }
        }

        lijsten.Should().Contain(["/api/v1/aanmeldingen", "/api/v1/terugbelverzoeken"]);
        gelezen.Should().ContainKey("/api/v1/aanmeldingen").WhoseValue.Should().Contain(vanSigma.ToString(), "the partner sees its own");
        gelezen.Should().ContainKey("/api/v1/terugbelverzoeken").WhoseValue.Should().Contain(vanSigma.ToString());
        foreach (var (lijst, inhoud) in gelezen)
        {
            inhoud.Should().NotContain(vanMee.ToString(), $"{lijst} shows Sigma nothing of MEE Veluwe").And.NotContain(vanGemeente.ToString(), lijst);
        }
    }

    [Fact]
    public async Task Elke_detailvraag_naar_de_aanmelding_van_een_andere_organisatie_is_niet_gevonden()
    {
        var (sigma, _) = await PartnerAsync("Sigma");
        var (_, vanMee) = await PartnerAsync("MEE Veluwe");
        var document = await JsonAsync(await Anoniem.GetAsync("/api/v1/openapi.json"));
        var details = document.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/aanmeldingen/{id}", StringComparison.Ordinal) && p.Name.Count(c => c == '{') == 1)
            .Where(p => p.Value.TryGetProperty("get", out _))
            .Select(p => "/api/v1" + p.Name.Replace("{id}", vanMee.ToString(), StringComparison.Ordinal))
            .ToList();

        details.Should().Contain($"/api/v1/aanmeldingen/{vanMee}");
        foreach (var detail in details)
        {
            (await sigma.GetAsync(detail)).StatusCode.Should().Be(HttpStatusCode.NotFound, detail);
        }
    }

    [Fact]
    public async Task Het_overzicht_van_een_inwoner_gaat_niet_open_voor_een_partnersleutel_ook_niet_met_de_scope_in_de_database()
    {
        var inwoner = (await JsonAsync(await Client.PostAsJsonAsync(
            "/api/v1/inwoners", new { voornamen = "Karel", achternaam = "Overzicht", geboortedatum = "1960-01-01" }))).GetProperty("id").GetGuid();
        var sleutel = await Factory.MaakSleutelAsync([IntakeRechten.AanmeldingenLezen], "Delta");
        await using (var connection = new NpgsqlConnection(Factory.ConnectionString))
        {
            await connection.ExecuteAsync(
                "update toegang.api_client set scopes = @scopes where organisatie = 'Delta'",
                new { scopes = new[] { IntakeRechten.AanmeldingenLezen, IntakeRechten.InwonersLezen } });
        }

        var partner = Factory.CreateClient();
        partner.DefaultRequestHeaders.Add("X-Api-Key", sleutel);

        (await partner.GetAsync($"/api/v1/inwoners/{inwoner}/overzicht")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Client.GetAsync($"/api/v1/inwoners/{inwoner}/overzicht")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    // A partner's signal; the municipality's own key registers a question of the inwoner himself.
    private static async Task<Guid> RegistreerAsync(HttpClient client, string urgentie, string bron = "voorliggend-veld")
    {
        var response = await client.PostAsJsonAsync("/api/v1/aanmeldingen", new
        {
            kanaal = "website-formulier", bron, vraag = "Signaal over een gezin", urgentie,
            inwonerOpDeHoogte = true, inwonerStemtIn = true,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
