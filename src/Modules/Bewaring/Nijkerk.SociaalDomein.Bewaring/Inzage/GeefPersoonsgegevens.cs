using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;
using Nijkerk.SociaalDomein.Bewaring.Contracts;

namespace Nijkerk.SociaalDomein.Bewaring.Inzage;

/// <summary>Bewaring's answer to an inzage: nothing yet, and why (Inzagevelden.LeesAsync reads rows once it holds some).</summary>
internal sealed class GeefPersoonsgegevensHandler : IRequestHandler<GeefPersoonsgegevensVanBewaring, PersoonsgegevensVanModule>
{
    public Task<PersoonsgegevensVanModule> Handle(GeefPersoonsgegevensVanBewaring request, CancellationToken cancellationToken) =>
        Task.FromResult(new PersoonsgegevensVanModule("Bewaring", "Bewaring bewaart geen gegevens van inwoners.", []));
}
