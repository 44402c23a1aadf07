using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Monitoring.Tests;

/// <summary>
/// Once the daily purge has emptied events older than 30 days, Intake's history no longer holds them: a rebuild from it
/// would wipe their counts. The functioneel beheerder is refused with a 409 that says why, and the counts stay as they were.
/// </summary>
public sealed class HerbouwNaOpschoningTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Herbouwen_nadat_de_geschiedenis_is_gewist_wordt_geweigerd_en_laat_de_tellingen_staan()
    {
        var loket = await factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var inwoner = await new VraagRoute(loket).InwonerAsync("Gerda", "Gewist");
        var aanmelding = await loket.PostAsJsonAsync("/api/v1/aanmeldingen",
            new { kanaal = "balie", bron = "inwoner-zelf", vraag = "Ik kom er niet uit.", inwonerId = inwoner, urgentie = "normaal" });
        aanmelding.StatusCode.Should().Be(HttpStatusCode.Created, await aanmelding.Content.ReadAsStringAsync());
        await WachtTotAllesIsAfgeleverdAsync();
        var voor = await CijfersAsync();
        voor.Should().NotBeEmpty();

        // The daily purge as it runs 31 days from now: every delivered event of Intake loses its content.
        var opgeschoond = await factory.Services.GetRequiredService<OutboxOpschoning>()
            .OpschonenAsync(DateTimeOffset.UtcNow.AddDays(31), TimeSpan.FromDays(30), TimeSpan.FromDays(30), CancellationToken.None);
        opgeschoond.Outbox.Should().BeGreaterThan(0);

        var beheerder = await factory.IngelogdeClientAsync(await factory.MaakMedewerkerAsync("Bea Beheer", Rollen.FunctioneelBeheerder));
        var antwoord = await beheerder.PostAsync("/api/v1/monitoring/herbouw", null);

        antwoord.StatusCode.Should().Be(HttpStatusCode.Conflict, await antwoord.Content.ReadAsStringAsync());
        antwoord.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var probleem = await antwoord.Content.ReadFromJsonAsync<JsonElement>();
        probleem.GetProperty("detail").GetString().Should().Contain("geschiedenis van Intake is gewist tot")
            .And.Contain("De huidige cijfers blijven staan");
        (await CijfersAsync()).Should().Equal(voor, "a refused rebuild empties nothing");
    }

    private async Task WachtTotAllesIsAfgeleverdAsync()
    {
        var klok = Stopwatch.StartNew();
        const string Wachtend =
            "select (select count(*) from intake.outbox where status = 'wachtend') + (select count(*) from intake.aflevering where status <> 'afgeleverd')";
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        while (await connection.ExecuteScalarAsync<long>(Wachtend) > 0)
        {
            klok.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), "every event is delivered in time");
            await Task.Delay(100);
        }
    }

    private async Task<List<string>> CijfersAsync()
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        return [.. await connection.QueryAsync<string>(
            """
            select 'dag ' || d::text from monitoring.dagcijfer d union all select 'maand ' || m::text from monitoring.maandcijfer m
            union all select 'vraag ' || v.dag::text || v.kanaal from monitoring.vraag v order by 1
            """)];
    }
}
