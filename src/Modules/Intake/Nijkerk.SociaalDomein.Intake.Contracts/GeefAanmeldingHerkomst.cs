using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Intake.Contracts;

/// <summary>
/// How an aanmelding came in: its kanaal, bron and the moment it was registered, the facts AanmeldingGeregistreerd
/// carries, and nothing about who. Monitoring asks it when it meets a question through a later event (an overdracht, a
/// vraagverheldering, a plan) before it has counted the aanmelding's arrival, which its handler queues allow (ADR 0012),
/// so the question is counted under the same kanaal and bron either way. Null for an aanmelding Intake does not know
/// (any more). Separate from <see cref="GeefAanmeldingKenmerken"/> because an anonymous aanmelding has these facts but
/// no inwoner to name in the audit log; the read is logged all the same.
/// </summary>
[Vereist(IntakeRechten.AanmeldingenLezen)]
[Verwerking("Kanaal, bron en tijdstip van een aanmelding gelezen om te tellen, zonder wie", IntakeDoelen.Intake)]
public sealed record GeefAanmeldingHerkomst(Guid AanmeldingId) : IRequest<AanmeldingHerkomst?>;

/// <summary>The kanaal and bron of the aanmelding and when it was registered (its first contact).</summary>
public sealed record AanmeldingHerkomst(string Kanaal, string Bron, DateTimeOffset GeregistreerdOp);
