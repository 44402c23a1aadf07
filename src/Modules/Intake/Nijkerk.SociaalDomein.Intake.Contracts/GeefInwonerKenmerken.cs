using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Intake.Contracts;

/// <summary>
/// The name staff call an inwoner by, his date of birth (to tell two of one name apart) and the kern he lives in, for a
/// module's werkvoorraad or a household's members; null for an unknown id. Nothing else: a module that needs more asks
/// for more under its own purpose.
/// </summary>
[Vereist(IntakeRechten.InwonersLezen)]
[Verwerking("Naam en kern van de inwoner opgevraagd voor een werkvoorraad", IntakeDoelen.Intake)]
public sealed record GeefInwonerKenmerken(Guid InwonerId) : IRequest<InwonerKenmerken?>, IBetreftPersoon;

/// <summary>The inwoner's display name (voornamen, voorvoegsel, achternaam), kern (null when unknown) and date of birth.</summary>
public sealed record InwonerKenmerken(Guid InwonerId, string Naam, string? Kern, DateOnly Geboortedatum);
