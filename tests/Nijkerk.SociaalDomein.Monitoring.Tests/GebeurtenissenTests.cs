using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.Monitoring.Boeking;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Monitoring.Tests;

/// <summary>
/// The real route through the API, and what Monitoring's handlers booked in the cube, read by SQL. The tests in this class
/// share one database, so each counting test's inwoners live in a kern of their own (the gemeente has three: a fourth
/// counting test needs a class of its own); the test without a kern finds its question by its pseudonym.
/// </summary>
public sealed class GebeurtenissenTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly TimeSpan Wachttijd = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Een_meervoudige_vraag_met_een_geaccepteerde_en_een_teruggelegde_overdracht_wordt_per_team_geteld()
    {
        const string kern = "Nijkerk";
        var loket = await factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var route = new VraagRoute(loket);
        var inwoner = await route.InwonerAsync("Sanne", "Telling", kern: kern);
        var (aanmelding, vraagverheldering) = await route.DoorgezetMetAanmeldingAsync(inwoner, "Ik kom niet rond en kan het huishouden niet meer aan");
        var versie = await route.VersieAsync(vraagverheldering);
        foreach (var (leefgebied, score) in new Dictionary<string, int> { ["financien"] = 2, ["huisvesting"] = 1, ["werk-opleiding"] = 3 })
        {
            versie = await route.PutAsync($"/api/v1/vraagverhelderingen/{vraagverheldering}/leefgebieden/{leefgebied}", versie, new { score, toelichting = "Besproken." });
        }

        var afronding = await route.RondAfMetOverdrachtAsync(vraagverheldering, "inkomen", "wmo-2015");
        afronding.StatusCode.Should().Be(HttpStatusCode.Created, await afronding.Content.ReadAsStringAsync());
        var overdrachten = await OverdrachtenAsync(loket, aanmelding, 2);
        var wmo = overdrachten["wmo"];
        var werk = overdrachten["werk-inkomen"];
        // Monitoring learns an overdracht's term from its offer (the offer and its acceptance share OverdrachtTeller's queue);
        // the test lets the offers be counted before the team accepts, as a vakspecialist reading the overdracht first would.
        await KubusAsync(kern, k => k.Van("overdracht_aangeboden") == 2);

        var wilma = await factory.IngelogdeClientAsync(await factory.MaakMedewerkerAsync("Wilma Wmo", Rollen.Vakspecialist, "wmo"));
        var geaccepteerd = await wilma.PostAsJsonAsync($"/api/v1/overdrachten/{wmo}/acceptatie", new { telefoon = "033 247 12 34", samenvattingVoldoende = true });
        geaccepteerd.StatusCode.Should().Be(HttpStatusCode.Created, await geaccepteerd.Content.ReadAsStringAsync());
        // A new question of hers goes to her aanspreekpunt: gerouteerd, and the first aanspreekpunt of that question.
        var nieuw = await loket.PostAsJsonAsync("/api/v1/aanmeldingen",
            new { kanaal = "telefoon", bron = "inwoner-zelf", vraag = "Mijn traplift is kapot", inwonerId = inwoner, urgentie = "normaal" });
        nieuw.StatusCode.Should().Be(HttpStatusCode.Created, await nieuw.Content.ReadAsStringAsync());
        var tweede = (await nieuw.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await KubusAsync(kern, k => k.Van("aanmeldingen") == 2);
        var gerouteerd = await loket.PostAsync($"/api/v1/aanmeldingen/{tweede}/routering", null);
        gerouteerd.StatusCode.Should().Be(HttpStatusCode.Created, await gerouteerd.Content.ReadAsStringAsync());

        var wim = await factory.IngelogdeClientAsync(await factory.MaakMedewerkerAsync("Wim Werk", Rollen.Vakspecialist, "werk-inkomen"));
        var teruggelegd = await wim.PostAsJsonAsync($"/api/v1/overdrachten/{werk}/teruglegging", new { reden = "al-in-behandeling", toelichting = "Loopt al." });
        teruggelegd.StatusCode.Should().Be(HttpStatusCode.Created, await teruggelegd.Content.ReadAsStringAsync());
        var teruggekoppeld = await wilma.PostAsJsonAsync($"/api/v1/overdrachten/{wmo}/terugkoppeling", new { resultaat = "geholpen" });
        teruggekoppeld.StatusCode.Should().Be(HttpStatusCode.Created, await teruggekoppeld.Content.ReadAsStringAsync());

        var verwacht = new Dictionary<string, decimal>
        {
            ["aanmeldingen"] = 2,
            ["doorgezet"] = 1,
            ["gerouteerd"] = 1,
            ["vraagverheldering_afgerond"] = 1,
            ["vraagverheldering_afgerond|expertise|inkomen"] = 1,
            ["vraagverheldering_afgerond|expertise|wmo-2015"] = 1,
            // Counted once for the question, and once on the combinatie of its teams (not again on facet '').
            ["meervoudig"] = 1,
            ["meervoudig|combinatie|werk-inkomen + wmo"] = 1,
            // Facet '' counts the vraagverhelderingen with a low score; the facet rows each leefgebied scored 1 or 2.
            ["score_laag"] = 1,
            ["score_laag|leefgebied|financien"] = 1,
            ["score_laag|leefgebied|huisvesting"] = 1,
            ["score_laag|leefgebied|werk-opleiding"] = 0,
            ["overdracht_aangeboden"] = 2,
            ["overdracht_aangeboden|team|wmo"] = 1,
            ["overdracht_aangeboden|team|werk-inkomen"] = 1,
            ["overdracht_aangeboden|expertise|wmo-2015"] = 1,
            ["overdracht_aangeboden|expertise|inkomen"] = 1,
            ["overdracht_eerste"] = 1,
            ["overdracht_geaccepteerd"] = 1,
            ["overdracht_geaccepteerd|team|wmo"] = 1,
            ["binnen_termijn"] = 1,
            ["binnen_termijn|team|wmo"] = 1,
            ["samenvatting_voldoende"] = 1,
            ["overdracht_teruggelegd"] = 1,
            ["overdracht_teruggelegd|team|werk-inkomen"] = 1,
            ["overdracht_teruggelegd|team|wmo"] = 0,
            ["overdracht_afgerond|team|wmo"] = 1,
            // The first question's aanspreekpunt (Wilma accepting) and the routed question's.
            ["aanspreekpunt"] = 2,
        };
        var kubus = await KubusAsync(kern, k => k.Klopt(verwacht));
        kubus.Lees(verwacht.Keys).Should().Equal(verwacht);

        // Both durations from first contact to aanspreekpunt are in the histogram, in whole hours (well under one here).
        var duren = await DuurAsync(kern, d => d.Sum(r => r.Aantal) == 2);
        duren.Should().Equal(new[] { (0, 2L) });
    }

    [Fact]
    public async Task Een_plan_wordt_gestart_geescaleerd_besteed_en_afgesloten_met_de_verandering_per_leefgebied()
    {
        const string kern = "Nijkerkerveen";
        var loket = await factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var regisseurNaam = "Roos Regie " + Guid.NewGuid().ToString("N")[..6];
        var regisseur = await factory.IngelogdeClientAsync(await factory.MaakMedewerkerAsync(regisseurNaam, Rollen.Regisseur));
        var ijsbreker = await factory.IngelogdeClientAsync(await factory.MaakMedewerkerAsync("Ivo IJsbreker " + Guid.NewGuid().ToString("N")[..6], Rollen.Ijsbreker, "veiligheid"));
        var route = new RegieRoute(loket, await factory.IngelogdeClientAsync(await factory.MaakMedewerkerAsync("Tamara Teamleider", Rollen.Beleid)));
        var inwoner = await route.Vraag.InwonerAsync("Fatima", "Plantelling", kern: kern);
        var (_, verzoek) = await route.GevraagdAsync("Plantelling", inwoner);
        var toegewezen = await route.WijsToeAsync(verzoek, regisseurNaam);
        toegewezen.StatusCode.Should().Be(HttpStatusCode.Created, await toegewezen.Content.ReadAsStringAsync());
        var plan = (await toegewezen.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planId").GetGuid();
        // The plan's question is found through its vraagverheldering; the later plan events are counted under it.
        await KubusAsync(kern, k => k.Van("plan_gestart") == 1);

        var escalatie = await regisseur.PostAsJsonAsync($"/api/v1/plannen/{plan}/escalatie", new { aanleiding = "stilstand", reden = "Niemand pakt het op." });
        escalatie.StatusCode.Should().Be(HttpStatusCode.Created, await escalatie.Content.ReadAsStringAsync());
        var escalatieId = (await escalatie.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("escalatieId").GetGuid();
        var besteed = await ijsbreker.PostAsJsonAsync($"/api/v1/escalaties/{escalatieId}/uitgaven", new { bedrag = 750.50m, doel = "Achterstallige huur betaald", reden = "Anders volgt de ontruiming." });
        besteed.StatusCode.Should().Be(HttpStatusCode.Created, await besteed.Content.ReadAsStringAsync());

        var afsluiting = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/plannen/{plan}/afsluiting")
        {
            Content = JsonContent.Create(new
            {
                doelen = Array.Empty<object>(),
                scores = new[] { new { leefgebied = "financien", score = 4 }, new { leefgebied = "huisvesting", score = 3 }, new { leefgebied = "werk-opleiding", score = 2 } },
            }),
        };
        afsluiting.Headers.TryAddWithoutValidation("If-Match", (await regisseur.GetAsync($"/api/v1/plannen/{plan}")).Headers.ETag!.ToString());
        var afgesloten = await regisseur.SendAsync(afsluiting);
        afgesloten.StatusCode.Should().Be(HttpStatusCode.Created, await afgesloten.Content.ReadAsStringAsync());

        var verwacht = new Dictionary<string, decimal>
        {
            ["meervoudig|combinatie|jeugd-onderwijs + werk-inkomen"] = 1,
            ["plan_gestart"] = 1,
            ["plan_gestart|team|jeugd-onderwijs"] = 1,
            ["plan_gestart|team|werk-inkomen"] = 1,
            ["plan_geescaleerd"] = 1,
            ["budget"] = 750.50m,
            ["plan_afgesloten"] = 1,
            // Start 2, 1, 3 (RegieRoute.StartScores), closed 4, 3, 2: per leefgebied one change and its size.
            ["score_verandering_aantal|leefgebied|financien"] = 1,
            ["score_verandering_som|leefgebied|financien"] = 2,
            ["score_verandering_aantal|leefgebied|huisvesting"] = 1,
            ["score_verandering_som|leefgebied|huisvesting"] = 2,
            ["score_verandering_aantal|leefgebied|werk-opleiding"] = 1,
            ["score_verandering_som|leefgebied|werk-opleiding"] = -1,
            // Facet '': every leefgebied of every closed plan, so som / aantal is the average change.
            ["score_verandering_aantal"] = 3,
            ["score_verandering_som"] = 3,
            // The overdrachten were not accepted: the regisseur is the question's first aanspreekpunt, counted once.
            ["overdracht_geaccepteerd"] = 0,
            ["aanspreekpunt"] = 1,
        };
        var kubus = await KubusAsync(kern, k => k.Klopt(verwacht));
        kubus.Lees(verwacht.Keys).Should().Equal(verwacht);
        (await DuurAsync(kern, d => d.Count > 0)).Should().Equal(new[] { (0, 1L) });
    }

    [Fact]
    public async Task Crisis_uitval_en_afschalen_worden_geteld()
    {
        const string kern = "Hoevelaken";
        var loket = await factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var route = new VraagRoute(loket);
        var inwoner = await route.InwonerAsync("Kees", "Uitval", kern: kern);

        var ingetrokken = await route.DoorgezetAsync(inwoner, "Het gaat niet meer thuis", urgentie: "crisis");
        (await loket.PostAsJsonAsync($"/api/v1/vraagverhelderingen/{ingetrokken}/afronding", new { uitkomst = "afgesloten-zonder-resultaat", reden = "ingetrokken" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var nietBereikt = await route.DoorgezetAsync(inwoner, "Ik heb vragen over mijn uitkering");
        (await loket.PostAsJsonAsync($"/api/v1/vraagverhelderingen/{nietBereikt}/afronding", new { uitkomst = "afgesloten-zonder-resultaat", reden = "niet-bereikt" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        var voorziening = (await loket.GetFromJsonAsync<JsonElement>("/api/v1/sociale-kaart/voorzieningen?zoek=schulden&paginaGrootte=1"))
            .GetProperty("resultaten")[0].GetProperty("id").GetGuid();
        var afgeschaald = await route.DoorgezetAsync(inwoner, "Ik heb schulden");
        await route.PutAsync($"/api/v1/vraagverhelderingen/{afgeschaald}/rolgesprek", await route.VersieAsync(afgeschaald), new
        {
            vraagAchterDeVraag = "Hij wil zijn post weer zelf kunnen lezen.",
            hulpvragen = new[] { new { omschrijving = "Hulp bij de post", leefgebieden = new[] { "financien" }, voorzieningIds = new[] { voorziening }, expertises = Array.Empty<string>() } },
        });
        var afschalen = await loket.PostAsJsonAsync($"/api/v1/vraagverhelderingen/{afgeschaald}/afronding", new { uitkomst = "afschalen", voorzieningIds = new[] { voorziening } });
        afschalen.StatusCode.Should().Be(HttpStatusCode.Created, await afschalen.Content.ReadAsStringAsync());

        var verwacht = new Dictionary<string, decimal>
        {
            ["aanmeldingen"] = 3,
            ["crisis"] = 1,
            ["doorgezet"] = 3,
            ["vraagverheldering_afgerond"] = 3,
            ["vraagverheldering_ingetrokken"] = 1,
            ["vraagverheldering_niet_bereikt"] = 1,
            ["afgeschaald"] = 1,
            ["afgeschaald|leefgebied|financien"] = 1,
            ["voorziening_verwezen"] = 1,
            [$"voorziening_verwezen|voorziening|{voorziening}"] = 1,
            ["meervoudig"] = 0,
            ["aanspreekpunt"] = 0,
        };
        var kubus = await KubusAsync(kern, k => k.Klopt(verwacht));
        kubus.Lees(verwacht.Keys).Should().Equal(verwacht);
    }

    [Fact]
    public async Task Geen_tabel_van_monitoring_bevat_het_id_van_de_inwoner_of_zijn_aanmelding()
    {
        var loket = await factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var route = new VraagRoute(loket);
        // She lives outside the gemeente (no kern), so her counts stay out of the kernen the other tests count in.
        var ingeschreven = await loket.PostAsJsonAsync("/api/v1/inwoners", new
        {
            voornamen = "Ida", achternaam = "Onvindbaar", geboortedatum = new DateOnly(1980, 5, 1).AddDays(Random.Shared.Next(3_000)), postcode = "3811 AA",
            huisnummer = Random.Shared.Next(1, 9_000), woonplaats = "Amersfoort", nieuwOndanksGelijkenis = true,
        });
        ingeschreven.StatusCode.Should().Be(HttpStatusCode.Created, await ingeschreven.Content.ReadAsStringAsync());
        var inwoner = (await ingeschreven.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var (aanmelding, vraagverheldering) = await route.DoorgezetMetAanmeldingAsync(inwoner, "Ik zoek hulp bij mijn administratie");
        var afronding = await route.RondAfMetOverdrachtAsync(vraagverheldering, "wmo-2015");
        afronding.StatusCode.Should().Be(HttpStatusCode.Created, await afronding.Content.ReadAsStringAsync());

        // Monitoring follows the question under its keyed hash: wait until the vraagverheldering and the overdracht are there.
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        var vraag = factory.Services.GetRequiredService<Pseudoniem>().Van(aanmelding);
        var klok = Stopwatch.StartNew();
        while (await connection.ExecuteScalarAsync<long>(
                   "select (select count(*) from monitoring.vraagverheldering where vraag = @vraag) + (select count(*) from monitoring.overdracht where vraag = @vraag)",
                   new { vraag }) < 2 && klok.Elapsed < Wachttijd)
        {
            await Task.Delay(100);
        }

        (await connection.ExecuteScalarAsync<long>("select count(*) from monitoring.overdracht where vraag = @vraag", new { vraag }))
            .Should().Be(1, "the overdracht is followed under the question's pseudonym");

        // Every row of every table in the schema as text (a bytea shows as hex, a uuid as itself): none holds the ids, in
        // any of the forms a uuid can be stored (text, its bytes as .NET or as PostgreSQL lays them out).
        var tabellen = (await connection.QueryAsync<string>(
            "select table_name from information_schema.tables where table_schema = 'monitoring' and table_type = 'BASE TABLE'")).ToList();
        tabellen.Should().Contain(["vraag", "overdracht", "vraagverheldering", "dagcijfer", "dagduur"]);
        var vormen = new[] { inwoner, aanmelding, vraagverheldering }.SelectMany(Vormen).ToList();
        foreach (var tabel in tabellen)
        {
            var rijen = (await connection.QueryAsync<string>($"select t::text from monitoring.\"{tabel}\" t")).ToList();
            rijen.Should().NotContain(r => vormen.Any(v => r.Contains(v, StringComparison.OrdinalIgnoreCase)), $"monitoring.{tabel} holds no id of a person or his question");
        }
    }

    private static IEnumerable<string> Vormen(Guid id) =>
        [id.ToString(), id.ToString("N"), Convert.ToHexString(id.ToByteArray()), Convert.ToHexString(id.ToByteArray(bigEndian: true))];

    private static async Task<Dictionary<string, Guid>> OverdrachtenAsync(HttpClient loket, Guid aanmelding, int aantal)
    {
        var klok = Stopwatch.StartNew();
        while (klok.Elapsed < Wachttijd)
        {
            var lijst = await loket.GetFromJsonAsync<JsonElement>("/api/v1/overdrachten?paginaGrootte=100");
            var van = lijst.GetProperty("resultaten").EnumerateArray().Where(o => o.GetProperty("aanmeldingId").GetGuid() == aanmelding).ToList();
            if (van.Count == aantal)
            {
                return van.ToDictionary(o => o.GetProperty("teamCode").GetString()!, o => o.GetProperty("id").GetGuid());
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("De afgeronde vraagverheldering bood de overdrachten niet aan.");
    }

    /// <summary>
    /// The cube of one kern, read until <paramref name="klaar"/> (the handlers ran) or the wait is over; then read once more
    /// after a pause, so a handler that counts something twice is seen counting it twice.
    /// </summary>
    private async Task<Kubus> KubusAsync(string kern, Func<Kubus, bool> klaar)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        var klok = Stopwatch.StartNew();
        while (!klaar(await LeesAsync()) && klok.Elapsed < Wachttijd)
        {
            await Task.Delay(100);
        }

        await Task.Delay(500);
        return await LeesAsync();

        async Task<Kubus> LeesAsync() =>
            new([.. (await connection.QueryAsync($"select * from monitoring.dagcijfer where kern = @kern and {Kubusrijen.Volledig}", new { kern })).Cast<IDictionary<string, object>>()]);
    }

    /// <summary>The histogram of hours to the first aanspreekpunt in one kern: (uren, aantal), read until <paramref name="klaar"/>.</summary>
    private async Task<List<(int Uren, long Aantal)>> DuurAsync(string kern, Func<List<(int Uren, long Aantal)>, bool> klaar)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        var klok = Stopwatch.StartNew();
        while (true)
        {
            var rijen = (await connection.QueryAsync<(int, long)>(
                $"select uren, sum(aantal)::bigint from monitoring.dagduur where kern = @kern and maat = 'aanspreekpunt' and {Kubusrijen.Volledig} group by uren order by uren",
                new { kern })).ToList();
            if (klaar(rijen) || klok.Elapsed > Wachttijd)
            {
                return rijen;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The cube's rows; a key is "kolom" (facet '') or "kolom|facet|waarde".</summary>
    private sealed class Kubus(IReadOnlyList<IDictionary<string, object>> rijen)
    {
        public decimal Van(string sleutel)
        {
            var delen = sleutel.Split('|');
            var (kolom, facet, waarde) = delen.Length == 3 ? (delen[0], delen[1], delen[2]) : (delen[0], "", "");
            return rijen.Where(r => (string)r["facet"] == facet && (string)r["waarde"] == waarde).Sum(r => Convert.ToDecimal(r[kolom]));
        }

        public Dictionary<string, decimal> Lees(IEnumerable<string> sleutels) => sleutels.ToDictionary(s => s, Van);

        public bool Klopt(IReadOnlyDictionary<string, decimal> verwacht) => verwacht.All(v => Van(v.Key) == v.Value);
    }
}
