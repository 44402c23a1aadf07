using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Monitoring.Boeking;

namespace Nijkerk.SociaalDomein.Monitoring.Gebeurtenissen;

/// <summary>
/// Counts Overdracht's events, one file per event (When…cs), in one queue so they are counted in the order Overdracht
/// raised them: an acceptance after its offer, whose term it is measured against (see <see cref="IntakeTeller"/>).
/// </summary>
internal sealed partial class OverdrachtTeller(CommandSession session, Boekhouding boekhouding);
