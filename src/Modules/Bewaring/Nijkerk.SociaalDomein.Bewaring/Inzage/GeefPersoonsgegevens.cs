using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;
using Nijkerk.SociaalDomein.Bewaring.Contracts;

namespace Nijkerk.SociaalDomein.Bewaring.Inzage;

/// <summary>Bewaring's answer to an inzage: nothing yet, and why (Inzagevelden.LeesAsync reads rows once it holds some).</summary>
internal sealed class GeefPersoonsgegevensHandler : IRequestHandler<GeefPersoonsgegevensVanBewaring, PersoonsgegevensVanModule>
{
    public Task<PersoonsgegevensVanModule> Handle(GeefPersoonsgegevensVanBewaring request, CancellationToken cancellationToken) =>
        Task.FromResult(new PersoonsgegevensVanModule("Bewaring", "Hier staan de bewaartermijnen en de vernietigingslijsten. Een lijst telt dossiers per soort en per maand, zonder namen. " +
            "Staat uw dossier op een lijst die nog wordt beoordeeld, dan kent deze module het alleen als nummer, tot de vernietiging.", []));
}
