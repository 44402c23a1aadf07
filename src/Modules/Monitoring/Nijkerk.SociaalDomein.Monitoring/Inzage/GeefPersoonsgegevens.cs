using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;
using Nijkerk.SociaalDomein.Monitoring.Contracts;

namespace Nijkerk.SociaalDomein.Monitoring.Inzage;

/// <summary>Monitoring's answer to an inzage: nothing, and why. It reads nothing, so there is nothing to record.</summary>
internal sealed class GeefPersoonsgegevensHandler : IRequestHandler<GeefPersoonsgegevensVanMonitoring, PersoonsgegevensVanModule>
{
    public Task<PersoonsgegevensVanModule> Handle(GeefPersoonsgegevensVanMonitoring request, CancellationToken cancellationToken) =>
        Task.FromResult(new PersoonsgegevensVanModule(
            "Monitoring",
            "Monitoring bewaart alleen aantallen en doorlooptijden, zonder namen of andere gegevens waarmee u te herkennen bent. Over u persoonlijk bewaart zij niets.",
            []));
}
