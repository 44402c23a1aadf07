using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Monitoring.Boeking;

/// <summary>
/// Writes what an event counts into the cube, in the handler's transaction (so a redelivered event, which the inbox
/// refuses, is never counted twice). Every count is booked on the Dutch day the event happened, under the dimensions
/// of the question it belongs to, once for every question (facet '') and once per facet value the event carries.
/// <para>
/// The dispatcher keeps order only within one handler's queue (ADR 0012): Intake's, Vraagverheldering's, Overdracht's and
/// Regie's events reach Monitoring in four queues that may run in any order relative to each other (a pile-up, a paused
/// queue, a redelivery, two hosts). So no handler may count on another having run first: the first to meet a question
/// makes its row (<see cref="VraagAsync"/>), and what is counted once per question (its first overdracht, its first
/// aanspreekpunt) is guarded on that row, whichever handler comes first.
/// </para>
/// </summary>
internal sealed class Boekhouding(CommandSession session, Pseudoniem pseudoniem, IMediator mediator)
{
    private const string Vraag = "select kern as Kern, kanaal as Kanaal, bron as Bron, levensfase as Levensfase from monitoring.vraag where sleutel = @Sleutel";

    /// <summary>The durations kept as a histogram (<c>monitoring.dagduur.maat</c>).</summary>
    public const string TotAanspreekpunt = "aanspreekpunt";

    private const int MaxUren = 90 * 24;

    // Rows read ahead for a run of events (KenVragenAsync), by aanmelding: its pseudonym (a keyed hash, 11% of the host's
    // CPU in the events bench when made twice per event) is then not made again. A question's dimensions never change.
    private readonly Dictionary<Guid, Vraagdimensies> gelezen = [];

    public byte[] Sleutel(Guid id) => pseudoniem.Van(id);

    /// <summary>
    /// Reads the rows of these aanmeldingen' questions in one statement, for <see cref="VraagAsync"/> to find: a handler
    /// calls it for a run of its events (IReeksVoorbereiding). A question without a row is not read ahead and is met as usual.
    /// </summary>
    public async Task KenVragenAsync(IEnumerable<Guid> aanmeldingIds)
    {
        var ids = aanmeldingIds.Where(id => !gelezen.ContainsKey(id)).Distinct().ToArray();
        var rijen = await session.Connection.QueryAsync<(int Nr, string Kern, string Kanaal, string Bron, string Levensfase)>(
            """
            select s.nr::int, v.kern, v.kanaal, v.bron, v.levensfase
            from unnest(@sleutels) with ordinality as s(sleutel, nr) join monitoring.vraag v on v.sleutel = s.sleutel
            """,
            new { sleutels = ids.Select(Sleutel).ToArray() },
            session.Transaction);
        foreach (var rij in rijen)
        {
            gelezen[ids[rij.Nr - 1]] = new Vraagdimensies(rij.Kern, rij.Kanaal, rij.Bron, rij.Levensfase);
        }
    }

    /// <summary>
    /// The question's dimensions by its key, for a handler that found the key in a row of its own queue (a plan's
    /// question, whose row the plan's start made sure of); <see cref="Vraagdimensies.Geen"/> when Monitoring does not know
    /// the question (Intake no longer did when it was met, or the plan came without a vraagverheldering).
    /// </summary>
    public async Task<Vraagdimensies> DimensiesAsync(byte[]? vraag) =>
        vraag is null ? Vraagdimensies.Geen : await session.QuerySingleOrDefaultAsync<Vraagdimensies>(Vraag, new { Sleutel = vraag }) ?? Vraagdimensies.Geen;

    /// <summary>
    /// The dimensions of the aanmelding's question, its row in <c>monitoring.vraag</c> made first if this handler is the
    /// first to meet it. Every handler that knows the aanmelding asks here, so it no longer matters whether IntakeTeller
    /// counted the arrival first: the row is made from what Intake says of the aanmelding (kanaal, bron and moment from
    /// <see cref="GeefAanmeldingHerkomst"/>, kern and age from <see cref="GeefAanmeldingKenmerken"/>), the same facts the
    /// arrival's own event and its handler use, so it is the same row whoever makes it. Intake is asked only when the row
    /// is missing, and the arrival passes what its event says (<paramref name="herkomst"/>) and inserts without reading
    /// first, so in the usual order no statement is added to what the handlers sent before. Two handlers meeting a new question at once both insert; the second waits for the first,
    /// does nothing and reads the first one's row back. Call it before booking anything, so a handler waiting here holds
    /// no row of the cube. <see cref="Vraagdimensies.Geen"/>, and no row, when Intake does not know the aanmelding (any more).
    /// </summary>
    public async Task<Vraagdimensies> VraagAsync(Guid aanmeldingId, AanmeldingHerkomst? herkomst = null)
    {
        if (herkomst is null && gelezen.TryGetValue(aanmeldingId, out var vooruit))
        {
            return vooruit;
        }

        var sleutel = Sleutel(aanmeldingId);
        // The arrival (herkomst given) usually makes the row, so it inserts at once and reads back only on a conflict; the
        // others usually find it, so they read first and ask Intake only when it is missing.
        if (herkomst is null && await session.QuerySingleOrDefaultAsync<Vraagdimensies>(Vraag, new { Sleutel = sleutel }) is { } bekend)
        {
            return bekend;
        }

        herkomst ??= await mediator.Send(new GeefAanmeldingHerkomst(aanmeldingId));
        if (herkomst is null)
        {
            return Vraagdimensies.Geen;
        }

        var kenmerken = await mediator.Send(new GeefAanmeldingKenmerken(aanmeldingId));
        var dimensies = new Vraagdimensies(
            kenmerken?.Kern ?? Vraagdimensies.Onbekend, herkomst.Kanaal, herkomst.Bron, Levensfase.Van(kenmerken?.Leeftijd));
        var gemaakt = await session.ExecuteAsync(
            """
            insert into monitoring.vraag (sleutel, dag, eerste_contact, kern, kanaal, bron, levensfase)
            values (@Sleutel, @Dag, @Op, @Kern, @Kanaal, @Bron, @Levensfase)
            on conflict (sleutel) do nothing
            """,
            new
            {
                Sleutel = sleutel,
                Dag = NederlandseDag.Van(herkomst.GeregistreerdOp),
                Op = herkomst.GeregistreerdOp,
                dimensies.Kern,
                dimensies.Kanaal,
                dimensies.Bron,
                dimensies.Levensfase,
            });
        return gemaakt == 1 ? dimensies : await session.QuerySingleOrDefaultAsync<Vraagdimensies>(Vraag, new { Sleutel = sleutel }) ?? Vraagdimensies.Geen;
    }

