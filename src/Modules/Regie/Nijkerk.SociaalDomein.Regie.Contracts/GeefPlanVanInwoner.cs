using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Regie.Contracts;

/// <summary>
/// The open ondersteuningsplan of the huishouden the inwoner belongs to, with its regisseur; null when there is none.
/// The regisseur is the inwoner's aanspreekpunt, before any vakspecialist (één huishouden, één plan, één regisseur).
/// </summary>
[Vereist(RegieRechten.PlannenLezen)]
[Verwerking("Ondersteuningsplan van de inwoner ingezien", RegieDoelen.Regie)]
public sealed record GeefPlanVanInwoner(Guid InwonerId) : IRequest<PlanVanInwoner?>, IBetreftPersoon;

/// <summary>An open plan: its status, since when, and who the regisseur is and how to reach him.</summary>
public sealed record PlanVanInwoner(Guid Id, string Status, DateTimeOffset GestartOp, string Regisseur, string? RegisseurTelefoon);
