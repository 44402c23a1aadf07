using Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;

namespace Nijkerk.SociaalDomein.SocialeKaart.Uitwisseling;

internal sealed partial class Importbestand
{
    internal sealed record Schema(Guid Id, IReadOnlyList<OpeningstijdRij> Openingstijden, SluitingsdagRij? Sluitingsdag)
    {
        public Guid VoorzieningId => Sluitingsdag?.VoorzieningId ?? Openingstijden[0].VoorzieningId;
    }

    private Schema? LeesSchema(HsdsSchedule t, List<string> fouten)
    {
        var id = VerplichteId(t.Id, fouten);
        var koppeling = Uuid(t.ServiceAtLocationId) is { } k && koppelingIds.TryGetValue(k, out var gevonden) ? gevonden : null;
        if (t.ServiceAtLocationId is not null && koppeling is null)
        {
            fouten.Add("service_at_location_id verwijst naar geen service_at_location in dit bestand.");
        }

        var voorziening = t.ServiceId is null && koppeling is not null ? koppeling.VoorzieningId : DienstInBestand(t.ServiceId, fouten);
        var locatie = t.LocationId is null
            ? koppeling?.LocatieId
            : Verwijzing(t.LocationId, "location_id", locatiesInBestand, bestaand.Locaties.Select(l => l.Id), fouten);
        var soorten = Hsds.Codes(t.Attributes, Hsds.Bereikbaarheid).ToList();
        if (soorten.Count != 1 || !(Keuzes.Openingssoorten.Contains(soorten[0]) || soorten[0] == Hsds.Gesloten))
        {
            fouten.Add($"Geef precies één soort (attribuut {Hsds.Bereikbaarheid}) uit: {string.Join(", ", Keuzes.Openingssoorten)} of {Hsds.Gesloten}.");
            return null;
        }

        if (soorten[0] == Hsds.Gesloten)
        {
            var datum = Datum(t.ValidFrom, "valid_from", fouten);
            if (datum is null)
            {
                fouten.Add("Een sluitingsdag heeft een datum in valid_from.");
            }
            else if (t.ValidTo is not null && t.ValidTo != t.ValidFrom)
            {
                fouten.Add("Een sluitingsdag is één dag: valid_to gelijk aan valid_from.");
            }
            else if (voorziening is not null && !sluitingsdagen.Add((voorziening.Value, datum.Value)))
            {
                fouten.Add("Deze service heeft deze sluitingsdag al in het bestand.");
            }

            var omschrijving = Tekst(t.Description, "description", 200, fouten);
            return fouten.Count > 0 || id is null || voorziening is null ? null
                : new Schema(id.Value, [], new SluitingsdagRij(voorziening.Value, datum!.Value, omschrijving!));
        }

        if (t.Freq != "WEEKLY")
        {
            fouten.Add("Alleen wekelijkse schema's worden ondersteund: freq WEEKLY.");
        }

        var dagen = (t.Byday ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (dagen.Length == 0 || dagen.Any(d => !Hsds.Dagen.Contains(d)))
        {
            fouten.Add($"byday noemt de dagen, gescheiden door komma's, uit: {string.Join(",", Hsds.Dagen)}.");
        }

        var van = Tijd(t.OpensAt, "opens_at", fouten);
        var tot = Tijd(t.ClosesAt, "closes_at", fouten);
        if (van is not null && tot is not null && tot <= van)
        {
            fouten.Add("closes_at ligt niet na opens_at.");
        }

        if (fouten.Count > 0 || id is null || voorziening is null)
        {
            return null;
        }

        var weekdagen = dagen.Distinct().Select(d => Array.IndexOf(Hsds.Dagen, d) + 1).Order().ToList();
        return new Schema(id.Value,
            [.. weekdagen.Select(d => new OpeningstijdRij(
                weekdagen.Count == 1 ? id.Value : Hsds.AfgeleideId(id.Value, "dag:" + d), voorziening.Value, locatie, d, van!.Value, tot!.Value, soorten[0]))],
            null);
    }

    private Guid? DienstInBestand(string? waarde, List<string> fouten)
    {
        var id = Uuid(waarde);
        if (id is null || !voorzieningenInBestand.Contains(id.Value))
        {
            fouten.Add("service_id verwijst naar geen service in dit bestand; locaties en schema's reizen mee met hun service.");
            return null;
        }

        return id;
    }
}
