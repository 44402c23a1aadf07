using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.Regie.Werkvoorraad;

namespace Nijkerk.SociaalDomein.Regie.Inrichting;

/// <summary>
/// When a running plan is vastgelopen: an open or running actie more than <see cref="ActieDagen"/> days past its
/// deadline, or no activity on the plan for more than <see cref="StilstandDagen"/> days. Both are counted in Dutch
/// calendar days from today, computed when asked (never stored), so a change of the setting changes every list at once.
/// </summary>
internal sealed record Vastlopen(int ActieDagen, int StilstandDagen)
{
    public const int Minimum = 1;
    public const int Maximum = 365;

    public const string ActieOverTermijn = "actie-over-termijn";
    public const string Stilstand = "stilstand";

    public static readonly IReadOnlyDictionary<string, string> Namen = new Dictionary<string, string>
    {
        [ActieOverTermijn] = "Actie over termijn",
        [Stilstand] = "Stilstand",
    };

    private const string Sql = "select actie_dagen as ActieDagen, stilstand_dagen as StilstandDagen from regie.vastlopen_instelling";

    public static async Task<Vastlopen> LaadAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? transaction = null) =>
        await connection.QuerySingleAsync<Vastlopen>(Sql, transaction: transaction);

    /// <summary>An actie with its deadline before this day is more than <see cref="ActieDagen"/> days over its term.</summary>
    public DateOnly ActieGrens(DateOnly vandaag) => vandaag.AddDays(-ActieDagen);

    /// <summary>A plan whose last activity is before this moment has stood still for more than <see cref="StilstandDagen"/> days.</summary>
    public DateTimeOffset StilstandGrens(DateOnly vandaag) => NederlandseDag.Begin(vandaag.AddDays(-StilstandDagen));
}
