using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.SocialeKaart.Tests;

/// <summary>
/// The search matches a word and its filters in one search column (migration 0007). It must find exactly what the
/// filters say on the voorziening's own columns, in the same order: here the handler is held against the plain
/// statement written out on those columns, for many combinations of word, filters and page.
/// </summary>
public sealed class ZoekfilterTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    private static readonly string?[] Woorden = [null, "schulden", "taal", "hulp", "formulier", "de", "cliëntondersteuning", "schuldhulpmatje", "zzqx"];
    private static readonly string?[] Leefgebieden = [null, null, null, "financien", "huisvesting", "sociaal-netwerk", "onbekend", "d'n \\ gek"];
    private static readonly string?[] Doelgroepen = [null, null, null, "ouderen", "jeugd", "volwassenen"];
    private static readonly string?[] Kernen = [null, null, "Nijkerk", "Hoevelaken", "Nijkerkerveen"];
    private static readonly bool?[] Kosteloos = [null, null, null, true, false];

    // The definition, spelled out on the columns: full text on zoekvector, the filters on the arrays and the flag.
    private const string Filters =
        """
        v.gearchiveerd_op is null
          and (@Leefgebied::text is null or v.leefgebieden @> array[@Leefgebied::text])
          and (@Doelgroep::text is null or v.doelgroepen @> array[@Doelgroep::text])
          and (@Kern::text is null or v.kernen @> array[@Kern::text])
          and (@Kosteloos::boolean is null or v.kosteloos = @Kosteloos::boolean)
        """;

    private const string Tekst =
        "select v.id, count(*) over () as totaal from sociale_kaart.voorziening v where " + Filters + """
          and (@Tsquery::text is null or v.zoekvector @@ (to_tsquery('sociale_kaart.nederlands', @Tsquery) || to_tsquery('sociale_kaart.eenvoudig', @Tsquery)))
        order by coalesce(ts_rank_cd(v.zoekvector, to_tsquery('sociale_kaart.nederlands', @Tsquery) || to_tsquery('sociale_kaart.eenvoudig', @Tsquery)), 0) desc,
                 v.naam, v.id
        limit @Limiet offset @Offset
        """;

    private const string Trigram =
        "select v.id, count(*) over () as totaal from sociale_kaart.voorziening v where " + Filters + """
          and sociale_kaart.zonder_accenten(@Zoek) operator(sociale_kaart.<%) v.zoeknaam
        order by sociale_kaart.word_similarity(sociale_kaart.zonder_accenten(@Zoek), v.zoeknaam) desc, v.naam, v.id
        limit @Limiet offset @Offset
        """;

    [Fact]
    public async Task Woord_en_filters_vinden_hetzelfde_in_dezelfde_volgorde_als_de_filters_op_de_kolommen_zelf()
    {
        // One voorziening whose leefgebied holds a quote, a backslash and a space: the filter term must quote them.
        await fixture.ScalarAsync<object?>("""
            update sociale_kaart.voorziening set leefgebieden = leefgebieden || array['d''n \ gek'] where naam = 'Formulierhulp'
            """);
        var kans = new Random(15);
        var vergeleken = 0;
        for (var i = 0; i < 200; i++)
        {
            var query = new ZoekVoorzieningen.Query(
                Kies(kans, Woorden), Kies(kans, Leefgebieden), Kies(kans, Doelgroepen), Kies(kans, Kernen), Kies(kans, Kosteloos), null,
                new Paginering(kans.Next(3) == 0 ? 2 : 1, 4));

            var gevonden = await fixture.SendAsync(query);
            var verwacht = await VerwachtAsync(query);

            gevonden.Items.Select(v => v.Id).Should().Equal(verwacht.Ids, $"the search {query} finds as the columns say");
            gevonden.Totaal.Should().Be((int)verwacht.Totaal, $"the search {query} counts as the columns say");
            vergeleken += verwacht.Ids.Count;
        }

        vergeleken.Should().BeGreaterThan(60, "the combinations must find something to compare");
        (await fixture.SendAsync(new ZoekVoorzieningen.Query(null, "d'n \\ gek", null, null, null, null, new Paginering(1, 10))))
            .Items.Select(v => v.Naam).Should().Equal("Formulierhulp");
    }

    [Fact]
    public async Task Een_gewijzigde_of_gearchiveerde_voorziening_wordt_gevonden_zoals_ze_nu_is()
    {
        async Task<IReadOnlyList<string>> ZoekAsync(string? leefgebied, bool? kosteloos) =>
            [.. (await fixture.SendAsync(new ZoekVoorzieningen.Query("voedselpakket", leefgebied, null, null, kosteloos, null, new Paginering(1, 50))))
                .Items.Select(v => v.Naam)];

        (await ZoekAsync("justitie", null)).Should().BeEmpty();
        await fixture.ScalarAsync<object?>("update sociale_kaart.voorziening set leefgebieden = array['justitie'], kosteloos = false where naam = 'Voedselpakket'");
        (await ZoekAsync("justitie", null)).Should().Equal("Voedselpakket");
        (await ZoekAsync("financien", null)).Should().BeEmpty();
        (await ZoekAsync(null, false)).Should().Equal("Voedselpakket");
        (await ZoekAsync(null, true)).Should().BeEmpty();

        await fixture.ScalarAsync<object?>("update sociale_kaart.voorziening set gearchiveerd_op = now() where naam = 'Voedselpakket'");
        (await ZoekAsync("justitie", null)).Should().BeEmpty();
        (await ZoekAsync(null, null)).Should().BeEmpty();
    }

    private async Task<(IReadOnlyList<Guid> Ids, long Totaal)> VerwachtAsync(ZoekVoorzieningen.Query query)
    {
        var tsquery = Zoekvraag.NaarTsquery(query.Zoek);
        var parameters = new
        {
            Tsquery = tsquery, query.Zoek, query.Leefgebied, query.Doelgroep, query.Kern, query.Kosteloos,
            Limiet = query.Paginering.PaginaGrootte, query.Paginering.Offset,
        };
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        var rijen = (await connection.QueryAsync<(Guid Id, long Totaal)>(Tekst, parameters)).ToList();
        if (rijen.Count == 0 && tsquery is not null && query.Paginering.Pagina == 1)
        {
            rijen = (await connection.QueryAsync<(Guid Id, long Totaal)>(Trigram, parameters)).ToList();
        }

        return ([.. rijen.Select(r => r.Id)], rijen.Count == 0 ? 0 : rijen[0].Totaal);
    }

    private static T Kies<T>(Random kans, T[] uit) => uit[kans.Next(uit.Length)];
}
