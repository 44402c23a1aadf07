using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// Inzage (AVG art. 15, ADR 0029): for an inwoner whose question went the whole route (aanmelding, vraagverheldering,
/// overdracht, plan) and into whom a second registration was merged, the export holds each, with every verwerking of
/// both records; the inzage itself is recorded; only the functioneel beheerder may ask it.
/// </summary>
public sealed class InzageApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task De_inzage_bevat_elke_module_en_de_verwerkingen_ook_van_een_samengevoegde_registratie()
    {
        var regisseurNaam = "Regisseur " + Guid.NewGuid().ToString("N")[..6];
        await Factory.MaakMedewerkerAsync(regisseurNaam, Rollen.Regisseur);
        var teamleider = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync("Tamara Teamleider", Rollen.Beleid));
        var route = new RegieRoute(Client, teamleider);
        var (inwoner, plan, _) = await route.PlanAsync("Inzage", regisseurNaam);

        // The same person registered a second time, with an aanmelding and a read of its own, then merged into him.
        var dubbel = await route.Vraag.InwonerAsync("Fatima", "Inzage");
        (await Client.PostAsJsonAsync("/api/v1/aanmeldingen", new { kanaal = "telefoon", bron = "inwoner-zelf", vraag = "Hulp bij de administratie", urgentie = "normaal", inwonerId = dubbel }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        (await Client.GetAsync($"/api/v1/inwoners/{dubbel}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await Client.PostAsJsonAsync($"/api/v1/inwoners/{inwoner}/samenvoeging", new { samenTeVoegenInwonerId = dubbel }))
            .StatusCode.Should().Be(HttpStatusCode.OK);

        var beheerder = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync("Bea Beheer", Rollen.FunctioneelBeheerder));
        var inzage = await InzageMetOverdrachtAsync(beheerder, inwoner);

        inzage.GetProperty("inwonerId").GetGuid().Should().Be(inwoner);
        inzage.GetProperty("samengevoegdeInwonerIds").EnumerateArray().Select(i => i.GetGuid()).Should().Equal(dubbel);
        var delen = inzage.GetProperty("modules").EnumerateArray().ToDictionary(d => d.GetProperty("module").GetString()!);
        delen.Keys.Should().Equal("Intake", "Vraagverheldering", "Overdracht", "Regie", "SocialeKaart", "Monitoring", "Bewaring", "Toegang", "Verwerkingen");
        delen["Monitoring"].GetProperty("onderdelen").GetArrayLength().Should().Be(0);
        delen["Monitoring"].GetProperty("toelichting").GetString().Should().Contain("zonder namen");

        var intake = Onderdelen(delen["Intake"]);
        intake.Where(o => o.Soort == "inwoner").Select(o => o.Id).Should().BeEquivalentTo(new Guid?[] { inwoner, dubbel }, "both registrations are his");
        intake.Where(o => o.Soort == "aanmelding").Select(o => o.Veld("Vraag"))
            .Should().Contain(["Schulden, geen werk en de kinderen lopen vast op school", "Hulp bij de administratie"]);
        var vraagverheldering = Onderdelen(delen["Vraagverheldering"]);
        vraagverheldering.Should().ContainSingle(o => o.Soort == "vraagverheldering")
            .Which.Veld("Vraag achter de vraag").Should().Be("Zij wil weer overzicht over haar leven.");
        vraagverheldering.Count(o => o.Soort == "score").Should().Be(RegieRoute.StartScores.Count);
        Onderdelen(delen["Overdracht"]).Should().Contain(o => o.Soort == "overdracht");
        Onderdelen(delen["Regie"]).Should().ContainSingle(o => o.Soort == "plan").Which.Id.Should().Be(plan);

        var verwerkingen = Onderdelen(delen["Verwerkingen"]);
        verwerkingen.Should().Contain(v => v.Veld("Registratie") == dubbel.ToString() && v.Veld("Wat") == "Gegevens van de inwoner ingezien",
            "the read of the merged record is his verwerking too");
        verwerkingen.Should().AllSatisfy(v =>
        {
            v.Veld("Wanneer").Should().NotBeNullOrEmpty();
            v.Veld("Wie").Should().NotBeNullOrEmpty();
            v.Veld("Waarvoor").Should().NotBeNullOrEmpty();
        });

        // The inzage itself is recorded, with its purpose, for both records.
        var later = Onderdelen((await LeesAsync(beheerder, inwoner)).GetProperty("modules").EnumerateArray().Single(d => d.GetProperty("module").GetString() == "Verwerkingen"));
        later.Where(v => v.Veld("Wat") == "Inzageverzoek behandeld: alle vastgelegde gegevens van de inwoner verzameld")
            .Select(v => (v.Veld("Registratie"), v.Veld("Waarvoor")))
            .Should().Contain([(inwoner.ToString(), InzageDoelen.Inzage), (dubbel.ToString(), InzageDoelen.Inzage)]);

        // A merged record is not asked by itself: 404 pointing at the kept one.
        var weg = await beheerder.GetAsync($"/api/v1/inwoners/{dubbel}/persoonsgegevens");
        weg.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await JsonAsync(weg)).GetProperty("samengevoegdIn").GetGuid().Should().Be(inwoner);
    }

    [Fact]
    public async Task Zonder_het_recht_is_een_inzage_403_ook_met_een_sleutel_met_alle_scopes()
    {
        var inwoner = await new VraagRoute(Client).InwonerAsync("Noor", "Geenrecht");
        var loket = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync("Lars Loket", Rollen.Loketmedewerker));

        (await loket.GetAsync($"/api/v1/inwoners/{inwoner}/persoonsgegevens")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Client.GetAsync($"/api/v1/inwoners/{inwoner}/persoonsgegevens")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await Anoniem.GetAsync($"/api/v1/inwoners/{inwoner}/persoonsgegevens")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    // Overdracht opens its overdrachten from the afgeronde vraagverheldering's event, on its own queue: wait for them.
    private static async Task<JsonElement> InzageMetOverdrachtAsync(HttpClient beheerder, Guid inwoner)
    {
        var klok = Stopwatch.StartNew();
        while (true)
        {
            var inzage = await LeesAsync(beheerder, inwoner);
            var overdracht = inzage.GetProperty("modules").EnumerateArray().Single(d => d.GetProperty("module").GetString() == "Overdracht");
            if (overdracht.GetProperty("onderdelen").GetArrayLength() > 0 || klok.Elapsed > TimeSpan.FromSeconds(30))
            {
                return inzage;
            }

            await Task.Delay(100);
        }
    }

    private static async Task<JsonElement> LeesAsync(HttpClient client, Guid inwoner)
    {
        var response = await client.GetAsync($"/api/v1/inwoners/{inwoner}/persoonsgegevens");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await JsonAsync(response);
    }

    private static List<Onderdeel> Onderdelen(JsonElement deel) =>
    [
        .. deel.GetProperty("onderdelen").EnumerateArray().Select(o => new Onderdeel(
            o.GetProperty("soort").GetString()!,
            o.GetProperty("id").ValueKind == JsonValueKind.Null ? null : o.GetProperty("id").GetGuid(),
            o.GetProperty("velden").EnumerateArray().ToDictionary(v => v.GetProperty("naam").GetString()!, v => v.GetProperty("waarde").GetString()))),
    ];

    private sealed record Onderdeel(string Soort, Guid? Id, Dictionary<string, string?> Velden)
    {
        public string? Veld(string naam) => Velden.GetValueOrDefault(naam);
    }
}
