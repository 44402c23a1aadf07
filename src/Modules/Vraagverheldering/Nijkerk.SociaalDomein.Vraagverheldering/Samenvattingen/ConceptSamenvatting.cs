using System.Text;
using Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Samenvattingen;

/// <summary>
/// Drafts the samenvatting from what was recorded (the aanleiding, the leefgebieden with their scores, the hulpvragen
/// with their rolgesprek, the expertises), in plain Dutch the inhabitant can be given; the professional edits it.
/// </summary>
internal static class ConceptSamenvatting
{
    public static string Van(GeefVraagverheldering.Detail v)
    {
        var tekst = new StringBuilder();
        tekst.AppendLine($"Vraag: {v.Vraag}");
        if (v.Gesprek?.Aanleiding is { } aanleiding)
        {
            tekst.AppendLine($"Aanleiding: {aanleiding}");
        }

        if (v.VraagAchterDeVraag is { } achter)
        {
            tekst.AppendLine($"Vraag achter de vraag: {achter}");
        }

        var labels = v.Methode.Schaal.ToDictionary(s => s.Waarde, s => s.Label);
        var gescoord = v.Leefgebieden.Where(l => l.Score is not null).ToList();
        if (gescoord.Count > 0)
        {
            tekst.AppendLine().AppendLine($"Leefgebieden ({v.Methode.Naam}):");
            foreach (var l in gescoord)
            {
                var label = labels.TryGetValue(l.Score!.Value, out var naam) ? $" {naam.ToLowerInvariant()}" : "";
                tekst.AppendLine($"- {l.Naam}: {l.Score}{label}{(l.Toelichting is null ? "" : $". {l.Toelichting}")}");
            }
        }

        if (v.Hulpvragen.Count > 0)
        {
            tekst.AppendLine().AppendLine("Hulpvragen en wie wat doet:");
            foreach (var h in v.Hulpvragen)
            {
                tekst.AppendLine($"- {h.Omschrijving}");
                Deel(tekst, "De inwoner zelf", h.Zelf);
                Deel(tekst, "Het netwerk", h.Netwerk);
                Deel(tekst, "Het voorliggend veld", h.VoorliggendVeld);
                Deel(tekst, "De gemeente", h.Gemeente);
            }
        }

        if (v.Expertises.Count > 0)
        {
            tekst.AppendLine().Append($"Nodige expertises: {string.Join(", ", v.Expertises)}");
            tekst.AppendLine(v.Samenstelling is null ? "." : $" ({v.Samenstelling}).");
        }

        return tekst.ToString().TrimEnd();
    }

    private static void Deel(StringBuilder tekst, string wie, string? wat)
    {
        if (wat is not null)
        {
            tekst.AppendLine($"  {wie}: {wat}");
        }
    }
}
