using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Monitoring.Kerncijfers;

/// <summary>The kerncijfers of a period under a filter, summed from the cube per day and suppressed (ADR 0023).</summary>
internal static partial class GeefKerncijfers
{
    [Vereist(MonitoringRechten.Lezen)]
    [GeenPersoonsgegevens]
    public sealed record Query(KerncijferFilter Filter) : IRequest<Kerncijfers>;
}
