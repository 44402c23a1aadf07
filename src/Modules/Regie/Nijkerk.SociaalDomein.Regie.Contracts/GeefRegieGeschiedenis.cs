using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Regie.Contracts;

/// <summary>
/// Regie's history for a rebuild of Monitoring: the events it raised that Monitoring counts (PlanGestart, RegisseurToegewezen, PlanGeescaleerd, IjsbrekerBudgetBesteed, PlanAfgesloten),
/// each with its original EventId and OccurredAt, in the order Regie raised them, one page of at most <paramref name="Aantal"/>
/// (≤ 5,000) after <paramref name="Na"/> (0 for the start; then <see cref="Geschiedenis.Volgende"/>).
/// Read from Regie's outbox, not rebuilt from its tables: the EventId, which the receivers' inboxes recorded, is kept nowhere else; and the household's members, the plan's scores and an escalation's spending move on after the moment the event tells, where the event keeps that moment's members, start scores and amount.
/// It carries nothing beyond what the events carried. The functioneel beheerder (who rebuilds) and the system hold the right.
/// </summary>
[Vereist(Rechten.GebeurtenissenBeheren)]
[Verwerking("Gebeurtenissen van plannen opnieuw gelezen om de cijfers van Monitoring te herbouwen", RegieDoelen.Regie)]
public sealed record GeefRegieGeschiedenis(long Na = 0, int Aantal = 1_000) : IRequest<Geschiedenis>;
