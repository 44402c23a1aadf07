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
using Nijkerk.SociaalDomein.Regie.Plannen;

namespace Nijkerk.SociaalDomein.Regie.Escalaties;

/// <summary>The ijsbreker records a decision at once, with doorzettingsmacht; the plan's history notes that one was taken.</summary>
internal static class LegBesluitVast
{
    [Vereist(RegieRechten.EscalatiesBehandelen)]
    [Verwerking("Besluit van de ijsbreker vastgelegd", RegieDoelen.Regie)]
    public sealed record Command(Guid EscalatieId, string? Besluit) : ICommand<Vastgelegd>;

    public sealed record Invoer(string? Besluit)
    {
        /// <summary>The example in the API document.</summary>
        public static Invoer Voorbeeld => new("Het wijkteam neemt de aanvraag beschermingsbewind over; de regisseur belt de bewindvoerder morgen.");
    }

    public sealed record Vastgelegd(Guid Id, Guid EscalatieId, DateTimeOffset Op);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Besluit).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Schrijf het besluit op: wat er gebeurt en wie het doet.")
                .MaximumLength(2000).WithMessage("Het besluit is te lang (ten hoogste 2000 tekens).");
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Vastgelegd>
    {
        private const string Bewaar = """
            insert into regie.escalatie_besluit (id, escalatie_id, besluit, op, door, door_naam) values (@Id, @EscalatieId, @Besluit, @Nu, @Door, @DoorNaam)
            """;

        public async Task<Vastgelegd> Handle(Command command, CancellationToken cancellationToken)
        {
            var wie = actor.Huidig;
            var (escalatie, plan) = await EscalatieOpslag.LaadAsync(session, command.EscalatieId, wie);
            escalatie.MoetOpenZijn();
            var nu = clock.GetUtcNow();
            var id = Guid.CreateVersion7();
            await session.ExecuteAsync(Bewaar, new { Id = id, EscalatieId = escalatie.Id, Besluit = command.Besluit!.Trim(), Nu = nu, Door = wie.Id, DoorNaam = wie.Naam });
            await PlanOpslag.BewaarAsync(session, plan, wie, nu, "escalatie", escalatie.Id, "Besluit van de ijsbreker vastgelegd");
            return new Vastgelegd(id, escalatie.Id, nu);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/escalaties/{id}/besluiten", async Task<Created<Vastgelegd>> (Guid id, Invoer? invoer, IMediator mediator, CancellationToken ct) =>
            {
                var vastgelegd = await mediator.Send(new Command(id, invoer?.Besluit), ct);
                return TypedResults.Created($"/api/v1/escalaties/{id}", vastgelegd);
            })
            .MetIdempotentie()
            .WithName("legBesluitVast")
            .WithTags("Regie")
            .WithSummary("Leg een besluit van de ijsbreker vast")
            .WithDescription("De ijsbreker legt een besluit meteen vast. De geschiedenis van het plan noemt dat er een besluit is genomen, niet de inhoud. Alleen voor ijsbrekers; een afgehandelde escalatie geeft 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
