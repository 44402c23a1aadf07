using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;
using Nijkerk.SociaalDomein.Voorbeeld.Contracts;

namespace Nijkerk.SociaalDomein.Voorbeeld.Inzage;

/// <summary>Voorbeeld's answer to an inzage: nothing yet, and why (Inzagevelden.LeesAsync reads rows once it holds some).</summary>
internal sealed class GeefPersoonsgegevensHandler : IRequestHandler<GeefPersoonsgegevensVanVoorbeeld, PersoonsgegevensVanModule>
{
    public Task<PersoonsgegevensVanModule> Handle(GeefPersoonsgegevensVanVoorbeeld request, CancellationToken cancellationToken) =>
        Task.FromResult(new PersoonsgegevensVanModule("Voorbeeld", "Voorbeeld bewaart geen gegevens van inwoners.", []));
}
