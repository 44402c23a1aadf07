using System.Globalization;

namespace Nijkerk.SociaalDomein.SocialeKaart.Uitwisseling;

internal sealed partial class Importbestand
{
    private static Guid? Verwijzing(string? waarde, string veld, HashSet<Guid> inBestand, IEnumerable<Guid> inDatabase, List<string> fouten)
    {
        var id = Uuid(waarde);
        if (id is null || !(inBestand.Contains(id.Value) || inDatabase.Contains(id.Value)))
        {
            fouten.Add($"{veld} verwijst naar iets dat niet in het bestand en niet op de sociale kaart staat.");
            return null;
        }

        return id;
    }

    private static Guid? VerplichteId(string? waarde, List<string> fouten)
    {
        var id = Uuid(waarde);
        if (id is null)
        {
            fouten.Add("id ontbreekt of is geen uuid.");
        }

        return id;
    }

    private static Guid? Uuid(string? waarde) => Guid.TryParse(waarde, out var id) && id != Guid.Empty ? id : null;

    private static string? Tekst(string? waarde, string veld, int maximum, List<string> fouten)
    {
        var tekst = Leeg(waarde);
        if (tekst is null)
        {
            fouten.Add($"{veld} ontbreekt.");
        }
        else if (tekst.Length > maximum)
        {
            fouten.Add($"{veld} is langer dan {maximum} tekens.");
        }

        return tekst;
    }

    private static string? Leeg(string? waarde) => string.IsNullOrWhiteSpace(waarde) ? null : waarde.Trim();

    private static DateOnly? Datum(string? waarde, string veld, List<string> fouten)
    {
        if (waarde is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(waarde, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
        {
            return datum;
        }

        fouten.Add($"{veld} is geen datum (JJJJ-MM-DD).");
        return null;
    }

    private static TimeOnly? Tijd(string? waarde, string veld, List<string> fouten)
    {
        if (TimeOnly.TryParseExact(waarde, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var tijd))
        {
            return tijd;
        }

        fouten.Add($"{veld} is geen tijd (UU:MM, Nederlandse tijd).");
        return null;
    }
}
