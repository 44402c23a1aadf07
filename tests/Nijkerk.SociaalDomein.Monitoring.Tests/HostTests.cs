using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Monitoring.Tests;

/// <summary>The real host runs the module: an aanmelding at the loket is counted in Monitoring, and Monitoring cannot say whose.</summary>
public sealed class HostTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Een_aanmelding_wordt_geteld_onder_kern_kanaal_bron_en_levensfase_zonder_wie_het_is()
    {
        var loket = await factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var inwoner = await new VraagRoute(loket).InwonerAsync("Geert", "Telmans", kern: "Hoevelaken");
        var antwoord = await loket.PostAsJsonAsync("/api/v1/aanmeldingen", new
        {
            kanaal = "telefoon", bron = "verwijzer", vraag = "Ik kom er niet uit.", inwonerId = inwoner, urgentie = "normaal",
            melder = new { organisatie = "Huisartsenpraktijk Hoevelaken" }, inwonerOpDeHoogte = true, inwonerStemtIn = true,
        });
        antwoord.StatusCode.Should().Be(HttpStatusCode.Created, await antwoord.Content.ReadAsStringAsync());
        var aanmelding = (await antwoord.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        var klok = Stopwatch.StartNew();
        (long Aanmeldingen, long ViaVerwijzer) telling = default;
        while (telling.Aanmeldingen == 0 && klok.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(100);
            telling = await connection.QuerySingleAsync<(long, long)>(
                """
                select coalesce(sum(aanmeldingen), 0), coalesce(sum(via_verwijzer), 0) from monitoring.dagcijfer
                where facet = '' and kern = 'Hoevelaken' and kanaal = 'telefoon' and bron = 'verwijzer' and levensfase in ('27-66', '67+')
                """);
        }

        telling.Should().Be((1L, 1L), "the inwoner lives in Hoevelaken and was born between 1940 and 1995");
        // The question is followed under a keyed hash: neither the aanmelding's nor the inwoner's id is in the schema.
        var sleutels = (await connection.QueryAsync<byte[]>("select sleutel from monitoring.vraag")).ToList();
        sleutels.Should().NotBeEmpty().And.NotContain(s => s.SequenceEqual(aanmelding.ToByteArray()) || s.SequenceEqual(inwoner.ToByteArray()));
    }
}
