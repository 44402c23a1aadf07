using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

/// <summary>Loads and saves the domain object for the commands that change a vraagverheldering, in their transaction.</summary>
internal static class VraagverhelderingOpslag
{
    // Locks the row, so two colleagues saving at once cannot both pass the version check.
    private const string Laad = """
        select id as Id, aanmelding_id as AanmeldingId, inwoner_id as InwonerId, methode as Methode, versie as Versie,
               status as Status, behandelaar_id as BehandelaarId, behandelaar_naam as BehandelaarNaam
        from vraagverheldering.vraagverheldering where id = @Id for update
        """;

    private const string Bewaar = """
        update vraagverheldering.vraagverheldering
        set status = @Status,
            versie = @Versie,
            behandelaar_id = @BehandelaarId,
            behandelaar_naam = @BehandelaarNaam,
            behandelaar_sinds = case when @BehandelaarId::text is null then null else coalesce(@BehandelaarSinds, behandelaar_sinds) end
        where id = @Id
        """;

    public static async Task<Vraagverheldering> LaadAsync(CommandSession session, Guid id)
    {
        var rij = await session.QuerySingleOrDefaultAsync<Rij>(Laad, new { Id = id })
            ?? throw new NietGevondenException("Er is geen vraagverheldering met deze id.");
        return new Vraagverheldering(rij.Id, rij.AanmeldingId, rij.InwonerId, rij.Methode, rij.Versie, rij.Status, rij.BehandelaarId, rij.BehandelaarNaam);
    }

    public static Task BewaarAsync(CommandSession session, Vraagverheldering vraagverheldering) =>
        session.ExecuteAsync(Bewaar, new
        {
            vraagverheldering.Id,
            vraagverheldering.Status,
            vraagverheldering.Versie,
            vraagverheldering.BehandelaarId,
            vraagverheldering.BehandelaarNaam,
            vraagverheldering.BehandelaarSinds,
        });

    private sealed record Rij(
        Guid Id, Guid AanmeldingId, Guid? InwonerId, string Methode, int Versie, string Status, string? BehandelaarId, string? BehandelaarNaam);
}
