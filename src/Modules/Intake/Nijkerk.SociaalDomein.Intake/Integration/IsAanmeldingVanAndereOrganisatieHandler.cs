using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Intake.Integration;

/// <summary>As the system, so row-level security does not hide the row this question is about.</summary>
internal sealed class IsAanmeldingVanAndereOrganisatieHandler(ModuleDb<IntakeModule> db) : IRequestHandler<IsAanmeldingVanAndereOrganisatie, bool>
{
    public async Task<bool> Handle(IsAanmeldingVanAndereOrganisatie request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(Actor.Systeem, cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(
            "select exists (select 1 from intake.aanmelding where id = @Id and organisatie is distinct from @Organisatie)", request);
    }
}
