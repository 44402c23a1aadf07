using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Intake.Bewaring;

/// <summary>
/// Vernietiging in Intake: every table the inzage reads, children before parents, in the command's transaction (the
/// system actor sees every organisation's rows): what hangs under the aanmeldingen, the aanmeldingen, and last the
/// inwoner's records with every record merged into them (transitively; they point at each other, so one statement).
/// The aanmelding_overdracht rows have no foreign key (filled from events): they go by the aanmelding's id.
/// </summary>
internal sealed class VernietigPersoonsgegevensHandler(CommandSession session) : IRequestHandler<VernietigPersoonsgegevensVanIntake, VernietigingVanModule>
{
    private const string Inwoners = """
        with recursive keten(id) as (
            select id from intake.inwoner where id = any(@Ids)
            union
            select i.id from intake.inwoner i join keten k on i.samengevoegd_in = k.id
        )
        select id from keten
        """;

    private const string Aanmeldingen = $"select id from intake.aanmelding where inwoner_id in ({Inwoners})";

    private static readonly Vernietigingsstap[] Stappen =
    [
        new("contactmoment", $"delete from intake.contactmoment where aanmelding_id in ({Aanmeldingen})"),
        new("terugbelverzoek", $"delete from intake.terugbelverzoek where aanmelding_id in ({Aanmeldingen})"),
        new("afhandeling", $"delete from intake.afhandeling where aanmelding_id in ({Aanmeldingen})"),
        new("voorziening", $"delete from intake.aanmelding_voorziening where aanmelding_id in ({Aanmeldingen})"),
        new("overdracht", $"delete from intake.aanmelding_overdracht where aanmelding_id in ({Aanmeldingen})"),
        new("aanmelding", $"delete from intake.aanmelding where inwoner_id in ({Inwoners})"),
        new("inwoner", $"delete from intake.inwoner where id in ({Inwoners})"),
    ];

    public async Task<VernietigingVanModule> Handle(VernietigPersoonsgegevensVanIntake request, CancellationToken cancellationToken) =>
        new("Intake", await Vernietigingsstappen.VoerUitAsync(session, request.InwonerIds, Stappen));
}
