using Nijkerk.SociaalDomein.BuildingBlocks.Data;

namespace Nijkerk.SociaalDomein.Monitoring.Boeking;

/// <summary>
/// The cube's bookings of one unit, summed per row and written with its commit: one statement for the counts (day, month
/// and total) and one for the durations, however many events the unit handled. The dispatcher hands a run of events to
/// Monitoring in one unit (ADR 0024), and events of one day and one kind of question add to the same rows, most of all
/// the marginal ones: booked one by one, each event upserted each of its rows (about 70 for an afhandeling); summed here,
/// each row is written once per unit. Each table's rows go in one order (its key's), so two units that share rows lock them alike.
/// </summary>
internal sealed class Kubusboekingen : IVerzameling
{
    private readonly Dictionary<Kubusrij, Dictionary<string, decimal>> kubus = [];
    private readonly Dictionary<(DateOnly Dag, string Facet, string Waarde), Dictionary<string, decimal>> totaal = [];
    private readonly Dictionary<Duurrij, long> duur = [];
    private readonly Dictionary<(DateOnly Dag, string Maat, int Uren), long> totaleDuur = [];
    private readonly SortedSet<string> kolommen = new(StringComparer.Ordinal);

    /// <summary>
    /// A count on <paramref name="dag"/> in the rows of the question's dimensions and their marginal rows (<see cref="Marge"/>),
    /// per facet; the kanaal and bron facets only in the totals, where they are not columns already.
    /// </summary>
    public void Boek(DateOnly dag, Vraagdimensies dimensies, string kolom, decimal aantal, IReadOnlyCollection<(string Facet, string Waarde)> facetten)
    {
        kolommen.Add(kolom);
        foreach (var (facet, waarde) in facetten)
        {
            Tel(totaal, (dag, facet, waarde), kolom, aantal);
            if (facet is Facet.Kanaal or Facet.Bron)
            {
                continue;
            }

            foreach (var (kern, kanaal, bron, levensfase) in Marge.RijenVan(dimensies))
            {
                Tel(kubus, new Kubusrij(facet, kern, levensfase, bron, kanaal, dag, waarde), kolom, aantal);
            }
        }
    }

    /// <summary>A duration in its histogram bucket, in the rows of the question's dimensions and their marginal rows.</summary>
    public void BoekDuur(DateOnly dag, Vraagdimensies dimensies, string maat, int uren, long aantal)
    {
        foreach (var (kern, kanaal, bron, levensfase) in Marge.RijenVan(dimensies))
        {
            var sleutel = new Duurrij(maat, kern, levensfase, bron, kanaal, dag, uren);
            duur[sleutel] = duur.GetValueOrDefault(sleutel) + aantal;
        }

        totaleDuur[(dag, maat, uren)] = totaleDuur.GetValueOrDefault((dag, maat, uren)) + aantal;
    }

    public void Sluit(CommandSession session)
    {
        if (totaal.Count > 0)
        {
            SluitCijfers(session);
        }

        if (totaleDuur.Count > 0)
        {
            SluitDuren(session);
        }
    }

    private void SluitCijfers(CommandSession session)
    {
        var kolom = kolommen.ToArray();
        var rijen = kubus.ToArray();
        Array.Sort(rijen, (x, y) => x.Key.CompareTo(y.Key));
        var totalen = totaal.OrderBy(r => r.Key.Dag).ThenBy(r => r.Key.Facet, StringComparer.Ordinal).ThenBy(r => r.Key.Waarde, StringComparer.Ordinal).ToArray();

        // $1..$7 the cube's keys, $8..$10 the totals' keys, then per column the cube's sums and the totals' sums.
        var n = kolom.Length;
        var kubusAantallen = string.Concat(kolom.Select((_, i) => $", ${11 + i}::numeric[]"));
        var totaalAantallen = string.Concat(kolom.Select((_, i) => $", ${11 + n + i}::numeric[]"));
        var namen = string.Join(", ", kolom);
        var a = string.Join(", ", kolom.Select((_, i) => $"a{i}"));
        var som = string.Join(", ", kolom.Select((_, i) => $"sum(a{i})"));
        string Bij(string tabel) => string.Join(", ", kolom.Select(k => $"{k} = monitoring.{tabel}.{k} + excluded.{k}"));
        var waarden = new List<object?>
        {
            rijen.Select(r => r.Key.Dag).ToArray(),
            rijen.Select(r => r.Key.Kern).ToArray(),
            rijen.Select(r => r.Key.Kanaal).ToArray(),
            rijen.Select(r => r.Key.Bron).ToArray(),
            rijen.Select(r => r.Key.Levensfase).ToArray(),
            rijen.Select(r => r.Key.Facet).ToArray(),
            rijen.Select(r => r.Key.Waarde).ToArray(),
            totalen.Select(r => r.Key.Dag).ToArray(),
            totalen.Select(r => r.Key.Facet).ToArray(),
            totalen.Select(r => r.Key.Waarde).ToArray(),
        };
        waarden.AddRange(kolom.Select(k => rijen.Select(r => r.Value.GetValueOrDefault(k)).ToArray()));
        waarden.AddRange(kolom.Select(k => totalen.Select(r => r.Value.GetValueOrDefault(k)).ToArray()));
        session.BijAfsluiten(
            $"""
            with k as (
                select * from unnest($1::date[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]{kubusAantallen})
                with ordinality as t(dag, kern, kanaal, bron, levensfase, facet, waarde, {a}, nr)),
            dag as (
                insert into monitoring.dagcijfer (dag, kern, kanaal, bron, levensfase, facet, waarde, {namen})
                select dag, kern, kanaal, bron, levensfase, facet, waarde, {a} from k order by nr
                on conflict (dag, facet, waarde, kern, kanaal, bron, levensfase) do update set {Bij("dagcijfer")}),
            maand as (
                insert into monitoring.maandcijfer (maand, kern, kanaal, bron, levensfase, facet, waarde, {namen})
                select date_trunc('month', dag)::date, kern, kanaal, bron, levensfase, facet, waarde, {som} from k
                group by 1, 2, 3, 4, 5, 6, 7 order by min(nr)
                on conflict (maand, facet, waarde, kern, kanaal, bron, levensfase) do update set {Bij("maandcijfer")})
            insert into monitoring.totaalcijfer (dag, facet, waarde, {namen})
            select * from unnest($8::date[], $9::text[], $10::text[]{totaalAantallen})
            on conflict (dag, facet, waarde) do update set {Bij("totaalcijfer")}
            """,
            [.. waarden]);
    }

