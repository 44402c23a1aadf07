using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.Overdracht.Contracts;
using Nijkerk.SociaalDomein.Regie.Contracts;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Monitoring.Herbouw;

/// <summary>
/// Rebuilds Monitoring's counts from the other modules' history (issue 14): in one transaction it empties the counting
/// tables (vraag, overdracht, vraagverheldering, plan, dagcijfer, dagduur, maandcijfer, maandduur, totaalcijfer, totaalduur; not the knelpunten), reads the four
/// histories page by page, merges them by OccurredAt (each module's own in the order it raised them) and hands every
/// event to Monitoring's own handlers of its type, as the system, as the dispatcher does. The cube's marginal rows (Marge)
/// are written by the same booking, so the rebuild writes them alike.
/// <para>
/// The inbox. First the inbox is locked against inserts (share row exclusive): a delivery that is being handled is
/// waited for, and every delivery after it waits at its inbox row until the rebuild commits, so nothing is counted
/// beside it. Every replayed event is written to the inbox for each handler it was given to (as the dispatcher would):
/// a delivery of it later (still waiting in its module's outbox, or sent again from /beheer/gebeurtenissen) finds the
/// row and does nothing, so it is not counted twice; an event raised after the histories were read is not in them and
/// is counted at its delivery. A delivery that waits longer than Outbox:HandlerTimeoutSeconds is retried and, after
/// five tries, parked; it can be offered again at /beheer/gebeurtenissen, which the inbox makes safe.
/// </para>
/// <para>
/// An incomplete history. The content of a published event is emptied after 30 days, a destroyed dossier's at once
/// (ADR 0030), and an emptied event is no longer in its module's history. Replaying what is left would wipe every count
/// of the events that are gone, so the rebuild refuses (409, in one transaction: nothing was emptied) as soon as a
/// history says it was emptied (<see cref="Geschiedenis.GewistTot"/>). It is a repair for the period the outboxes
/// still hold in full: a new installation, or a test environment.
/// </para>
/// </summary>
internal static class HerbouwMonitoring
{
    /// <summary>Events read per history and round trip.</summary>
    public const int Pagina = 1_000;

    [Vereist(MonitoringRechten.Herbouwen)]
    [GeenPersoonsgegevens]
    public sealed record Command : ICommand<Herbouwd>;

    /// <summary>
    /// What was replayed: the number of events, per type, and the event types Monitoring handles that no history brings
    /// (their counts are not rebuilt; empty as long as every handler's type has its module's history).
    /// </summary>
    public sealed record Herbouwd(int Gebeurtenissen, IReadOnlyList<SoortAantal> PerSoort, IReadOnlyList<string> ZonderGeschiedenis);

    public sealed record SoortAantal(string Soort, int Aantal);

    /// <summary>Each module's history: its name for staff, how to ask a page, and which event types it brings.</summary>
    private static readonly IReadOnlyList<(string Module, Func<long, IRequest<Geschiedenis>> Vraag, Type[] Soorten)> Bronnen =
    [
        ("Intake", na => new GeefIntakeGeschiedenis(na, Pagina),
            [typeof(AanmeldingGeregistreerd), typeof(AanmeldingAfgehandeld), typeof(AanmeldingDoorgezet), typeof(CrisisGemeld), typeof(AanmeldingGerouteerd)]),
        ("Vraagverheldering", na => new GeefVraagverhelderingGeschiedenis(na, Pagina), [typeof(VraagverhelderingAfgerond)]),
        ("Overdracht", na => new GeefOverdrachtGeschiedenis(na, Pagina),
            [typeof(OverdrachtAangeboden), typeof(OverdrachtGeaccepteerd), typeof(OverdrachtTeruggelegd), typeof(OverdrachtVerlopen),
             typeof(OverdrachtAfgerond), typeof(RegisseurGevraagd)]),
        ("Regie", na => new GeefRegieGeschiedenis(na, Pagina),
            [typeof(PlanGestart), typeof(RegisseurToegewezen), typeof(PlanGeescaleerd), typeof(IjsbrekerBudgetBesteed), typeof(PlanAfgesloten)]),
    ];

