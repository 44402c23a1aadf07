using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;

namespace Nijkerk.SociaalDomein.Monitoring.Boeking;

/// <summary>
/// Writes what an event counts into the cube, in the handler's transaction (so a redelivered event, which the inbox
/// refuses, is never counted twice). Every count is booked on the Dutch day the event happened, under the dimensions
/// of the question it belongs to, once for every question (facet '') and once per facet value the event carries.
/// </summary>
internal sealed class Boekhouding(CommandSession session, Pseudoniem pseudoniem)
{
    private const string Vraag = "select kern as Kern, kanaal as Kanaal, bron as Bron, levensfase as Levensfase from monitoring.vraag where sleutel = @Sleutel";

    /// <summary>The durations kept as a histogram (<c>monitoring.dagduur.maat</c>).</summary>
    public const string TotAanspreekpunt = "aanspreekpunt";

    private const int MaxUren = 90 * 24;

    public byte[] Sleutel(Guid id) => pseudoniem.Van(id);

    /// <summary>The question's dimensions; <see cref="Vraagdimensies.Geen"/> when Monitoring never saw it arrive.</summary>
    public async Task<Vraagdimensies> DimensiesAsync(byte[]? vraag) =>
        vraag is null ? Vraagdimensies.Geen : await session.QuerySingleOrDefaultAsync<Vraagdimensies>(Vraag, new { Sleutel = vraag }) ?? Vraagdimensies.Geen;

    public Task BoekAsync(DateTimeOffset moment, Vraagdimensies dimensies, Maat maat, params (string Facet, string Waarde)[] facetten) =>
        BoekAsync(moment, dimensies, maat, 1, facetten);

    public Task BoekAsync(DateTimeOffset moment, Vraagdimensies dimensies, Maat maat, decimal aantal, IEnumerable<(string Facet, string Waarde)> facetten) =>
        BoekRijenAsync(moment, dimensies, maat, aantal, facetten.Prepend((Facet.Geen, "")));

    /// <summary>
    /// Only the facet rows, not facet '': for a measure whose every-question count another event already books (the
    /// combinatie of a meervoudige question, whose Meervoudig the vraagverheldering counted).
    /// </summary>
    public Task BoekAlleenFacettenAsync(DateTimeOffset moment, Vraagdimensies dimensies, Maat maat, decimal aantal, IEnumerable<(string Facet, string Waarde)> facetten) =>
        BoekRijenAsync(moment, dimensies, maat, aantal, facetten.Where(f => f.Facet != Facet.Geen));

    /// <summary>
    /// The question's first aanspreekpunt (a vakspecialist who accepted, a regisseur, an aanmelding routed to either):
    /// counted once, with the hours since its first contact, when the question had none yet. The update is the guard,
    /// so two handlers in parallel transactions cannot both count it.
    /// </summary>
    public async Task BoekEersteAanspreekpuntAsync(byte[]? vraag, DateTimeOffset moment)
    {
        if (vraag is null)
        {
            return;
        }

        var eersteContact = await session.QuerySingleOrDefaultAsync<DateTimeOffset?>(
            "update monitoring.vraag set aanspreekpunt_op = @Op where sleutel = @Sleutel and aanspreekpunt_op is null returning eerste_contact",
            new { Op = moment, Sleutel = vraag });
        if (eersteContact is not { } sinds)
        {
            return;
        }

        var dimensies = await DimensiesAsync(vraag);
        await BoekAsync(moment, dimensies, Maat.Aanspreekpunt);
        await BoekDuurAsync(moment, dimensies, TotAanspreekpunt, moment - sinds);
    }