    private void SluitDuren(CommandSession session)
    {
        var rijen = duur.ToArray();
        Array.Sort(rijen, (x, y) => x.Key.CompareTo(y.Key));
        var totalen = totaleDuur.OrderBy(r => r.Key.Dag).ThenBy(r => r.Key.Maat, StringComparer.Ordinal).ThenBy(r => r.Key.Uren).ToArray();
        session.BijAfsluiten(
            """
            with k as (
                select * from unnest($1::date[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::bigint[])
                with ordinality as t(dag, kern, kanaal, bron, levensfase, maat, uren, aantal, nr)),
            dag as (
                insert into monitoring.dagduur (dag, kern, kanaal, bron, levensfase, maat, uren, aantal)
                select dag, kern, kanaal, bron, levensfase, maat, uren, aantal from k order by nr
                on conflict (dag, maat, uren, kern, kanaal, bron, levensfase) do update set aantal = monitoring.dagduur.aantal + excluded.aantal),
            maand as (
                insert into monitoring.maandduur (maand, kern, kanaal, bron, levensfase, maat, uren, aantal)
                select date_trunc('month', dag)::date, kern, kanaal, bron, levensfase, maat, uren, sum(aantal) from k
                group by 1, 2, 3, 4, 5, 6, 7 order by min(nr)
                on conflict (maand, maat, uren, kern, kanaal, bron, levensfase) do update set aantal = monitoring.maandduur.aantal + excluded.aantal)
            insert into monitoring.totaalduur (dag, maat, uren, aantal)
            select * from unnest($9::date[], $10::text[], $11::int[], $12::bigint[])
            on conflict (dag, maat, uren) do update set aantal = monitoring.totaalduur.aantal + excluded.aantal
            """,
            rijen.Select(r => r.Key.Dag).ToArray(),
            rijen.Select(r => r.Key.Kern).ToArray(),
            rijen.Select(r => r.Key.Kanaal).ToArray(),
            rijen.Select(r => r.Key.Bron).ToArray(),
            rijen.Select(r => r.Key.Levensfase).ToArray(),
            rijen.Select(r => r.Key.Maat).ToArray(),
            rijen.Select(r => r.Key.Uren).ToArray(),
            rijen.Select(r => r.Value).ToArray(),
            totalen.Select(r => r.Key.Dag).ToArray(),
            totalen.Select(r => r.Key.Maat).ToArray(),
            totalen.Select(r => r.Key.Uren).ToArray(),
            totalen.Select(r => r.Value).ToArray());
    }

    private static void Tel<TSleutel>(Dictionary<TSleutel, Dictionary<string, decimal>> rijen, TSleutel sleutel, string kolom, decimal aantal)
        where TSleutel : notnull
    {
        if (!rijen.TryGetValue(sleutel, out var sommen))
        {
            sommen = new Dictionary<string, decimal>(StringComparer.Ordinal);
            rijen.Add(sleutel, sommen);
        }

        sommen[kolom] = sommen.GetValueOrDefault(kolom) + aantal;
    }

    /// <summary>A row of dagcijfer, ordered as its key (migration 0008): ordinal, so alike on every host.</summary>
    private readonly record struct Kubusrij(string Facet, string Kern, string Levensfase, string Bron, string Kanaal, DateOnly Dag, string Waarde)
        : IComparable<Kubusrij>
    {
        public int CompareTo(Kubusrij other) =>
            string.CompareOrdinal(Facet, other.Facet) is var c and not 0 ? c
            : string.CompareOrdinal(Kern, other.Kern) is var k and not 0 ? k
            : string.CompareOrdinal(Levensfase, other.Levensfase) is var l and not 0 ? l
            : string.CompareOrdinal(Bron, other.Bron) is var b and not 0 ? b
            : string.CompareOrdinal(Kanaal, other.Kanaal) is var ka and not 0 ? ka
            : Dag.CompareTo(other.Dag) is var d and not 0 ? d
            : string.CompareOrdinal(Waarde, other.Waarde);
    }

    /// <summary>A row of dagduur, ordered as its key (migration 0008).</summary>
    private readonly record struct Duurrij(string Maat, string Kern, string Levensfase, string Bron, string Kanaal, DateOnly Dag, int Uren)
        : IComparable<Duurrij>
    {
        public int CompareTo(Duurrij other) =>
            string.CompareOrdinal(Maat, other.Maat) is var m and not 0 ? m
            : string.CompareOrdinal(Kern, other.Kern) is var k and not 0 ? k
            : string.CompareOrdinal(Levensfase, other.Levensfase) is var l and not 0 ? l
            : string.CompareOrdinal(Bron, other.Bron) is var b and not 0 ? b
            : string.CompareOrdinal(Kanaal, other.Kanaal) is var ka and not 0 ? ka
            : Dag.CompareTo(other.Dag) is var d and not 0 ? d
            : Uren.CompareTo(other.Uren);
    }
}
