using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Overdracht.Contracts;

/// <summary>
/// Who, from the overdrachten, is the inwoner's aanspreekpunt: the one who accepted his most recent running overdracht,
/// or null when none is accepted. A regisseur with a plan comes before him; the caller (Intake's overzicht) decides that.
/// </summary>
[Vereist(OverdrachtRechten.Lezen)]
[Verwerking("Aanspreekpunt van de inwoner ingezien", OverdrachtDoelen.Overdracht)]
public sealed record GeefAanspreekpuntVanInwoner(Guid InwonerId) : IRequest<AanspreekpuntUitOverdracht?>, IBetreftPersoon;

/// <summary>
/// The aanspreekpunt: his name and phone number, his team (code and name), the staff account when he is a vakspecialist
/// (null for a partner's contact person), the partner organisation if any, and since when.
/// </summary>
public sealed record AanspreekpuntUitOverdracht(
    Guid OverdrachtId, string Naam, string? Telefoon, string TeamCode, string TeamNaam, string? MedewerkerId,
    string? PartnerOrganisatie, DateTimeOffset Sinds);
