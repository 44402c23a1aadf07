using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.Overdracht;

namespace Nijkerk.SociaalDomein.Intake.Integration;

/// <summary>
/// How to reach an inwoner, as the register holds it now; a merged record answers as the one it went up in. A partner
/// organisation is told only when the inwoner gave it his toestemming for his contactgegevens (Overdracht keeps those),
/// else the answer is null, as for an unknown id: the register does not say more to a partner than he agreed to.
/// </summary>
internal sealed class GeefContactgegevensVanInwonerHandler(ModuleDb<IntakeModule> db, ActorContext actor, IMediator mediator)
    : IRequestHandler<GeefContactgegevensVanInwoner, ContactgegevensVanInwoner?>
{
    private const string Sql = """
        select i.id as InwonerId, concat_ws(' ', i.voornamen, i.voorvoegsel, i.achternaam) as Naam, i.telefoon as Telefoon,
               i.email as Email, nullif(concat_ws(' ', i.straat, i.huisnummer::text, i.huisnummer_toevoeging), '') as Adres,
               i.postcode as Postcode, i.woonplaats as Woonplaats, i.voorkeurskanaal as Voorkeurskanaal
        from intake.inwoner v join intake.inwoner i on i.id = coalesce(v.samengevoegd_in, v.id)
        where v.id = @InwonerId
        """;

    public async Task<ContactgegevensVanInwoner?> Handle(GeefContactgegevensVanInwoner request, CancellationToken cancellationToken)
    {
        if (actor.Huidig.Organisatie is not null && !await mediator.Send(new HeeftToestemmingVoor(request.InwonerId, "contactgegevens"), cancellationToken))
        {
            return null;
        }

        await using var connection = await db.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ContactgegevensVanInwoner>(Sql, request);
    }
}
