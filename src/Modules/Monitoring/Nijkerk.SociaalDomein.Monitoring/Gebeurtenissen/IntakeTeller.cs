using MediatR;
using Nijkerk.SociaalDomein.Monitoring.Boeking;

namespace Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen;

/// <summary>
/// Counts Intake's events, one file per event (When…cs). One handler class for all of them on purpose: a handler is one
/// delivery queue, worked in the order Intake raised them (ADR 0012), so an afhandeling is counted after its aanmelding.
/// No order holds against the other modules' queues (<see cref="OverdrachtTeller"/>, <see cref="RegieTeller"/>,
/// <see cref="WhenVraagverhelderingAfgerond"/>): whichever meets a question first makes its row (<see cref="Boekhouding.VraagAsync"/>).
/// </summary>
internal sealed partial class IntakeTeller(Boekhouding boekhouding);
