using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen;

/// <summary>Loads and saves the domain object for the commands that change an aanmelding, in their transaction.</summary>
internal static class AanmeldingOpslag
{
    // Locks the row, so two colleagues pressing a button at once cannot both change it. Row-level security (ADR 0014)
    // shows a partner only what its own organisation submitted; another's is "not found", as on every read.
    private const string Laad = """
        select id as Id, inwoner_id as InwonerId, vraag as Vraag, urgentie as Urgentie, status as Status,
               behandelaar_id as BehandelaarId, behandelaar_naam as BehandelaarNaam
        from intake.aanmelding where id = @Id for update
        """;

    private const string Bewaar = """
        update intake.aanmelding
        set status = @Status,
            doorgezet_op = coalesce(@DoorgezetOp, doorgezet_op),
            afgehandeld_op = coalesce(@AfgehandeldOp, afgehandeld_op),
            gerouteerd_op = coalesce(@GerouteerdOp, gerouteerd_op),
            aanspreekpunt = coalesce(@Aanspreekpunt, aanspreekpunt),
            aanspreekpunt_medewerker_id = coalesce(@AanspreekpuntMedewerkerId, aanspreekpunt_medewerker_id),
            behandelaar_id = @BehandelaarId,
            behandelaar_naam = @BehandelaarNaam,
            behandelaar_sinds = case when @BehandelaarId::text is null then null else coalesce(@BehandelaarSinds, behandelaar_sinds) end
        where id = @Id
        """;

    public static async Task<Aanmelding> LaadAsync(CommandSession session, Guid id)
    {
        var rij = await session.QuerySingleOrDefaultAsync<Rij>(Laad, new { Id = id })
            ?? throw new NietGevondenException("Er is geen aanmelding met deze id.");
        return new Aanmelding(rij.Id, rij.InwonerId, rij.Vraag, rij.Urgentie, rij.Status, rij.BehandelaarId, rij.BehandelaarNaam);
    }

    public static Task BewaarAsync(CommandSession session, Aanmelding aanmelding) =>
        session.ExecuteAsync(Bewaar, new
        {
            aanmelding.Id,
            aanmelding.Status,
            aanmelding.DoorgezetOp,
            aanmelding.AfgehandeldOp,
            aanmelding.GerouteerdOp,
            aanmelding.Aanspreekpunt,
            aanmelding.AanspreekpuntMedewerkerId,
            aanmelding.BehandelaarId,
            aanmelding.BehandelaarNaam,
            aanmelding.BehandelaarSinds,
        });

    private sealed record Rij(Guid Id, Guid? InwonerId, string Vraag, string Urgentie, string Status, string? BehandelaarId, string? BehandelaarNaam);
}
