using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Overdracht;

/// <summary>
/// Whether the calling partner organisation holds the inwoner's valid toestemming (recorded, not withdrawn, not past
/// <c>geldigTot</c>) to receive this kind of data (<c>samenvatting</c> or <c>contactgegevens</c>). Intake asks it before
/// it tells a partner how to reach the inwoner: the toestemming is the only ground on which a partner reads that.
/// Staff and the system are not partners: for them the answer is false, as they need no toestemming.
/// </summary>
[Vereist(OverdrachtRechten.Lezen)]
[Verwerking("Toestemming van de inwoner voor de partner gecontroleerd", OverdrachtDoelen.Overdracht)]
public sealed record HeeftToestemmingVoor(Guid InwonerId, string Gegevens) : IRequest<bool>, IBetreftPersoon;