    private Task BoekRijenAsync(DateTimeOffset moment, Vraagdimensies dimensies, Maat maat, decimal aantal, IEnumerable<(string Facet, string Waarde)> facetten)
    {
        var rijen = facetten.Distinct().ToArray();
        if (rijen.Length == 0)
        {
            return Task.CompletedTask;
        }

        var kolom = maat.Kolom();
        // dagcijfer and maandcijfer per combination of the question's dimensions and in its marginal rows (Marge: the
        // combination, each dimension alone and each pair, the rest '*'), totaalcijfer without them: one round trip, one
        // truth. The kanaal and bron facets are for totaalcijfer only: in the other two they are columns already. Rows in
        // a fixed order (facet, value, marginal row), so two bookings that share a marginal row lock theirs alike.
        return session.ExecuteAsync(
            $"""
            with rijen as (select distinct f, w from unnest(@Facetten, @Waarden) as t(f, w)),
            kubus as (
                select f, w, m.* from rijen cross join {Marge.Rijen} where f not in ('kanaal', 'bron')),
            dag as (
                insert into monitoring.dagcijfer (dag, kern, kanaal, bron, levensfase, facet, waarde, {kolom})
                select @Dag, kern, kanaal, bron, levensfase, f, w, @Aantal from kubus order by f, w, nr
                on conflict (dag, facet, waarde, kern, kanaal, bron, levensfase)
                do update set {kolom} = monitoring.dagcijfer.{kolom} + excluded.{kolom}),
            maand as (
                insert into monitoring.maandcijfer (maand, kern, kanaal, bron, levensfase, facet, waarde, {kolom})
                select @Maand, kern, kanaal, bron, levensfase, f, w, @Aantal from kubus order by f, w, nr
                on conflict (maand, facet, waarde, kern, kanaal, bron, levensfase)
                do update set {kolom} = monitoring.maandcijfer.{kolom} + excluded.{kolom})
            insert into monitoring.totaalcijfer (dag, facet, waarde, {kolom})
            select @Dag, f, w, @Aantal from rijen
            on conflict (dag, facet, waarde) do update set {kolom} = monitoring.totaalcijfer.{kolom} + excluded.{kolom}
            """,
            new
            {
                Dag = NederlandseDag.Van(moment),
                Maand = Maand(NederlandseDag.Van(moment)),
                Kern = Marge.Echt(dimensies.Kern),
                Kanaal = Marge.Echt(dimensies.Kanaal),
                Bron = Marge.Echt(dimensies.Bron),
                Levensfase = Marge.Echt(dimensies.Levensfase),
                Aantal = aantal,
                Facetten = rijen.Select(r => r.Item1).ToArray(),
                Waarden = rijen.Select(r => r.Item2).ToArray(),
            });
    }

    /// <summary>
    /// One duration on the day it ended, in whole hours for the first two days and in whole days (as hours) after that,
    /// capped at 90 days: fine enough for a median, and a year stays a few thousand rows.
    /// </summary>
    public Task BoekDuurAsync(DateTimeOffset einde, Vraagdimensies dimensies, string maat, TimeSpan duur) =>
        session.ExecuteAsync(
            $"""
            with kubus as (select * from {Marge.Rijen}),
            dag as (
                insert into monitoring.dagduur (dag, kern, kanaal, bron, levensfase, maat, uren, aantal)
                select @Dag, kern, kanaal, bron, levensfase, @Maat, @Uren, 1 from kubus order by nr
                on conflict (dag, maat, uren, kern, kanaal, bron, levensfase) do update set aantal = monitoring.dagduur.aantal + 1),
            maand as (
                insert into monitoring.maandduur (maand, kern, kanaal, bron, levensfase, maat, uren, aantal)
                select @Maand, kern, kanaal, bron, levensfase, @Maat, @Uren, 1 from kubus order by nr
                on conflict (maand, maat, uren, kern, kanaal, bron, levensfase) do update set aantal = monitoring.maandduur.aantal + 1)
            insert into monitoring.totaalduur (dag, maat, uren, aantal) values (@Dag, @Maat, @Uren, 1)
            on conflict (dag, maat, uren) do update set aantal = monitoring.totaalduur.aantal + 1
            """,
            new
            {
                Dag = NederlandseDag.Van(einde),
                Maand = Maand(NederlandseDag.Van(einde)),
                Kern = Marge.Echt(dimensies.Kern),
                Kanaal = Marge.Echt(dimensies.Kanaal),
                Bron = Marge.Echt(dimensies.Bron),
                Levensfase = Marge.Echt(dimensies.Levensfase),
                Maat = maat,
                Uren = Uren(duur),
            });

    private static DateOnly Maand(DateOnly dag) => new(dag.Year, dag.Month, 1);

    /// <summary>The histogram's bucket: the hours, or the whole days in hours from 48 on; at most 90 days.</summary>
    public static int Uren(TimeSpan duur)
    {
        var uren = (int)Math.Clamp(Math.Floor(duur.TotalHours), 0, MaxUren);
        return uren < 48 ? uren : uren / 24 * 24;
    }
}
