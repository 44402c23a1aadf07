using System.Text;

namespace Nijkerk.SociaalDomein.Monitoring.Kerncijfers;

/// <summary>
/// One table as CSV the way Dutch Excel opens it: a semicolon between fields, Dutch headers, each cell as a person reads it
/// (a decimal comma, "&lt; 5" where suppressed), the total as the last line. Only what the API shows: the cells are
/// already suppressed.
/// </summary>
internal static class KerncijfersCsv
{
    public static string Van(Tabel tabel)
    {
        var csv = new StringBuilder();
        Regel(csv, "Code", "Omschrijving", "Waarde");
        foreach (var rij in tabel.Rijen)
        {
            Regel(csv, rij.Code, rij.Label, rij.Waarde.Tekst);
        }

        if (tabel.Totaal is { } totaal)
        {
            Regel(csv, "totaal", "Totaal", totaal.Tekst);
        }

        if (tabel.Toelichting is { } toelichting)
        {
            Regel(csv, "toelichting", toelichting, "");
        }

        return csv.ToString();
    }

    private static void Regel(StringBuilder csv, params string[] velden) =>
        csv.Append(string.Join(';', velden.Select(Veld))).Append("\r\n");

    /// <summary>Quoted where it holds a separator, a quote or a line break; a leading = + - @ is kept from becoming a formula.</summary>
    private static string Veld(string waarde)
    {
        if (waarde.Length > 0 && "=+-@".Contains(waarde[0], StringComparison.Ordinal) && !decimal.TryParse(waarde.Replace(',', '.'), System.Globalization.NumberStyles.Any, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            waarde = "'" + waarde;
        }

        return waarde.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + waarde.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : waarde;
    }
}
