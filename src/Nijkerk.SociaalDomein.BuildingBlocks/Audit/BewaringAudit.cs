using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Audit;

/// <summary>The audit log's parts of these dossiers for the bewaartermijn.</summary>
[Vereist(Rechten.BewaringBeheren)]
[Verwerking("Bewaartermijn van de verwerkingenlogging nagegaan", BewaringDoelen.Bewaartermijn)]
public sealed record GeefBewaarstandVanAudit(IReadOnlyList<Guid> InwonerIds) : GeefBewaarstand(InwonerIds);

/// <summary>Vernietiging: the verwerkingen of these inwoners are deleted or anonymised after an approved vernietigingslijst.</summary>
[Vereist(Rechten.BewaringBeheren)]
[Verwerking("Verwerkingenlogging vernietigd na afloop van de bewaartermijn", BewaringDoelen.Vernietiging)]
public sealed record VernietigPersoonsgegevensVanAudit(IReadOnlyList<Guid> InwonerIds) : VernietigPersoonsgegevens(InwonerIds);

/// <summary>
/// The audit log keeps no part of a dossier of its own: its rows follow the dossier. Vernietiging deletes the verwerkingen
/// of these persons through the one function that may (migration 0003, ADR 0030), in the command's transaction. The
/// vernietiging's own record is written after it, so that one row (who destroyed, when, under which purpose) stays.
/// </summary>
internal sealed class BewaringVanAuditHandler(Data.CommandSession session) :
    MediatR.IRequestHandler<GeefBewaarstandVanAudit, BewaarstandVanModule>,
    MediatR.IRequestHandler<VernietigPersoonsgegevensVanAudit, VernietigingVanModule>
{
    public Task<BewaarstandVanModule> Handle(GeefBewaarstandVanAudit request, CancellationToken cancellationToken) =>
        Task.FromResult(new BewaarstandVanModule("Verwerkingen", []));

    public async Task<VernietigingVanModule> Handle(VernietigPersoonsgegevensVanAudit request, CancellationToken cancellationToken)
    {
        var verwijderd = await session.QuerySingleOrDefaultAsync<int>(
            "select audit.vernietig_verwerkingen(@Ids)", new { Ids = request.InwonerIds.ToArray() });
        return new VernietigingVanModule("Verwerkingen", verwijderd > 0 ? [new VernietigdAantal("verwerking", verwijderd, 0)] : []);
    }
}
