using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Monitoring.Boeking;

namespace Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen;

/// <summary>
/// Counts Intake's events, one file per event (When…cs). One handler class for all of them on purpose: a handler is one
/// delivery queue, worked in the order Intake raised them (ADR 0012), so the aanmelding is always counted, with its
/// dimensions, before anything that happens to it; with a handler per event an afhandeling could overtake it and be
/// counted under "onbekend".
/// </summary>
internal sealed partial class IntakeTeller(CommandSession session, Boekhouding boekhouding, IMediator mediator);
