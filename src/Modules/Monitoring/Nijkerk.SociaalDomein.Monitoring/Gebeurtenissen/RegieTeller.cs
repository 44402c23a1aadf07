using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Monitoring.Boeking;

namespace Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen;

/// <summary>
/// Counts Regie's events, one file per event (When…cs), in one queue so they are counted in the order Regie raised them:
/// an escalation, a budget or a close after the plan's start (see <see cref="IntakeTeller"/>), which found the plan's
/// question whether or not the other queues had counted it yet (see the PlanGestart handler).
/// </summary>
internal sealed partial class RegieTeller(CommandSession session, Boekhouding boekhouding, IMediator mediator);
