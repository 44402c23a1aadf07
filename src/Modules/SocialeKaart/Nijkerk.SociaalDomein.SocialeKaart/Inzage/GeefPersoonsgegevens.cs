using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;
using Nijkerk.SociaalDomein.SocialeKaart.Contracts;

namespace Nijkerk.SociaalDomein.SocialeKaart.Inzage;

/// <summary>SocialeKaart's answer to an inzage: nothing, and why. It reads nothing, so there is nothing to record.</summary>
internal sealed class GeefPersoonsgegevensHandler : IRequestHandler<GeefPersoonsgegevensVanSocialeKaart, PersoonsgegevensVanModule>
{
    public Task<PersoonsgegevensVanModule> Handle(GeefPersoonsgegevensVanSocialeKaart request, CancellationToken cancellationToken) =>
        Task.FromResult(new PersoonsgegevensVanModule(
            "SocialeKaart",
            "De sociale kaart bewaart alleen organisaties, voorzieningen en hun openingstijden. Gegevens van inwoners bewaart zij niet; ook een verwijzing naar een voorziening wordt daar zonder naam geteld.",
            []));
}