    public void Boek(DateTimeOffset moment, Vraagdimensies dimensies, Maat maat, params (string Facet, string Waarde)[] facetten) =>
        Boek(moment, dimensies, maat, 1, facetten);

    public void Boek(DateTimeOffset moment, Vraagdimensies dimensies, Maat maat, decimal aantal, IEnumerable<(string Facet, string Waarde)> facetten) =>
        BoekRijen(moment, dimensies, maat, aantal, facetten.Prepend((Facet.Geen, "")));

    /// <summary>
    /// Only the facet rows, not facet '': for a measure whose every-question count another event already books (the
    /// combinatie of a meervoudige question, whose Meervoudig the vraagverheldering counted).
    /// </summary>
    public void BoekAlleenFacetten(DateTimeOffset moment, Vraagdimensies dimensies, Maat maat, decimal aantal, IEnumerable<(string Facet, string Waarde)> facetten) =>
        BoekRijen(moment, dimensies, maat, aantal, facetten.Where(f => f.Facet != Facet.Geen));

    /// <summary>
    /// The question's first aanspreekpunt (a vakspecialist who accepted, a regisseur, an aanmelding routed to either):
    /// counted once, on the day it was reached, with the hours since its first contact. The earliest counts, not the first
    /// handled: the events that give one come in three queues (Intake's routing, Overdracht's acceptance, Regie's plan)
    /// that keep no order between them, so a later aanspreekpunt may be handled before an earlier one. When the earlier one
    /// comes after it, the later one's count and duration are taken back on their day and the earlier one's booked, so the
    /// result is the same whatever order the queues ran in. The question's row is locked first: two handlers in parallel
    /// transactions take turns, and the question has one aanspreekpunt counted.
    /// </summary>
    public async Task BoekEersteAanspreekpuntAsync(byte[]? vraag, DateTimeOffset moment)
    {
        if (vraag is null)
        {
            return;
        }

        var stand = await session.QuerySingleOrDefaultAsync<Aanspreekpuntstand>(
            "select eerste_contact as EersteContact, aanspreekpunt_op as AanspreekpuntOp from monitoring.vraag where sleutel = @Sleutel for update",
            new { Sleutel = vraag });
        if (stand is null || stand.AanspreekpuntOp <= moment)
        {
            return;
        }

        await session.ExecuteAsync("update monitoring.vraag set aanspreekpunt_op = @Op where sleutel = @Sleutel", new { Op = moment, Sleutel = vraag });
        var dimensies = await DimensiesAsync(vraag);
        if (stand.AanspreekpuntOp is { } later)
        {
            Boek(later, dimensies, Maat.Aanspreekpunt, -1, []);
            BoekDuur(later, dimensies, TotAanspreekpunt, later - stand.EersteContact, -1);
        }

        Boek(moment, dimensies, Maat.Aanspreekpunt);
        BoekDuur(moment, dimensies, TotAanspreekpunt, moment - stand.EersteContact);
    }

    /// <summary>
    /// Books in the unit's <see cref="Kubusboekingen"/>, which writes them summed with the commit: dagcijfer and maandcijfer
    /// per combination of the question's dimensions and in its marginal rows (<see cref="Marge"/>), totaalcijfer without
    /// them. Nothing in a handler reads the cube, so it need not be written before the commit.
    /// </summary>
    private void BoekRijen(DateTimeOffset moment, Vraagdimensies dimensies, Maat maat, decimal aantal, IEnumerable<(string Facet, string Waarde)> facetten)
    {
        var rijen = facetten.Distinct().ToArray();
        if (rijen.Length > 0)
        {
            session.Verzameling<Kubusboekingen>().Boek(NederlandseDag.Van(moment), dimensies, maat.Kolom(), aantal, rijen);
        }
    }

    /// <summary>
    /// One duration on the day it ended, in whole hours for the first two days and in whole days (as hours) after that,
    /// capped at 90 days: fine enough for a median, and a year stays a few thousand rows. <paramref name="aantal"/> -1 takes
    /// one back (an aanspreekpunt that proved not to be the first).
    /// </summary>
    public void BoekDuur(DateTimeOffset einde, Vraagdimensies dimensies, string maat, TimeSpan duur, int aantal = 1) =>
        session.Verzameling<Kubusboekingen>().BoekDuur(NederlandseDag.Van(einde), dimensies, maat, Uren(duur), aantal);

    /// <summary>The histogram's bucket: the hours, or the whole days in hours from 48 on; at most 90 days.</summary>
    public static int Uren(TimeSpan duur)
    {
        var uren = (int)Math.Clamp(Math.Floor(duur.TotalHours), 0, MaxUren);
        return uren < 48 ? uren : uren / 24 * 24;
    }

    private sealed record Aanspreekpuntstand(DateTimeOffset EersteContact, DateTimeOffset? AanspreekpuntOp);
}
