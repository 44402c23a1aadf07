using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen;

/// <summary>
/// The vakspecialist's werkvoorraad from the loket: the aanmeldingen routed to him as the inwoner's aanspreekpunt,
/// newest first. Only his own: the query filters on his account, whatever else he asks (functiescheiding); he reads
/// no other aanmelding of Intake.
/// </summary>
internal static class GeefAanMijGerouteerd
{
    [Vereist(IntakeRechten.GerouteerdeAanmeldingenLezen)]
    [Verwerking("Aan mij gerouteerde aanmeldingen ingezien", IntakeDoelen.Intake)]
    public sealed record Query(Paginering Paginering) : IRequest<Resultaten<Regel>>;

    public sealed record Regel(
        Guid Id, Guid InwonerId, string Inwoner, string Kanaal, string Vraag, string Urgentie, DateTimeOffset GeregistreerdOp,
        DateTimeOffset GerouteerdOp) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    internal sealed class Handler(ModuleDb<IntakeModule> db, ActorContext actor) : IRequestHandler<Query, Resultaten<Regel>>
    {
        private const string Sql = """
            select count(*) from intake.aanmelding where aanspreekpunt_medewerker_id = @Ik and status = 'gerouteerd';
            select a.id as Id, a.inwoner_id as InwonerId, concat_ws(' ', i.voornamen, i.voorvoegsel, i.achternaam) as Inwoner, a.kanaal as Kanaal,
                   a.vraag as Vraag, a.urgentie as Urgentie, a.geregistreerd_op as GeregistreerdOp, a.gerouteerd_op as GerouteerdOp
            from intake.aanmelding a join intake.inwoner i on i.id = a.inwoner_id
            where a.aanspreekpunt_medewerker_id = @Ik and a.status = 'gerouteerd'
            order by a.gerouteerd_op desc, a.id desc
            limit @Limiet offset @Offset
            """;

        public async Task<Resultaten<Regel>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            await using var results = await connection.QueryMultipleAsync(Sql, new
            {
                Ik = actor.Huidig.Id,
                Limiet = query.Paginering.PaginaGrootte,
                query.Paginering.Offset,
            });
            var totaal = await results.ReadSingleAsync<int>();
            return new Resultaten<Regel>(totaal, [.. await results.ReadAsync<Regel>()]);
        }
    }
}
