using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Overdracht.Termijnen;

/// <summary>
/// What the beheerder of the terms sees: each active team's term in working days, the closing days from today on, and
/// the public holidays of the coming twelve months, which the term skips already without a closing day.
/// </summary>
internal static class GeefTermijnen
{
    [Vereist(OverdrachtRechten.TermijnenBeheren)]
    [GeenPersoonsgegevens]
    public sealed record Query : IRequest<Overzicht>;

    public sealed record Overzicht(IReadOnlyList<Team> Teams, IReadOnlyList<Dag> Sluitingsdagen, IReadOnlyList<Dag> Feestdagen);

    public sealed record Team(string Code, string Naam, int TermijnWerkdagen);

    public sealed record Dag(DateOnly Datum, string Omschrijving);

    internal sealed class Handler(ModuleDb<OverdrachtModule> db, TimeProvider clock) : IRequestHandler<Query, Overzicht>
    {
        private const string Sql = """
            select code as Code, naam as Naam, termijn_werkdagen as TermijnWerkdagen from overdracht.team where actief order by naam, code;
            select datum as Datum, omschrijving as Omschrijving from overdracht.sluitingsdag where datum >= @Vandaag order by datum;
            """;

        public async Task<Overzicht> Handle(Query query, CancellationToken cancellationToken)
        {
            var vandaag = NederlandseDag.Vandaag(clock);
            await using var connection = await db.OpenAsync(cancellationToken);
            await using var rijen = await connection.QueryMultipleAsync(Sql, new { Vandaag = vandaag });
            var teams = (await rijen.ReadAsync<Team>()).ToList();
            var sluitingsdagen = (await rijen.ReadAsync<Dag>()).ToList();
            var feestdagen = Enumerable.Range(0, vandaag.AddYears(1).DayNumber - vandaag.DayNumber)
                .Select(vandaag.AddDays)
                .Select(d => (Datum: d, Naam: Werkdagen.FeestdagOp(d)))
                .Where(d => d.Naam is not null)
                .Select(d => new Dag(d.Datum, d.Naam!))
                .ToList();
            return new Overzicht(teams, sluitingsdagen, feestdagen);
        }
    }
}
