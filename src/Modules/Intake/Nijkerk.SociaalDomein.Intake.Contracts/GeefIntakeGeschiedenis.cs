using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Intake.Contracts;

/// <summary>
/// Intake's history for a rebuild of Monitoring: the events it raised that Monitoring counts (AanmeldingGeregistreerd, AanmeldingAfgehandeld, AanmeldingDoorgezet, CrisisGemeld, AanmeldingGerouteerd),
/// each with its original EventId and OccurredAt, in the order Intake raised them, one page of at most <paramref name="Aantal"/>
/// (≤ 5,000) after <paramref name="Na"/> (0 for the start; then <see cref="Geschiedenis.Volgende"/>).
/// Read from Intake's outbox, not rebuilt from its tables: the EventId, which the receivers' inboxes recorded, is kept nowhere else, so an event rebuilt from intake.aanmelding would be counted again at a later delivery; and that row holds the aanmelding as it is now (one status, the inwoner after a samenvoeging), where the event holds it as it was.
/// It carries nothing beyond what the events carried. The functioneel beheerder (who rebuilds) and the system hold the right.
/// </summary>
[Vereist(Rechten.GebeurtenissenBeheren)]
[Verwerking("Gebeurtenissen van aanmeldingen opnieuw gelezen om de cijfers van Monitoring te herbouwen", IntakeDoelen.Intake)]
public sealed record GeefIntakeGeschiedenis(long Na = 0, int Aantal = 1_000) : IRequest<Geschiedenis>;
