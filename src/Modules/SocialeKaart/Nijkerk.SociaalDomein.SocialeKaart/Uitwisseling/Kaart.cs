using System.Globalization;
using Dapper;
using Npgsql;

namespace Nijkerk.SociaalDomein.SocialeKaart.Uitwisseling;

internal sealed record OrganisatieRij(
    Guid Id, string Naam, string? Omschrijving, string? Telefoon, string? Email, string? Website, DateOnly LaatstGecontroleerd, bool Gearchiveerd);

internal sealed record VoorzieningRij(
    Guid Id, Guid OrganisatieId, string Naam, string Omschrijving, string[] Leefgebieden, string[] Themas, string[] Doelgroepen, bool Kosteloos,
    string Soort, string? Aanvragen, bool VerwijzingNodig, DateOnly LaatstGecontroleerd, bool Gearchiveerd)
{
    /// <summary>Same facts; the arrays compared by their contents, as a record compares them by reference.</summary>
    public bool Gelijk(VoorzieningRij ander) =>
        this with { Leefgebieden = null!, Themas = null!, Doelgroepen = null! } == ander with { Leefgebieden = null!, Themas = null!, Doelgroepen = null! }
        && Leefgebieden.SequenceEqual(ander.Leefgebieden) && Themas.SequenceEqual(ander.Themas) && Doelgroepen.SequenceEqual(ander.Doelgroepen);
}

internal sealed record LocatieRij(Guid Id, Guid OrganisatieId, string Naam, string? Straat, string? Huisnummer, string? Postcode, string Plaats, string Kern);

internal sealed record KoppelingRij(Guid VoorzieningId, Guid LocatieId);

internal sealed record OpeningstijdRij(Guid Id, Guid VoorzieningId, Guid? LocatieId, int Weekdag, TimeOnly Van, TimeOnly Tot, string Soort);

internal sealed record SluitingsdagRij(Guid VoorzieningId, DateOnly Datum, string Omschrijving);

