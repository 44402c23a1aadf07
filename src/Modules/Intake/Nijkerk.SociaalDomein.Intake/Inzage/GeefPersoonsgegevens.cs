using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Intake.Inzage;

/// <summary>
/// Intake's answer to an inzage: every column of the inwoner's records (the BSN too: it is his data), his aanmeldingen
/// and what hangs under them (contactmomenten, terugbelverzoeken, afhandeling, voorzieningen pointed to, overdrachten).
/// </summary>
internal sealed class GeefPersoonsgegevensHandler(ModuleDb<IntakeModule> db) : IRequestHandler<GeefPersoonsgegevensVanIntake, PersoonsgegevensVanModule>
{
    private const string VanAanmelding = "join intake.aanmelding a on a.id = t.aanmelding_id where a.inwoner_id = any(@Ids) order by a.geregistreerd_op, a.id";

    private static readonly Inzagebron[] Bronnen =
    [
        new("inwoner", "Persoonsgegevens", "select * from intake.inwoner where id = any(@Ids) order by geregistreerd_op, id"),
        new("aanmelding", "Aanmelding", "select * from intake.aanmelding where inwoner_id = any(@Ids) order by geregistreerd_op, id"),
        new("contactmoment", "Contactmoment", $"select t.* from intake.contactmoment t {VanAanmelding}, t.tijdstip"),
        new("terugbelverzoek", "Terugbelverzoek", $"select t.* from intake.terugbelverzoek t {VanAanmelding}, t.aangemaakt_op"),
        new("afhandeling", "Afhandeling van een aanmelding", $"select t.* from intake.afhandeling t {VanAanmelding}"),
        new("voorziening", "Voorziening waarnaar verwezen is", $"select t.* from intake.aanmelding_voorziening t {VanAanmelding}"),
        new("overdracht", "Overdracht van een aanmelding", $"select t.* from intake.aanmelding_overdracht t {VanAanmelding}, t.aangeboden_op"),
    ];

    public async Task<PersoonsgegevensVanModule> Handle(GeefPersoonsgegevensVanIntake request, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(cancellationToken);
        return new PersoonsgegevensVanModule(
            "Intake",
            "De toegang (het loket): uw gegevens in het personenregister, uw aanmeldingen en de contacten daarover.",
            await Inzagevelden.LeesAsync(connection, request.InwonerIds, Bronnen));
    }
}
