using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Intake.Contracts;

/// <summary>
/// How to reach an inwoner: his name, phone, e-mail, address and the channel he prefers; null for an unknown id. Asked by
/// the vakspecialist who receives an overdracht, so the details are read where they are kept, never copied. No BSN.
/// </summary>
[Vereist(IntakeRechten.ContactgegevensLezen)]
[Verwerking("Contactgegevens van de inwoner ingezien om hem te bereiken", IntakeDoelen.Intake)]
public sealed record GeefContactgegevensVanInwoner(Guid InwonerId) : IRequest<ContactgegevensVanInwoner?>, IBetreftPersoon;

/// <summary>The inwoner's display name, phone, e-mail, address (street and number, postcode, woonplaats) and preferred channel.</summary>
public sealed record ContactgegevensVanInwoner(
    Guid InwonerId, string Naam, string? Telefoon, string? Email, string? Adres, string? Postcode, string? Woonplaats, string? Voorkeurskanaal);
