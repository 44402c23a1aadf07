using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

/// <summary>
/// Vraagverheldering's history for a rebuild of Monitoring: the events it raised that Monitoring counts (VraagverhelderingAfgerond),
/// each with its original EventId and OccurredAt, in the order Vraagverheldering raised them, one page of at most <paramref name="Aantal"/>
/// (≤ 5,000) after <paramref name="Na"/> (0 for the start; then <see cref="Geschiedenis.Volgende"/>).
/// Read from Vraagverheldering's outbox, not rebuilt from its tables: the EventId, which the receivers' inboxes recorded, is kept nowhere else; and the event is what the professional confirmed at the afronding (scores, hulpvragen, expertises, samenstelling, uitkomst, samenvatting) in one piece, where the tables spread it over several rows that follow the inwoner.
/// It carries nothing beyond what the events carried. The functioneel beheerder (who rebuilds) and the system hold the right.
/// </summary>
[Vereist(Rechten.GebeurtenissenBeheren)]
[Verwerking("Gebeurtenissen van vraagverhelderingen opnieuw gelezen om de cijfers van Monitoring te herbouwen", VraagverhelderingDoelen.Vraagverheldering)]
public sealed record GeefVraagverhelderingGeschiedenis(long Na = 0, int Aantal = 1_000) : IRequest<Geschiedenis>;
