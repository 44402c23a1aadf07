using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.SociaalDomein.SocialeKaart.Contracts;
using Nijkerk.SociaalDomein.Vraagverheldering.Hulpvragen;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen.Pages;

/// <summary>
/// The vraag achter de vraag and the hulpvragen with their rolgesprek (zelf, netwerk, voorliggend veld with voorzieningen
/// the sociale kaart suggests for the hulpvraag's leefgebieden, gemeente with expertises); saved as a whole.
/// </summary>
public sealed partial class VraagverhelderingModel
{
    [BindProperty]
    public RolgesprekInvoer Rolgesprek { get; set; } = new();

    /// <summary>Per leefgebied code the voorzieningen the sociale kaart suggests for it.</summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<VoorzieningSuggestie>> Suggesties { get; private set; } =
        new Dictionary<string, IReadOnlyList<VoorzieningSuggestie>>();

    public Task<IActionResult> OnPostRolgesprekAsync(CancellationToken cancellationToken)
    {
        // The command numbers only the hulpvragen kept; its messages go to the form's block of the same hulpvraag.
        var formIndex = Rolgesprek.Hulpvragen.Select((h, i) => (h, i)).Where(x => x.h.Behouden).Select(x => x.i).ToList();
        return VoerUitAsync("rolgesprek",
            () => mediator.Send(new LegRolgesprekVast.Command(Id, Versie, Rolgesprek.VraagAchterDeVraag, Rolgesprek.NaarHulpvragen()), cancellationToken),
            "De hulpvragen en het rolgesprek zijn vastgelegd.", "Rolgesprek.", cancellationToken,
            pad => Regex.Replace(pad, @"^(?i:hulpvragen)\[(\d+)\]", m =>
                $"Hulpvragen[{(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var k && k < formIndex.Count ? formIndex[k] : k)}]",
                RegexOptions.None, TimeSpan.FromSeconds(1)));
    }

    /// <summary>Without JavaScript: shows the page again with suggestions for the leefgebieden just ticked, keeping what was typed.</summary>
    public async Task<IActionResult> OnPostSuggestiesAsync(CancellationToken cancellationToken)
    {
        Gepost = "rolgesprek";
        ModelState.Clear();
        await LaadAsync(cancellationToken);
        return Page();
    }

    private void VulRolgesprek()
    {
        if (Gepost != "rolgesprek")
        {
            Rolgesprek = new RolgesprekInvoer
            {
                VraagAchterDeVraag = Detail.VraagAchterDeVraag,
                Hulpvragen = [.. Detail.Hulpvragen.Select(HulpvraagInvoer.Van)],
            };
        }

        if (Rolgesprek.Hulpvragen.All(h => h.Id is not null))
        {
            Rolgesprek.Hulpvragen.Add(new HulpvraagInvoer());
        }
    }

    private async Task LaadSuggestiesAsync(CancellationToken cancellationToken)
    {
        var suggesties = new Dictionary<string, IReadOnlyList<VoorzieningSuggestie>>();
        foreach (var leefgebied in Rolgesprek.Hulpvragen.SelectMany(h => h.Leefgebieden).Concat(Detail.Hulpvragen.SelectMany(h => h.Leefgebieden ?? []))
                     .Distinct().Where(code => Detail.Leefgebieden.Any(l => l.Code == code)))
        {
            suggesties[leefgebied] = await mediator.Send(new GeefVoorzieningenVoorLeefgebied(leefgebied), cancellationToken);
        }

        Suggesties = suggesties;
    }

    /// <summary>The voorzieningen to offer with one hulpvraag: those suggested for its leefgebieden and those already chosen.</summary>
    internal IReadOnlyList<VoorzieningSuggestie> SuggestiesVoor(HulpvraagInvoer hulpvraag) =>
        [.. hulpvraag.Leefgebieden.SelectMany(l => Suggesties.GetValueOrDefault(l) ?? []).DistinctBy(s => s.Id)];

    internal string NaamVanVoorziening(Guid id) =>
        Suggesties.Values.SelectMany(s => s).FirstOrDefault(s => s.Id == id) is { } s ? $"{s.Naam} ({s.Organisatie})" : "Voorziening op de sociale kaart";

    public sealed class RolgesprekInvoer
    {
        public string? VraagAchterDeVraag { get; set; }

        public List<HulpvraagInvoer> Hulpvragen { get; set; } = [];

        /// <summary>The hulpvragen to keep: a new one left empty and one marked to remove are left out.</summary>
        internal List<Hulpvraag> NaarHulpvragen() =>
        [
            .. Hulpvragen.Where(h => h.Behouden).Select(h => new Hulpvraag(
                h.Id, h.Omschrijving, h.Leefgebieden, Guid.TryParse(h.Betreft, out var betreft) ? betreft : null, h.Zelf, h.Netwerk,
                h.VoorliggendVeld, h.VoorzieningIds, h.Gemeente, h.Expertises)),
        ];
    }

    public sealed class HulpvraagInvoer
    {
        public Guid? Id { get; set; }

        public string? Omschrijving { get; set; }

        public List<string> Leefgebieden { get; set; } = [];

        /// <summary>The network deelnemer it is about, or empty for the inwoner.</summary>
        public string? Betreft { get; set; }

        public string? Zelf { get; set; }

        public string? Netwerk { get; set; }

        public string? VoorliggendVeld { get; set; }

        public List<Guid> VoorzieningIds { get; set; } = [];

        public string? Gemeente { get; set; }

        public List<string> Expertises { get; set; } = [];

        public bool Verwijderen { get; set; }

        internal bool Behouden => !Verwijderen && !IsLeeg;

        internal bool IsLeeg => Id is null && string.IsNullOrWhiteSpace(Omschrijving) && Leefgebieden.Count == 0
            && new[] { Zelf, Netwerk, VoorliggendVeld, Gemeente }.All(string.IsNullOrWhiteSpace) && Expertises.Count == 0;

        internal static HulpvraagInvoer Van(Hulpvraag h) => new()
        {
            Id = h.Id,
            Omschrijving = h.Omschrijving,
            Leefgebieden = [.. h.Leefgebieden ?? []],
            Betreft = h.BetreftDeelnemerId?.ToString(),
            Zelf = h.Zelf,
            Netwerk = h.Netwerk,
            VoorliggendVeld = h.VoorliggendVeld,
            VoorzieningIds = [.. h.VoorzieningIds ?? []],
            Gemeente = h.Gemeente,
            Expertises = [.. h.Expertises ?? []],
        };
    }
}
