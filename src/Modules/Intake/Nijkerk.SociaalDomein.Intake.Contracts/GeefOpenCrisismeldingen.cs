using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Intake.Contracts;

/// <summary>
/// The crisis aanmeldingen nobody has taken yet, oldest first, and who is on duty now: for the banner at the top of
/// every loket screen. It names no person (no vraag, no inwoner): the banner is on every screen, also in view of others.
/// </summary>
[Vereist(IntakeRechten.AanmeldingenBehandelen)]
[GeenPersoonsgegevens]
public sealed record GeefOpenCrisismeldingen : IRequest<Crisisoverzicht>;

/// <summary>
/// The untaken crisis aanmeldingen and the dienstdoenden of this moment (empty when none is set), and when the next
/// dienst begins or ends (null when none is planned): until then the banner changes only when a command changes it.
/// </summary>
public sealed record Crisisoverzicht(IReadOnlyList<Crisismelding> Meldingen, IReadOnlyList<Dienstdoende> Dienst, DateTimeOffset? VolgendeDienstwissel = null);

/// <summary>One crisis aanmelding: how and since when it came in (kanaal and bron as staff read them, e.g. "Telefoon").</summary>
public sealed record Crisismelding(Guid AanmeldingId, string Kanaal, string Bron, DateTimeOffset GeregistreerdOp);

/// <summary>Who is on duty for crises, how to reach him, and until when.</summary>
public sealed record Dienstdoende(string Naam, string Telefoon, DateTimeOffset Tot);
