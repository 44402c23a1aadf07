using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Intake.Inwoners;

namespace Nijkerk.SociaalDomein.Intake.Inzage;

/// <summary>The inwoner and, transitively, every record merged into him: a record merged into one that was merged later too.</summary>
internal sealed class GeefInwonerMetSamengevoegdenHandler(ModuleDb<IntakeModule> db) : IRequestHandler<Contracts.GeefInwonerMetSamengevoegden, IReadOnlyList<Guid>>
{
    private const string Sql = """
        select samengevoegd_in from intake.inwoner where id = @InwonerId;
        with recursive keten(id) as (
            select id from intake.inwoner where samengevoegd_in = @InwonerId
            union
            select i.id from intake.inwoner i join keten k on i.samengevoegd_in = k.id
        )
        select id from keten order by id;
        """;

    public async Task<IReadOnlyList<Guid>> Handle(Contracts.GeefInwonerMetSamengevoegden request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(Sql, new { request.InwonerId });
        var bestaat = (await results.ReadAsync<Guid?>()).ToList();
        if (bestaat is not [null])
        {
            throw GeefInwoner.NietGevonden(bestaat is [{ } behouden] ? behouden : null);
        }

        return [request.InwonerId, .. await results.ReadAsync<Guid>()];
    }
}
