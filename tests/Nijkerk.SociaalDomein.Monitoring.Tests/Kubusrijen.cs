using Dapper;
using Npgsql;

namespace Nijkerk.SociaalDomein.Monitoring.Tests;

/// <summary>
/// The cube's rows as the booking keeps them, written here without the module's code: every count in the row of its full
/// combination of kern, kanaal, bron and levensfase and in the marginal rows that name one or two of those ('*' in the
/// others), in the day table and in the month table (migrations 0007 and 0008). Tests that seed the cube by hand use
/// <see cref="ZaaiAsync"/> and <see cref="ZaaiDuurAsync"/>; <see cref="AfwijkingenAsync"/> counts the rows that are not
/// what they should be: a month row that is not its days summed, a marginal row that is not its full combinations summed.
/// </summary>
internal static class Kubusrijen
{
    /// <summary>Only the rows of full combinations: what a test sums to count what happened.</summary>
    public const string Volledig = "kern <> '*' and kanaal <> '*' and bron <> '*' and levensfase <> '*'";

    private const string Sleutel = "kern, kanaal, bron, levensfase";

    private static readonly string[] Dimensies = ["kern", "kanaal", "bron", "levensfase"];

    /// <summary>The subsets of the four dimensions a count is booked under: all four, each one, each pair.</summary>
    private static readonly IReadOnlyList<string[]> Groepen =
    [
        .. Enumerable.Range(1, 15)
            .Select(m => Dimensies.Where((_, i) => (m & (1 << i)) != 0).ToArray())
            .Where(g => g.Length is 1 or 2 or 4),
    ];

    /// <summary>One full combination's counts on a day, added to its row and its marginal rows, per day and per month.</summary>
    public static async Task ZaaiAsync(
        NpgsqlConnection connection, string dag, string kern, string kanaal, string bron, string levensfase, string facet, string waarde,
        IReadOnlyDictionary<string, object> maten)
    {
        var kolommen = string.Join(", ", maten.Keys);
        var waarden = string.Join(", ", maten.Keys.Select(k => "@" + k));
        var bijtellen = string.Join(", ", maten.Keys.Select(k => $"{k} = t.{k} + excluded.{k}"));
        var parameters = new DynamicParameters(new { Dag = DateOnly.Parse(dag), Kern = kern, Kanaal = kanaal, Bron = bron, Levensfase = levensfase, Facet = facet, Waarde = waarde });
        foreach (var (kolom, waarde2) in maten)
        {
            parameters.Add(kolom, waarde2);
        }

        await connection.ExecuteAsync(
            $"""
            with g as ({Rijen()}),
            dag as (
                insert into monitoring.dagcijfer as t (dag, {Sleutel}, facet, waarde, {kolommen})
                select @Dag, {Sleutel}, @Facet, @Waarde, {waarden} from g
                on conflict (dag, facet, waarde, {Sleutel}) do update set {bijtellen})
            insert into monitoring.maandcijfer as t (maand, {Sleutel}, facet, waarde, {kolommen})
            select date_trunc('month', @Dag::date)::date, {Sleutel}, @Facet, @Waarde, {waarden} from g
            on conflict (maand, facet, waarde, {Sleutel}) do update set {bijtellen}
            """,
            parameters);
    }

    /// <summary>Durations ended on a day, in the histogram of the full combination and its marginal rows, per day and month.</summary>
    public static Task ZaaiDuurAsync(
        NpgsqlConnection connection, string dag, string kern, string kanaal, string bron, string levensfase, string maat, int uren, long aantal) =>
        connection.ExecuteAsync(
            $"""
            with g as ({Rijen()}),
            dag as (
                insert into monitoring.dagduur as t (dag, {Sleutel}, maat, uren, aantal)
                select @Dag, {Sleutel}, @Maat, @Uren, @Aantal from g
                on conflict (dag, maat, uren, {Sleutel}) do update set aantal = t.aantal + excluded.aantal)
            insert into monitoring.maandduur as t (maand, {Sleutel}, maat, uren, aantal)
            select date_trunc('month', @Dag::date)::date, {Sleutel}, @Maat, @Uren, @Aantal from g
            on conflict (maand, maat, uren, {Sleutel}) do update set aantal = t.aantal + excluded.aantal
            """,
            new { Dag = DateOnly.Parse(dag), Kern = kern, Kanaal = kanaal, Bron = bron, Levensfase = levensfase, Maat = maat, Uren = uren, Aantal = aantal });

