using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using static Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens.Inzagevelden;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Audit;

/// <summary>
/// The audit log's part of an inzage: every verwerking of the inwoner and of the records merged into him, oldest first:
/// when, who (and for which organisation), what and why (the doel).
/// </summary>
[Vereist(Rechten.PersoonsgegevensInzien)]
[Verwerking("Verwerkingen van de inwoner verzameld voor een inzageverzoek", InzageDoelen.Inzage)]
public sealed record GeefPersoonsgegevensVanAudit(IReadOnlyList<Guid> InwonerIds) : GeefPersoonsgegevens(InwonerIds);

internal sealed class GeefVerwerkingenVoorInzage(ModuleDb<AuditModule> db) : IRequestHandler<GeefPersoonsgegevensVanAudit, PersoonsgegevensVanModule>
{
    private const string Sql = """
        select id as Id, tijdstip as Tijdstip, actor_naam as ActorNaam, actor_soort as ActorSoort, organisatie as Organisatie,
               omschrijving as Omschrijving, doel as Doel, persoon_id as PersoonId
        from audit.verwerking
        where persoon_id = any(@Ids)
        order by tijdstip, id
        """;

    public async Task<PersoonsgegevensVanModule> Handle(GeefPersoonsgegevensVanAudit request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        var rijen = await connection.QueryAsync<Rij>(Sql, new { Ids = request.InwonerIds.ToArray() });
        return new PersoonsgegevensVanModule(
            "Verwerkingen",
            "Wie wanneer uw gegevens heeft ingezien of veranderd, en waarvoor. Ook het verzamelen van deze inzage staat hierin.",
            [
                .. rijen.Select(r => Onderdeel("verwerking", r.Id, r.Omschrijving,
                    Veld("Wanneer", r.Tijdstip),
                    Veld("Wie", r.Organisatie is null ? r.ActorNaam : $"{r.ActorNaam} ({r.Organisatie})"),
                    Veld("Soort", r.ActorSoort),
                    Veld("Wat", r.Omschrijving),
                    Veld("Waarvoor", r.Doel),
                    Veld("Registratie", r.PersoonId))),
            ]);
    }

    private sealed record Rij(
        Guid Id, DateTimeOffset Tijdstip, string ActorNaam, string ActorSoort, string? Organisatie, string Omschrijving, string Doel, Guid PersoonId);
}
