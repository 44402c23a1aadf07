using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Overdracht.Contracts;

/// <summary>
/// Overdracht's history for a rebuild of Monitoring: the events it raised that Monitoring counts (OverdrachtAangeboden, OverdrachtGeaccepteerd, OverdrachtTeruggelegd, OverdrachtVerlopen, OverdrachtAfgerond, RegisseurGevraagd),
/// each with its original EventId and OccurredAt, in the order Overdracht raised them, one page of at most <paramref name="Aantal"/>
/// (≤ 5,000) after <paramref name="Na"/> (0 for the start; then <see cref="Geschiedenis.Volgende"/>).
/// Read from Overdracht's outbox, not rebuilt from its tables: the EventId, which the receivers' inboxes recorded, is kept nowhere else; overdracht.overdracht_stap has the steps, but a sluitingsdag added later moves an overdracht's verloopt_op (the term OverdrachtAangeboden carried is gone), a heropend overdracht's row loses its outcome, and RegisseurGevraagd (which overdrachten were asked together) is kept in no table of Overdracht.
/// It carries nothing beyond what the events carried. The functioneel beheerder (who rebuilds) and the system hold the right.
/// </summary>
[Vereist(Rechten.GebeurtenissenBeheren)]
[Verwerking("Gebeurtenissen van overdrachten opnieuw gelezen om de cijfers van Monitoring te herbouwen", OverdrachtDoelen.Overdracht)]
public sealed record GeefOverdrachtGeschiedenis(long Na = 0, int Aantal = 1_000) : IRequest<Geschiedenis>;
