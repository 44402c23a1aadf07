using System.Collections;
using System.Globalization;
using Dapper;
using Npgsql;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;

/// <summary>
/// How a module writes what it holds for an inzage: a field as the inwoner reads it, whatever its type in the database.
/// Times in Dutch time, dates written out, yes/no, lists joined; an empty value stays null, so the letter can leave it out.
/// </summary>
public static class Inzagevelden
{
    private static readonly CultureInfo Nl = new("nl-NL");

    public static Gegevensveld Veld(string naam, object? waarde) => new(naam, Tekst(waarde));

    public static Gegevensonderdeel Onderdeel(string soort, Guid? id, string titel, params Gegevensveld[] velden) => new(soort, id, titel, velden);

    /// <summary>
    /// Reads every row of every source, each column a field: a column a later migration adds shows up in the inzage
    /// without anyone remembering it. Each source's SQL selects the rows of the inwoners in <c>@Ids</c> (uuid[]),
    /// one statement per source, all in one round trip. A column <c>id</c> becomes the onderdeel's id.
    /// </summary>
    public static async Task<IReadOnlyList<Gegevensonderdeel>> LeesAsync(
        NpgsqlConnection connection, IReadOnlyList<Guid> inwonerIds, params Inzagebron[] bronnen)
    {
        var onderdelen = new List<Gegevensonderdeel>();
        await using var results = await connection.QueryMultipleAsync(
            string.Join(";\n", bronnen.Select(b => b.Sql)), new { Ids = inwonerIds.ToArray() });
        foreach (var bron in bronnen)
        {
            foreach (var rij in (await results.ReadAsync()).Cast<IDictionary<string, object?>>())
            {
                onderdelen.Add(UitRij(bron, rij));
            }
        }

        return onderdelen;
    }

    private static Gegevensonderdeel UitRij(Inzagebron bron, IDictionary<string, object?> rij)
    {
        var id = rij.TryGetValue("id", out var waarde) && waarde is Guid guid ? guid : (Guid?)null;
        return new Gegevensonderdeel(bron.Soort, id, bron.Titel,
            [.. rij.Where(k => k.Key != "id").Select(k => Veld(Naam(k.Key), k.Value is DBNull ? null : k.Value))]);
    }

    /// <summary>A column's name as a label: <c>huisnummer_toevoeging</c> is "Huisnummer toevoeging".</summary>
    public static string Naam(string kolom)
    {
        var woorden = kolom.Replace('_', ' ');
        return woorden.Length == 0 ? woorden : char.ToUpperInvariant(woorden[0]) + woorden[1..];
    }

    public static string? Tekst(object? waarde) => waarde switch
    {
        null => null,
        string tekst => string.IsNullOrWhiteSpace(tekst) ? null : tekst,
        DateTimeOffset tijd => Weergave.Tijdstip(tijd),
        // A timestamptz reads as UTC; a date as a DateTime of unspecified kind at midnight.
        DateTime { Kind: DateTimeKind.Utc } tijd => Weergave.Tijdstip(new DateTimeOffset(tijd)),
        DateTime datum => DateOnly.FromDateTime(datum).ToString("d MMMM yyyy", Nl),
        DateOnly datum => datum.ToString("d MMMM yyyy", Nl),
        bool waar => waar ? "ja" : "nee",
        decimal bedrag => bedrag.ToString("C", Nl),
        IEnumerable lijst => lijst.Cast<object?>().Select(Tekst).Where(t => t is not null).ToList() is { Count: > 0 } teksten
            ? string.Join(", ", teksten)
            : null,
        IFormattable getal => getal.ToString(null, Nl),
        _ => waarde.ToString(),
    };
}

/// <summary>One source of an inzage: the kind of thing, the title each row gets, and the SQL that selects the rows (<c>@Ids</c>).</summary>
public sealed record Inzagebron(string Soort, string Titel, string Sql);
