using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Monitoring.Tests;

/// <summary>
/// Monitoring rebuilt from the other modules' history equals what the events built (issue 14): questions go the route
/// through the API (answered, afgeschaald, doorgezet with one overdracht accepted and one laid back, a plan), the cube
/// settles, the functioneel beheerder rebuilds, and the whole of <c>monitoring.dagcijfer</c>, <c>monitoring.dagduur</c>, their months
/// and totals, marginal rows included, is the same; every event delivered again afterwards counts nothing.
/// </summary>
public sealed class HerbouwTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string[] Schemas = ["intake", "vraagverheldering", "overdracht", "regie"];

    [Fact]
    public async Task Herbouwen_uit_de_geschiedenis_geeft_dezelfde_tellingen_en_een_latere_aflevering_telt_niet_dubbel()
    {
        var loket = await factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var teamleider = await factory.IngelogdeClientAsync(await factory.MaakMedewerkerAsync("Tamara Teamleider", Rollen.Beleid));
        var regisseurNaam = "Roos Regie " + Guid.NewGuid().ToString("N")[..4];
        await factory.MaakMedewerkerAsync(regisseurNaam, Rollen.Regisseur);
        var route = new RegieRoute(loket, teamleider);

        // Answered at first contact: once with advice, once pointed to the sociale kaart (afgeschaald).
        var beantwoord = await AanmeldingAsync(loket, await route.Vraag.InwonerAsync("Bram", "Beantwoord", kern: "Hoevelaken"), "verwijzer");
        await HandelAfAsync(loket, beantwoord, []);
        var afgeschaald = await AanmeldingAsync(loket, await route.Vraag.InwonerAsync("Anna", "Afgeschaald"), "inwoner-zelf");
        await HandelAfAsync(loket, afgeschaald, [await SchuldhulpverleningAsync(loket)]);

        // Doorgezet, verhelderd, handed to two teams: Wmo accepts, Werk & Inkomen lays it back.
        var inwoner = await route.Vraag.InwonerAsync("Sanne", "Overdracht");
        var (aanmelding, vraagverheldering) = await route.Vraag.DoorgezetMetAanmeldingAsync(inwoner, "Ik kom niet rond en kan het huishouden niet meer aan");
        var afronding = await route.Vraag.RondAfMetOverdrachtAsync(vraagverheldering, "inkomen", "wmo-2015");
        afronding.StatusCode.Should().Be(HttpStatusCode.Created, await afronding.Content.ReadAsStringAsync());
        var overdrachten = await OverdrachtenAsync(loket, aanmelding);
        var wilma = await factory.IngelogdeClientAsync(await factory.MaakMedewerkerAsync("Wilma Wmo", Rollen.Vakspecialist, "wmo"));
        var geaccepteerd = await wilma.PostAsJsonAsync($"/api/v1/overdrachten/{overdrachten["wmo"]}/acceptatie", new { telefoon = "033 247 12 34", samenvattingVoldoende = true });
        geaccepteerd.StatusCode.Should().Be(HttpStatusCode.Created, await geaccepteerd.Content.ReadAsStringAsync());
        var wim = await factory.IngelogdeClientAsync(await factory.MaakMedewerkerAsync("Wim Werk", Rollen.Vakspecialist, "werk-inkomen"));
        var teruggelegd = await wim.PostAsJsonAsync($"/api/v1/overdrachten/{overdrachten["werk-inkomen"]}/teruglegging",
            new { reden = "al-in-behandeling", toelichting = "Al bekend bij de Plangroep." });
        teruggelegd.StatusCode.Should().Be(HttpStatusCode.Created, await teruggelegd.Content.ReadAsStringAsync());

        // A meervoudige question that becomes a plan.
        await route.PlanAsync("Herbouw", regisseurNaam);

        var gebouwd = await RustigeKubusAsync();
        gebouwd.Dagcijfers.Should().NotBeEmpty();
        await using (var connection = new NpgsqlConnection(factory.ConnectionString))
        {
            (await Kubusrijen.AfwijkingenAsync(connection)).Should().Be(0,
                "the events booked every month row as the sum of its days, and every marginal row as the sum of its full combinations");
        }

        (await AantalAsync<long>($"select coalesce(sum(aanmeldingen), 0) from monitoring.dagcijfer where facet = '' and {Kubusrijen.Volledig}"))
            .Should().BeGreaterThanOrEqualTo(4);
        // The rebuild below is compared row by row, the marginal rows with the rest: every single dimension and every pair.
        (await AantalAsync<long>(
                """
                select count(distinct (kern = '*', kanaal = '*', bron = '*', levensfase = '*')) from monitoring.dagcijfer
                where kern = '*' or kanaal = '*' or bron = '*' or levensfase = '*'
                """))
            .Should().Be(10);

        // Staff only, and only the functioneel beheerder.
        (await loket.PostAsync("/api/v1/monitoring/herbouw", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await teamleider.PostAsync("/api/v1/monitoring/herbouw", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await AantalAsync<long>("select count(*) from monitoring.dagcijfer")).Should().Be(gebouwd.Dagcijfers.Count, "a refused rebuild empties nothing");

        // As if Monitoring had never recorded what it handled: the rebuild must record it, or the deliveries below count again.
        await VoerUitAsync("delete from monitoring.inbox");
        var beheerder = await factory.IngelogdeClientAsync(await factory.MaakMedewerkerAsync("Bea Beheer", Rollen.FunctioneelBeheerder));
        var antwoord = await beheerder.PostAsync("/api/v1/monitoring/herbouw", null);
        antwoord.StatusCode.Should().Be(HttpStatusCode.OK, await antwoord.Content.ReadAsStringAsync());
        var herbouwd = await antwoord.Content.ReadFromJsonAsync<JsonElement>();
        var perSoort = herbouwd.GetProperty("perSoort").EnumerateArray().ToDictionary(s => s.GetProperty("soort").GetString()!, s => s.GetProperty("aantal").GetInt32());
        perSoort.Should().ContainKey("AanmeldingGeregistreerd").WhoseValue.Should().BeGreaterThanOrEqualTo(4);
        perSoort.Should().ContainKeys("AanmeldingAfgehandeld", "AanmeldingDoorgezet", "VraagverhelderingAfgerond", "OverdrachtAangeboden",
            "OverdrachtGeaccepteerd", "OverdrachtTeruggelegd", "RegisseurGevraagd", "PlanGestart", "RegisseurToegewezen");
        herbouwd.GetProperty("gebeurtenissen").GetInt32().Should().Be(perSoort.Values.Sum());
        herbouwd.GetProperty("zonderGeschiedenis").EnumerateArray().Should().BeEmpty("every type Monitoring handles comes from a history");

        var herbouwdeKubus = await KubusAsync();
        herbouwdeKubus.Dagcijfers.Should().Equal(gebouwd.Dagcijfers);
        herbouwdeKubus.Dagduren.Should().Equal(gebouwd.Dagduren);

        // Every event delivered to Monitoring's handlers once more (a redelivery, or one sent again from the beheer page): nothing changes.
        var opnieuw = 0;
        foreach (var schema in Schemas)
        {
            opnieuw += await VoerUitAsync(
                $"""
                update {schema}.aflevering set status = 'wachtend', attempts = 0, next_attempt_at = now() - interval '1 second'
                where handler like 'Nijkerk.SociaalDomein.Monitoring.%'
                """);
            await VoerUitAsync($"select pg_notify('nsd_outbox_{schema}', '')");
        }

        opnieuw.Should().BeGreaterThanOrEqualTo(4);
        await WachtOpAfleveringenAsync();
        var naAflevering = await KubusAsync();
        naAflevering.Dagcijfers.Should().Equal(gebouwd.Dagcijfers);
        naAflevering.Dagduren.Should().Equal(gebouwd.Dagduren);
    }

    private static async Task<Guid> AanmeldingAsync(HttpClient loket, Guid inwoner, string bron)
    {
        object body = bron == "verwijzer"
            ? new
            {
                kanaal = "telefoon", bron, vraag = "Ik kom er niet uit.", inwonerId = inwoner, urgentie = "normaal",
                melder = new { organisatie = "Huisartsenpraktijk Hoevelaken" }, inwonerOpDeHoogte = true, inwonerStemtIn = true,
            }
            : new { kanaal = "balie", bron, vraag = "Ik kom er niet uit.", inwonerId = inwoner, urgentie = "normaal" };
        var antwoord = await loket.PostAsJsonAsync("/api/v1/aanmeldingen", body);
        antwoord.StatusCode.Should().Be(HttpStatusCode.Created, await antwoord.Content.ReadAsStringAsync());
        return (await antwoord.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task HandelAfAsync(HttpClient loket, Guid aanmelding, Guid[] voorzieningIds)
    {
        var antwoord = await loket.PostAsJsonAsync($"/api/v1/aanmeldingen/{aanmelding}/afhandeling",
            new { advies = "Uitgelegd hoe het werkt.", leefgebieden = new[] { "financien" }, voorzieningIds });
        antwoord.StatusCode.Should().Be(HttpStatusCode.Created, await antwoord.Content.ReadAsStringAsync());
    }

    private static async Task<Guid> SchuldhulpverleningAsync(HttpClient loket)
    {
        var voorzieningen = await loket.GetFromJsonAsync<JsonElement>("/api/v1/sociale-kaart/voorzieningen?leefgebied=financien&paginaGrootte=100");
        return voorzieningen.GetProperty("resultaten").EnumerateArray()
            .Single(v => v.GetProperty("naam").GetString() == "Schuldhulpverlening").GetProperty("id").GetGuid();
    }

    /// <summary>The overdrachten offered for the aanmelding, by team code, once the events made them.</summary>
    private static async Task<Dictionary<string, Guid>> OverdrachtenAsync(HttpClient loket, Guid aanmelding)
    {
        var klok = Stopwatch.StartNew();
        while (klok.Elapsed < TimeSpan.FromSeconds(30))
        {
            var lijst = await loket.GetFromJsonAsync<JsonElement>("/api/v1/overdrachten?paginaGrootte=100");
            var van = lijst.GetProperty("resultaten").EnumerateArray().Where(o => o.GetProperty("aanmeldingId").GetGuid() == aanmelding).ToList();
            if (van.Count >= 2)
            {
                return van.ToDictionary(o => o.GetProperty("teamCode").GetString()!, o => o.GetProperty("id").GetGuid());
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("De afgeronde vraagverheldering bood geen twee overdrachten aan.");
    }

    /// <summary>The cube once every delivery is made and two reads a second apart agree.</summary>
    private async Task<Kubus> RustigeKubusAsync()
    {
        var klok = Stopwatch.StartNew();
        var vorige = await KubusAsync();
        while (klok.Elapsed < TimeSpan.FromSeconds(60))
        {
            await WachtOpAfleveringenAsync();
            await Task.Delay(1_000);
            var nu = await KubusAsync();
            if (nu.Dagcijfers.SequenceEqual(vorige.Dagcijfers) && nu.Dagduren.SequenceEqual(vorige.Dagduren))
            {
                return nu;
            }

            vorige = nu;
        }

        throw new TimeoutException("De kubus van Monitoring bleef veranderen.");
    }

    private async Task WachtOpAfleveringenAsync()
    {
        var klok = Stopwatch.StartNew();
        var sql = string.Join(" + ", Schemas.Select(s =>
            $"(select count(*) from {s}.outbox where status = 'wachtend') + (select count(*) from {s}.aflevering where status = 'wachtend')"));
        while (await AantalAsync<long>($"select {sql}") > 0)
        {
            klok.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), "every event is delivered in time");
            await Task.Delay(100);
        }
    }

    /// <summary>Every row of the cube and of the durations, in key order, as text.</summary>
    private async Task<Kubus> KubusAsync()
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        var dagcijfers = await connection.QueryAsync<string>(
            "select d::text from monitoring.dagcijfer d order by dag, facet, waarde, kern, kanaal, bron, levensfase");
        // (The marginal rows are in it: the rebuild books through the same handlers, so it must write them too.)
        var dagduren = await connection.QueryAsync<string>(
            "select d::text from monitoring.dagduur d order by dag, maat, uren, kern, kanaal, bron, levensfase");
        var totalen = await connection.QueryAsync<string>(
            """
            select 'cijfer ' || t::text from monitoring.totaalcijfer t union all select 'duur ' || t::text from monitoring.totaalduur t
            union all select 'maand ' || m::text from monitoring.maandcijfer m union all select 'maandduur ' || m::text from monitoring.maandduur m
            order by 1
            """);
        return new Kubus([.. dagcijfers], [.. dagduren, .. totalen]);
    }

    private async Task<T> AantalAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        return await connection.ExecuteScalarAsync<T>(sql) ?? throw new InvalidOperationException(sql);
    }

    private async Task<int> VoerUitAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        return await connection.ExecuteAsync(sql);
    }

    private sealed record Kubus(IReadOnlyList<string> Dagcijfers, IReadOnlyList<string> Dagduren);
}
