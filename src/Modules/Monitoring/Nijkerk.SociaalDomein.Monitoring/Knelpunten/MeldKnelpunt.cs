using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Overdracht;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Monitoring.Knelpunten;

/// <summary>
/// The loket records a knelpunt it meets, without personal data. The same knelpunt still open (same soort, codes and
/// description) is not made twice: the report counts on it, once per colleague.
/// </summary>
internal static class MeldKnelpunt
{
    [Vereist(MonitoringRechten.KnelpuntMelden)]
    [GeenPersoonsgegevens]
    public sealed record Command(string? Soort, string? Leefgebied, string? Expertise, string? Team, string? Omschrijving) : ICommand<Gemeld>;

    public sealed record Invoer(string? Soort, string? Leefgebied, string? Expertise, string? Team, string? Omschrijving)
    {
        /// <summary>The example in the API document.</summary>
        public static Invoer Voorbeeld => new(
            "gat-in-sociale-kaart", "financien", null, null,
            "Er is geen spreekuur voor geldzaken buiten kantoortijd; werkende inwoners kunnen er niet heen.");
    }

    /// <summary>The knelpunt the report counts on, how often it has been reported, and whether this report made it.</summary>
    public sealed record Gemeld(Guid Id, int Aantal, bool Nieuw);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IMediator mediator)
        {
            RuleFor(c => c.Soort).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Kies de soort knelpunt.")
                .EenVan(Keuzes.Soorten.Keys).WithMessage($"Onbekende soort; kies uit: {string.Join(", ", Keuzes.Soorten.Keys)}.");
            RuleFor(c => c.Leefgebied)
                .MustAsync(async (code, ct) => Knelpunttekst.Leeg(code) is not { } gekozen
                    || (await mediator.Send(new GeefLeefgebieden(), ct)).Any(l => l.Code == gekozen))
                .WithMessage("Onbekend leefgebied; gebruik de codes van GET /api/v1/leefgebieden.");
            RuleFor(c => c.Expertise)
                .MustAsync(async (code, ct) => Knelpunttekst.Leeg(code) is not { } gekozen
                    || (await mediator.Send(new GeefTeams(), ct)).Any(t => t.Expertises.Any(e => e.Expertise == gekozen)))
                .WithMessage("Onbekende expertise; gebruik de codes van GET /api/v1/expertises.");
            RuleFor(c => c.Team)
                .MustAsync(async (code, ct) => Knelpunttekst.Leeg(code) is not { } gekozen
                    || (await mediator.Send(new GeefTeams(), ct)).Any(t => t.Code == gekozen))
                .WithMessage("Onbekend team; gebruik de codes van GET /api/v1/teams.");
            RuleFor(c => c.Omschrijving).ZonderPersoonsgegevens("omschrijving", 500);
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Gemeld>
    {
        // The partial unique index (one open knelpunt per soort, codes and description) makes a second one a no-op.
        private const string Nieuw = """
            insert into monitoring.knelpunt (id, soort, leefgebied, expertise, team, omschrijving, vergelijking, gemeld_op, laatst_gemeld_op)
            values (@Id, @Soort, @Leefgebied, @Expertise, @Team, @Omschrijving, @Vergelijking, @Nu, @Nu)
            on conflict do nothing
            """;

        private const string Bestaand = """
            select id from monitoring.knelpunt
            where soort = @Soort and coalesce(leefgebied, '') = coalesce(@Leefgebied, '') and coalesce(expertise, '') = coalesce(@Expertise, '')
              and coalesce(team, '') = coalesce(@Team, '') and vergelijking = @Vergelijking and status in ('open', 'in-behandeling')
            """;

        public async Task<Gemeld> Handle(Command command, CancellationToken cancellationToken)
        {
            var nu = clock.GetUtcNow();
            var melder = actor.Huidig.Id;
            var omschrijving = command.Omschrijving!.Trim();
            var rij = new
            {
                Id = Guid.CreateVersion7(),
                command.Soort,
                Leefgebied = Knelpunttekst.Leeg(command.Leefgebied),
                Expertise = Knelpunttekst.Leeg(command.Expertise),
                Team = Knelpunttekst.Leeg(command.Team),
                Omschrijving = omschrijving,
                Vergelijking = Knelpunttekst.Vergelijking(omschrijving),
                Nu = nu,
            };
            if (await session.ExecuteAsync(Nieuw, rij) == 1)
            {
                await KnelpuntOpslag.EersteMeldingAsync(session, rij.Id, melder, nu);
                return new Gemeld(rij.Id, 1, true);
            }

            var bestaand = await session.QuerySingleOrDefaultAsync<Guid>(Bestaand, rij);
            var aantal = await KnelpuntOpslag.TelMeeAsync(session, bestaand, melder, nu) ?? await KnelpuntOpslag.AantalAsync(session, bestaand);
            return new Gemeld(bestaand, aantal, false);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/knelpunten", async Task<Results<Created<Gemeld>, Ok<Gemeld>>> (Invoer? invoer, IMediator mediator, CancellationToken ct) =>
            {
                var gemeld = await mediator.Send(new Command(invoer?.Soort, invoer?.Leefgebied, invoer?.Expertise, invoer?.Team, invoer?.Omschrijving), ct);
                return gemeld.Nieuw ? TypedResults.Created($"/api/v1/knelpunten/{gemeld.Id}", gemeld) : TypedResults.Ok(gemeld);
            })
            .MetIdempotentie()
            .WithName("meldKnelpunt")
            .WithTags("Monitoring")
            .WithSummary("Meld een knelpunt aan beleid")
            .WithDescription(
                "Het loket meldt een knelpunt dat het tegenkomt (een regel die hulp blokkeert, een gat in de sociale kaart, een wachtlijst, " +
                "samenwerking die vastloopt), zonder persoonsgegevens: een soort, naar keuze een leefgebied (code uit GET /api/v1/leefgebieden), " +
                "een expertise (GET /api/v1/expertises) of een team (GET /api/v1/teams), en een korte omschrijving van ten hoogste 500 tekens " +
                "zonder namen; een omschrijving met een nummer dat de elfproef haalt (een BSN) geeft 400. Staat hetzelfde knelpunt (zelfde soort, " +
                "codes en omschrijving) nog open, dan telt de melding daarbij (200, één keer per medewerker of sleutel); anders ontstaat een nieuw knelpunt (201).")
            .ProducesValidationProblem();
}
