namespace Nijkerk.SociaalDomein.Intake.Inwoners.Pages;

/// <summary>The person's fields as the registration and edit forms post them; the commands check them.</summary>
public sealed class Persoonsvelden
{
    public string? Voornamen { get; set; }

    public string? Voorvoegsel { get; set; }

    public string? Achternaam { get; set; }

    public DateOnly? Geboortedatum { get; set; }

    public string? Straat { get; set; }

    public int? Huisnummer { get; set; }

    public string? HuisnummerToevoeging { get; set; }

    public string? Postcode { get; set; }

    public string? Woonplaats { get; set; }

    public string? Kern { get; set; }

    public string? Telefoon { get; set; }

    public string? Email { get; set; }

    public string? Voorkeurskanaal { get; set; }

    public string? Taal { get; set; }

    public string? Ondersteuningsbehoefte { get; set; }

    public string? Bsn { get; set; }

    internal static Persoonsvelden Van(GeefInwoner.Inwoner i) => new()
    {
        Voornamen = i.Voornamen,
        Voorvoegsel = i.Voorvoegsel,
        Achternaam = i.Achternaam,
        Geboortedatum = i.Geboortedatum,
        Straat = i.Straat,
        Huisnummer = i.Huisnummer,
        HuisnummerToevoeging = i.HuisnummerToevoeging,
        Postcode = i.Postcode,
        Woonplaats = i.Woonplaats,
        Kern = i.Kern,
        Telefoon = i.Telefoon,
        Email = i.Email,
        Voorkeurskanaal = i.Voorkeurskanaal,
        Taal = i.Taal,
        Ondersteuningsbehoefte = i.Ondersteuningsbehoefte,
    };

    internal RegistreerInwoner.Command NaarRegistratie(bool nieuwOndanksGelijkenis) => new(
        Voornamen, L(Voorvoegsel), Achternaam, Geboortedatum, L(Straat), Huisnummer, L(HuisnummerToevoeging), L(Postcode), L(Woonplaats), L(Bsn),
        L(Kern), L(Telefoon), L(Email), L(Voorkeurskanaal), L(Taal), L(Ondersteuningsbehoefte), nieuwOndanksGelijkenis);

    internal WijzigInwoner.Command NaarWijziging(Guid id, int versie) => new(
        id, versie, Voornamen, L(Voorvoegsel), Achternaam, Geboortedatum, L(Straat), Huisnummer, L(HuisnummerToevoeging), L(Postcode), L(Woonplaats),
        L(Kern), L(Telefoon), L(Email), L(Voorkeurskanaal), L(Taal), L(Ondersteuningsbehoefte), L(Bsn));

    private static string? L(string? waarde) => InwonerRegels.Leeg(waarde);

    /// <summary>The kern as a choice: the three kernen, or empty for someone who lives elsewhere.</summary>
    internal static IReadOnlyDictionary<string, string> Kernen { get; } = InwonerRegels.Kernen.ToDictionary(k => k, k => k);
}
