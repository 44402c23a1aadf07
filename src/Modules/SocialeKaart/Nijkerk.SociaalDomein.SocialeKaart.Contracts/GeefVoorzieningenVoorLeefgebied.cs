using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.SocialeKaart.Contracts;

/// <summary>
/// Help on the sociale kaart for one leefgebied (a code of the zelfredzaamheid method, e.g. "financien"), for
/// Intake and Vraagverheldering to suggest: the free and voluntary help first, so the desk can afschalen.
/// </summary>
[Vereist(SocialeKaartRechten.Lezen)]
[GeenPersoonsgegevens]
public sealed record GeefVoorzieningenVoorLeefgebied(string Leefgebied, int Maximum = 10) : IRequest<IReadOnlyList<VoorzieningSuggestie>>;

/// <summary>One suggested voorziening.</summary>
public sealed record VoorzieningSuggestie(Guid Id, string Naam, string Organisatie, string Soort, bool Kosteloos);
