using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Monitoring.Boeking;

namespace Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen;

/// <summary>
/// Counts Overdracht's events, one file per event (When…cs), in one queue so they are counted in the order Overdracht
/// raised them: an acceptance after its offer, whose term it is measured against (see <see cref="IntakeTeller"/>). The
/// question's arrival may not be counted yet (another queue): each handler asks <see cref="Boekhouding.VraagAsync"/>.
/// </summary>
internal sealed partial class OverdrachtTeller(CommandSession session, Boekhouding boekhouding);
