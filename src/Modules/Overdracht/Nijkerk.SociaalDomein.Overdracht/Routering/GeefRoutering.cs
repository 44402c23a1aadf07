using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Overdracht.Routering;

/// <summary>The routing table as the beheerder edits it: every expertise with its team and partner, and what may be chosen.</summary>
internal static class GeefRoutering
{
    [Vereist(OverdrachtRechten.RouteringBeheren)]
    [GeenPersoonsgegevens]
    public sealed record Query : IRequest<Tabel>;

    public sealed record Tabel(IReadOnlyList<Regel> Regels, IReadOnlyList<Keuze> Teams, IReadOnlyList<Keuze> Partners);

    public sealed record Regel(string Expertise, string TeamCode, string? PartnerOrganisatie, int Versie, string? GewijzigdDoor, DateTimeOffset? GewijzigdOp);

    public sealed record Keuze(string Code, string Naam);

    internal sealed class Handler(ModuleDb<OverdrachtModule> db) : IRequestHandler<Query, Tabel>
    {
        private const string Sql = """
            select expertise as Expertise, team_code as TeamCode, partner_organisatie as PartnerOrganisatie, versie as Versie,
                   gewijzigd_door as GewijzigdDoor, gewijzigd_op as GewijzigdOp
            from overdracht.routering order by expertise;
            select code as Code, naam as Naam from overdracht.team where actief order by naam, code;
            select organisatie as Code, naam as Naam from overdracht.partner where actief order by naam, organisatie;
            """;

        public async Task<Tabel> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            await using var resultaten = await connection.QueryMultipleAsync(Sql);
            return new Tabel(
                [.. await resultaten.ReadAsync<Regel>()],
                [.. await resultaten.ReadAsync<Keuze>()],
                [.. await resultaten.ReadAsync<Keuze>()]);
        }
    }
}
