using Dapper;
using Npgsql;

namespace Nijkerk.SociaalDomein.Monitoring.Tests;

/// <summary>
/// The month cube as the day cube summed per calendar month: what the booking keeps in step (migration 0007). Tests that
/// seed the day cube by hand add the months with <see cref="BijwerkenAsync"/>; <see cref="AfwijkingenAsync"/> counts the
/// month rows that differ from the day rows summed.
/// </summary>
internal static class Maandcijfers
{
    private const string Sleutel = "kern, kanaal, bron, levensfase";

    /// <summary>Makes a kern's month rows the sum of its day rows.</summary>
    public static async Task BijwerkenAsync(NpgsqlConnection connection, string kern)
    {
        var (kolommen, sommen) = await MatenAsync(connection);
        await connection.ExecuteAsync(
            $"""
            delete from monitoring.maandcijfer where kern = @Kern;
            delete from monitoring.maandduur where kern = @Kern;
            insert into monitoring.maandcijfer (maand, {Sleutel}, facet, waarde, {kolommen})
            {Opgeteld(sommen)} where kern = @Kern group by 1, 2, 3, 4, 5, 6, 7;
            insert into monitoring.maandduur (maand, {Sleutel}, maat, uren, aantal)
            select date_trunc('month', dag)::date, {Sleutel}, maat, uren, sum(aantal) from monitoring.dagduur where kern = @Kern group by 1, 2, 3, 4, 5, 6, 7;
            """,
            new { Kern = kern });
    }

    /// <summary>Month rows (of the cube and of the durations) that are not the sum of their days, and sums without a month row.</summary>
    public static async Task<long> AfwijkingenAsync(NpgsqlConnection connection)
    {
        var (kolommen, sommen) = await MatenAsync(connection);
        var cijfers = $"select maand, {Sleutel}, facet, waarde, {kolommen} from monitoring.maandcijfer";
        var opgeteld = $"{Opgeteld(sommen)} group by 1, 2, 3, 4, 5, 6, 7";
        const string Duren = "select maand, kern, kanaal, bron, levensfase, maat, uren, aantal from monitoring.maandduur";
        const string DurenOpgeteld =
            "select date_trunc('month', dag)::date, kern, kanaal, bron, levensfase, maat, uren, sum(aantal) from monitoring.dagduur group by 1, 2, 3, 4, 5, 6, 7";
        return await connection.ExecuteScalarAsync<long>(
            $"""
            select (select count(*) from (({cijfers}) except ({opgeteld})) a) + (select count(*) from (({opgeteld}) except ({cijfers})) b)
                 + (select count(*) from (({Duren}) except ({DurenOpgeteld})) c) + (select count(*) from (({DurenOpgeteld}) except ({Duren})) d)
            """);
    }

    private static string Opgeteld(string sommen) =>
        $"select date_trunc('month', dag)::date, {Sleutel}, facet, waarde, {sommen} from monitoring.dagcijfer";

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