/// <summary>The whole sociale kaart as rows: what an export writes and what an import compares the file with.</summary>
internal sealed record Kaart(
    IReadOnlyList<OrganisatieRij> Organisaties, IReadOnlyList<VoorzieningRij> Voorzieningen, IReadOnlyList<LocatieRij> Locaties,
    IReadOnlyList<KoppelingRij> Koppelingen, IReadOnlyList<OpeningstijdRij> Openingstijden, IReadOnlyList<SluitingsdagRij> Sluitingsdagen)
{
    private const string Sql = """
        select id as Id, naam as Naam, omschrijving as Omschrijving, telefoon as Telefoon, email as Email, website as Website,
               laatst_gecontroleerd as LaatstGecontroleerd, gearchiveerd_op is not null as Gearchiveerd
        from sociale_kaart.organisatie order by naam, id;
        select id as Id, organisatie_id as OrganisatieId, naam as Naam, omschrijving as Omschrijving, leefgebieden as Leefgebieden, themas as Themas,
               doelgroepen as Doelgroepen, kosteloos as Kosteloos, soort as Soort, aanvragen as Aanvragen, verwijzing_nodig as VerwijzingNodig,
               laatst_gecontroleerd as LaatstGecontroleerd, gearchiveerd_op is not null as Gearchiveerd
        from sociale_kaart.voorziening order by naam, id;
        select id as Id, organisatie_id as OrganisatieId, naam as Naam, straat as Straat, huisnummer as Huisnummer, postcode as Postcode,
               plaats as Plaats, kern as Kern
        from sociale_kaart.locatie order by naam, id;
        select voorziening_id as VoorzieningId, locatie_id as LocatieId from sociale_kaart.voorziening_locatie order by voorziening_id, locatie_id;
        select id as Id, voorziening_id as VoorzieningId, locatie_id as LocatieId, weekdag::int as Weekdag, van as Van, tot as Tot, soort as Soort
        from sociale_kaart.openingstijd order by voorziening_id, weekdag, van, id;
        select voorziening_id as VoorzieningId, datum as Datum, omschrijving as Omschrijving
        from sociale_kaart.sluitingsdag order by voorziening_id, datum;
        """;

    public static async Task<Kaart> LaadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        await using var results = await connection.QueryMultipleAsync(Sql, transaction: transaction);
        return new Kaart(
            [.. await results.ReadAsync<OrganisatieRij>()],
            [.. await results.ReadAsync<VoorzieningRij>()],
            [.. await results.ReadAsync<LocatieRij>()],
            [.. await results.ReadAsync<KoppelingRij>()],
            [.. await results.ReadAsync<OpeningstijdRij>()],
            [.. await results.ReadAsync<SluitingsdagRij>()]);
    }

    public static string Datum(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Tijd(TimeOnly tijd) => tijd.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static Guid KoppelingId(Guid voorzieningId, Guid locatieId) => Hsds.AfgeleideId(voorzieningId, "locatie:" + locatieId.ToString("D"));

    public static Guid SluitingsdagId(Guid voorzieningId, DateOnly datum) => Hsds.AfgeleideId(voorzieningId, "gesloten:" + Datum(datum));

    /// <summary>The kaart as an HSDS document; see docs/adr/0008-hsds-uitwisseling.md for where each fact goes.</summary>
    public HsdsDocument NaarHsds()
    {
        var koppelingen = Koppelingen.ToHashSet();
        return new HsdsDocument(
            [.. Organisaties.Select(Organisatie)],
            [.. Voorzieningen.Select(Voorziening)],
            [.. Locaties.Select(Locatie)],
            [.. Koppelingen.Select(k => new HsdsServiceAtLocation(KoppelingId(k.VoorzieningId, k.LocatieId).ToString(), k.VoorzieningId.ToString(), k.LocatieId.ToString()))],
            [.. Openingstijden.Select(t => Openingstijd(t, koppelingen)), .. Sluitingsdagen.Select(Sluitingsdag)]);
    }

    private static HsdsOrganization Organisatie(OrganisatieRij o)
    {
        List<HsdsAttribute> attributen = [Hsds.Attribuut(o.Id, "organization", Hsds.LaatstGecontroleerd, "laatst-gecontroleerd", "Laatst gecontroleerd", Datum(o.LaatstGecontroleerd))];
        if (o.Gearchiveerd)
        {
            attributen.Add(Hsds.Attribuut(o.Id, "organization", Hsds.Status, "gearchiveerd", "Gearchiveerd"));
        }

        return new HsdsOrganization(o.Id.ToString(), o.Naam, o.Omschrijving, o.Email, o.Website,
            o.Telefoon is null ? [] : [new HsdsPhone(Hsds.AfgeleideId(o.Id, "telefoon").ToString(), o.Id.ToString(), o.Telefoon)], attributen);
    }

    private static HsdsService Voorziening(VoorzieningRij v)
    {
        List<HsdsAttribute> attributen =
        [
            .. v.Leefgebieden.Select(c => Hsds.Attribuut(v.Id, "service", Hsds.Leefgebied, c)),
            .. v.Themas.Select(c => Hsds.Attribuut(v.Id, "service", Hsds.Thema, c)),
            .. v.Doelgroepen.Select(c => Hsds.Attribuut(v.Id, "service", Hsds.Doelgroep, c)),
            Hsds.Attribuut(v.Id, "service", Hsds.Soort, v.Soort),
        ];
        if (v.VerwijzingNodig)
        {
            attributen.Add(Hsds.Attribuut(v.Id, "service", Hsds.VerwijzingNodig, "ja", "Verwijzing nodig"));
        }

        return new HsdsService(v.Id.ToString(), v.OrganisatieId.ToString(), v.Naam, v.Omschrijving, v.Gearchiveerd ? "inactive" : "active", v.Aanvragen,
            v.LaatstGecontroleerd,
            v.Kosteloos ? [new HsdsCostOption(Hsds.AfgeleideId(v.Id, "kosteloos").ToString(), v.Id.ToString(), "Kosteloos", 0, "EUR")] : [],
            attributen);
    }

    private static HsdsLocation Locatie(LocatieRij l)
    {
        var straat = string.Join(' ', new[] { l.Straat, l.Huisnummer }.Where(d => !string.IsNullOrWhiteSpace(d)));
        var adres = new HsdsAddress(Hsds.AfgeleideId(l.Id, "adres").ToString(), l.Id.ToString(), straat.Length == 0 ? null : straat, l.Plaats, l.Postcode, "NL", "physical");
        return new HsdsLocation(l.Id.ToString(), "physical", l.OrganisatieId.ToString(), l.Naam, [adres], [Hsds.Attribuut(l.Id, "location", Hsds.Kern, l.Kern)]);
    }

    private static HsdsSchedule Openingstijd(OpeningstijdRij t, HashSet<KoppelingRij> koppelingen) =>
        new(t.Id.ToString(), t.VoorzieningId.ToString(), t.LocatieId?.ToString(),
            t.LocatieId is { } locatie && koppelingen.Contains(new KoppelingRij(t.VoorzieningId, locatie)) ? KoppelingId(t.VoorzieningId, locatie).ToString() : null,
            null, null, "WEEKLY", Hsds.Dagen[t.Weekdag - 1], Tijd(t.Van), Tijd(t.Tot), Soortnaam(t.Soort),
            [Hsds.Attribuut(t.Id, "schedule", Hsds.Bereikbaarheid, t.Soort, Soortnaam(t.Soort))]);

    private static HsdsSchedule Sluitingsdag(SluitingsdagRij s)
    {
        var id = SluitingsdagId(s.VoorzieningId, s.Datum);
        return new HsdsSchedule(id.ToString(), s.VoorzieningId.ToString(), null, null, Datum(s.Datum), Datum(s.Datum), null, null, null, null, s.Omschrijving,
            [Hsds.Attribuut(id, "schedule", Hsds.Bereikbaarheid, Hsds.Gesloten, "Gesloten")]);
    }

    private static string Soortnaam(string soort) => soort switch
    {
        "inloop" => "Inloop",
        "telefonisch" => "Telefonisch bereikbaar",
        "spreekuur" => "Spreekuur",
        "op-afspraak" => "Op afspraak",
        _ => soort,
    };
}