    internal sealed class Handler(CommandSession session, IMediator mediator, ActorContext actor, IServiceProvider services)
        : IRequestHandler<Command, Herbouwd>
    {
        // Handlers wait at their inbox row (row exclusive) until this commits; kerncijfers read the old counts meanwhile.
        private const string Leeg = """
            lock table monitoring.inbox in share row exclusive mode;
            delete from monitoring.totaalduur;
            delete from monitoring.totaalcijfer;
            delete from monitoring.maandduur;
            delete from monitoring.maandcijfer;
            delete from monitoring.dagduur;
            delete from monitoring.dagcijfer;
            delete from monitoring.plan;
            delete from monitoring.vraagverheldering;
            delete from monitoring.overdracht;
            delete from monitoring.vraag;
            """;

        private const string Inbox = "insert into monitoring.inbox (event_id, handler) select @EventId, unnest(@Namen) on conflict do nothing";

        public async Task<Herbouwd> Handle(Command command, CancellationToken cancellationToken)
        {
            await session.ExecuteAsync(Leeg);
            var wie = actor.Huidig;
            var herspeler = new Herspeler(services);
            var bronnen = Bronnen.Select(b => new Bron(b.Module, b.Vraag)).ToArray();
            var perSoort = new SortedDictionary<string, int>(StringComparer.Ordinal);
            var aantal = 0;
            while (true)
            {
                // The histories are read as whoever rebuilds (their reading is recorded under his name).
                foreach (var bron in bronnen.Where(b => b.Buffer.Count == 0 && b.Volgende is not null))
                {
                    var pagina = await mediator.Send(bron.Vraag(bron.Volgende!.Value), cancellationToken);
                    if (pagina.GewistTot is { } gewistTot)
                    {
                        // Throwing rolls the emptying above back: the counts stay as they were.
                        throw new ConflictException(
                            $"De cijfers zijn niet opnieuw opgebouwd: de geschiedenis van {bron.Module} is gewist tot " +
                            $"{NederlandseTijd.Van(gewistTot):d MMMM yyyy} (de inhoud van verzonden gebeurtenissen wordt na 30 dagen gewist, " +
                            "die van een vernietigd dossier meteen). Opnieuw opbouwen zou de tellingen van daarvoor kwijtraken. " +
                            "De huidige cijfers blijven staan.");
                    }

                    pagina.Gebeurtenissen.ToList().ForEach(bron.Buffer.Enqueue);
                    bron.Volgende = pagina.Volgende;
                }

                // The earliest head; on a tie the module earlier on the route (Intake first), so a question arrives before what follows it.
                var volgende = bronnen.Where(b => b.Buffer.Count > 0).MinBy(b => b.Buffer.Peek().OccurredAt);
                if (volgende is null)
                {
                    break;
                }

                var gebeurtenis = volgende.Buffer.Dequeue();
                var ontvangers = Herspeler.OntvangersVan(gebeurtenis.GetType());
                aantal++;
                var soort = gebeurtenis.GetType().Name;
                perSoort[soort] = perSoort.GetValueOrDefault(soort) + 1;
                if (ontvangers.Count == 0)
                {
                    continue;
                }

                await session.ExecuteAsync(Inbox, new { gebeurtenis.EventId, Namen = ontvangers.Select(o => o.Naam).ToArray() });
                // The handlers run as the system, as the dispatcher runs them (they ask other modules what a count needs).
                actor.Huidig = Actor.Systeem;
                try
                {
                    foreach (var ontvanger in ontvangers)
                    {
                        await herspeler.SpeelAsync(ontvanger, gebeurtenis, cancellationToken);
                    }
                }
                finally
                {
                    actor.Huidig = wie;
                }
            }

            var metGeschiedenis = Bronnen.SelectMany(b => b.Soorten).ToHashSet();
            return new Herbouwd(
                aantal,
                [.. perSoort.Select(p => new SoortAantal(p.Key, p.Value))],
                [.. Herspeler.Soorten.Where(s => !metGeschiedenis.Contains(s)).Select(s => s.Name)]);
        }

        private sealed class Bron(string module, Func<long, IRequest<Geschiedenis>> vraag)
        {
            public string Module { get; } = module;

            public Func<long, IRequest<Geschiedenis>> Vraag { get; } = vraag;

            public Queue<IEvent> Buffer { get; } = new();

            public long? Volgende { get; set; } = 0;
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/monitoring/herbouw", async Task<Ok<Herbouwd>> (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Command(), ct)))
            .WithName("herbouwMonitoring")
            .WithTags("Monitoring")
            .WithSummary("Bouw de cijfers van Monitoring opnieuw op uit de geschiedenis van de andere modules")
            .WithDescription(
                "Alleen voor de functioneel beheerder (aangemeld, geen API-sleutel). Leegt de tellingen van Monitoring en speelt de " +
                "gebeurtenissen van Intake, Vraagverheldering, Overdracht en Regie opnieuw af, in de volgorde waarin ze gebeurden, in één " +
                "transactie: tot die klaar is tonen de kerncijfers de oude tellingen. Een gebeurtenis die daarna nog wordt afgeleverd, " +
                "telt niet dubbel. Het antwoord noemt hoeveel gebeurtenissen (per soort) zijn afgespeeld, en welke soorten Monitoring " +
                "verwerkt maar uit geen geschiedenis komen (zonderGeschiedenis). Is de geschiedenis van een module niet meer volledig " +
                "(de inhoud van verzonden gebeurtenissen wordt na 30 dagen gewist, die van een vernietigd dossier meteen), dan 409 en " +
                "blijven de cijfers staan: opnieuw opbouwen zou de tellingen van de gewiste gebeurtenissen kwijtraken.")
            .ProducesProblem(StatusCodes.Status409Conflict);
}
