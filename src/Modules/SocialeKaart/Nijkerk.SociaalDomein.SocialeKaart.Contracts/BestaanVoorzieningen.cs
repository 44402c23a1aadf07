using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.SocialeKaart.Contracts;

/// <summary>
/// Which of these voorziening ids are on the sociale kaart and not archived; answers those that are, so a module
/// that stores a pointer to a voorziening can refuse the others.
/// </summary>
[Vereist(SocialeKaartRechten.Lezen)]
[GeenPersoonsgegevens]
public sealed record BestaanVoorzieningen(IReadOnlyList<Guid> Ids) : IRequest<IReadOnlySet<Guid>>;