    private static string Rijen() => string.Join(" union all ", Groepen.Select(g =>
        "select " + string.Join(", ", Dimensies.Select(d => g.Contains(d) ? $"@{char.ToUpperInvariant(d[0])}{d[1..]}::text as {d}" : $"'*'::text as {d}"))));

    /// <summary>
    /// Rows that are not what the booking promises, over the whole schema: month rows (of the cube and of the durations)
    /// that are not the sum of their days, and marginal rows that are not the sum of their full combinations (or are
    /// missing, or name three dimensions or none); both ways round, so a missing row counts too.
    /// </summary>
    public static async Task<long> AfwijkingenAsync(NpgsqlConnection connection)
    {
        var (kolommen, sommen) = await MatenAsync(connection);
        var sets = string.Join(", ", Groepen.Where(g => g.Length < 4).Select(g => "(t, facet, waarde, " + string.Join(", ", g) + ")"));
        const string Marges = "coalesce(kern, '*'), coalesce(kanaal, '*'), coalesce(bron, '*'), coalesce(levensfase, '*')";
        var paren = new List<(string, string)>
        {
            ($"select maand, {Sleutel}, facet, waarde, {kolommen} from monitoring.maandcijfer",
             $"select date_trunc('month', dag)::date, {Sleutel}, facet, waarde, {sommen} from monitoring.dagcijfer group by 1, 2, 3, 4, 5, 6, 7"),
            ("select maand, kern, kanaal, bron, levensfase, maat, uren, aantal from monitoring.maandduur",
             "select date_trunc('month', dag)::date, kern, kanaal, bron, levensfase, maat, uren, sum(aantal) from monitoring.dagduur group by 1, 2, 3, 4, 5, 6, 7"),
        };
        foreach (var (tabel, tijd) in new[] { ("dagcijfer", "dag"), ("maandcijfer", "maand") })
        {
            paren.Add((
                $"select {tijd}, {Sleutel}, facet, waarde, {kolommen} from monitoring.{tabel} where not ({Volledig})",
                $"select t, {Marges}, facet, waarde, {sommen} from (select {tijd} as t, * from monitoring.{tabel} where {Volledig}) r group by grouping sets ({sets})"));
        }

        foreach (var (tabel, tijd) in new[] { ("dagduur", "dag"), ("maandduur", "maand") })
        {
            paren.Add((
                $"select {tijd}, {Sleutel}, maat, uren, aantal from monitoring.{tabel} where not ({Volledig})",
                $"select t, {Marges}, facet, waarde, sum(aantal) from (select {tijd} as t, maat as facet, uren as waarde, * from monitoring.{tabel} where {Volledig}) r " +
                $"group by grouping sets ({sets})"));
        }

        var afwijkingen = 0L;
        foreach (var (tabel, opgeteld) in paren)
        {
            afwijkingen += await connection.ExecuteScalarAsync<long>(
                $"select (select count(*) from (({tabel}) except ({opgeteld})) a) + (select count(*) from (({opgeteld}) except ({tabel})) b)");
        }

        return afwijkingen;
    }

    private static async Task<(string Kolommen, string Sommen)> MatenAsync(NpgsqlConnection connection)
    {
        var maten = (await connection.QueryAsync<string>(
            """
            select column_name from information_schema.columns
            where table_schema = 'monitoring' and table_name = 'dagcijfer'
              and column_name not in ('dag', 'kern', 'kanaal', 'bron', 'levensfase', 'facet', 'waarde')
            order by ordinal_position
            """)).ToList();
        return (string.Join(", ", maten), string.Join(", ", maten.Select(m => $"sum({m})")));
    }
}
