using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Monitoring.Tests;

/// <summary>
/// An overdracht nobody accepts in its term: the host's clock moves on, the term guard lets it expire, and it is counted
/// as verlopen; accepted after that it is not within the term, and the hours to the aanspreekpunt show the wait.
/// Its own host and database, because the clock is the host's.
/// </summary>
public sealed class TermijnTests(TermijnTests.KlokFactory factory) : IClassFixture<TermijnTests.KlokFactory>
{
    [Fact]
    public async Task Een_verlopen_overdracht_telt_als_verlopen_en_niet_binnen_de_termijn_geaccepteerd()
    {
        const string kern = "Nijkerkerveen";
        var loket = await factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var route = new VraagRoute(loket);
        var inwoner = await route.InwonerAsync("Tom", "Termijn", kern: kern);
        var (aanmelding, vraagverheldering) = await route.DoorgezetMetAanmeldingAsync(inwoner, "Ik kan de trap niet meer op");
        var afronding = await route.RondAfMetOverdrachtAsync(vraagverheldering, "wmo-2015");
        afronding.StatusCode.Should().Be(HttpStatusCode.Created, await afronding.Content.ReadAsStringAsync());
        await TelAsync(kern, "overdracht_aangeboden", "team", "wmo", 1);
        var overdracht = (await loket.GetFromJsonAsync<JsonElement>("/api/v1/overdrachten?paginaGrootte=100")).GetProperty("resultaten").EnumerateArray()
            .Single(o => o.GetProperty("aanmeldingId").GetGuid() == aanmelding).GetProperty("id").GetGuid();

        // Thirty days on, the term guard (every second here) lets it expire.
        factory.Klok.Zet(factory.Klok.GetUtcNow().AddDays(30));
        (await TelAsync(kern, "overdracht_verlopen", "team", "wmo", 1)).Should().Be(1);

        var wilma = await factory.IngelogdeClientAsync(await factory.MaakMedewerkerAsync("Wilma Wmo", Rollen.Vakspecialist, "wmo"));
        var geaccepteerd = await wilma.PostAsJsonAsync($"/api/v1/overdrachten/{overdracht}/acceptatie", new { telefoon = "033 247 12 34", samenvattingVoldoende = false });
        geaccepteerd.StatusCode.Should().Be(HttpStatusCode.Created, await geaccepteerd.Content.ReadAsStringAsync());

        (await TelAsync(kern, "overdracht_geaccepteerd", "team", "wmo", 1)).Should().Be(1);
        (await TelAsync(kern, "aanspreekpunt", "", "", 1)).Should().Be(1);
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        var totaal = await connection.QuerySingleAsync<(long, long, long)>(
            $"""
            select coalesce(sum(binnen_termijn), 0), coalesce(sum(samenvatting_voldoende), 0), coalesce(sum(overdracht_verlopen), 0)
            from monitoring.dagcijfer where kern = @kern and facet = '' and {Kubusrijen.Volledig}
            """, new { kern });
        totaal.Should().Be((0L, 0L, 1L), "accepted after its term, and he had to ask the inhabitant again");
        var uren = await connection.QuerySingleAsync<int>($"select uren from monitoring.dagduur where kern = @kern and maat = 'aanspreekpunt' and {Kubusrijen.Volledig}", new { kern });
        uren.Should().BeInRange(30 * 24, 30 * 24 + 1, "the aanspreekpunt came thirty days after the first contact");
    }

    /// <summary>Polls the cube of one kern until the measure on the facet row reaches <paramref name="verwacht"/> (or 30 s pass); answers it.</summary>
    private async Task<long> TelAsync(string kern, string kolom, string facet, string waarde, long verwacht)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        var klok = Stopwatch.StartNew();
        long telling;
        while ((telling = await connection.QuerySingleAsync<long>(
                   $"select coalesce(sum({kolom}), 0)::bigint from monitoring.dagcijfer where kern = @kern and facet = @facet and waarde = @waarde and {Kubusrijen.Volledig}",
                   new { kern, facet, waarde })) < verwacht && klok.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(100);
        }

        return telling;
    }

    /// <summary>A host whose clock the test sets, with the term guard running every second.</summary>
    public sealed class KlokFactory : ApiFactory
    {
        public InstelbareKlok Klok { get; } = new();

        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [new("Overdracht:Termijnbewaking:IntervalSeconden", "1")];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(Klok));
        }
    }

    public sealed class InstelbareKlok : TimeProvider
    {
        private DateTimeOffset nu = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => nu;

        public void Zet(DateTimeOffset moment) => nu = moment.ToUniversalTime();
    }
}
