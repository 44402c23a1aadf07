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
using Nijkerk.SociaalDomein.Regie.Contracts;
using Nijkerk.SociaalDomein.Regie.Huishoudens;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Regie.Plannen;

/// <summary>
/// The regisseur adds a doel: what the household wants to reach on one leefgebied, in its own words, visible to the whole
/// plan team or ('beperkt') only to him and the team it names.
/// </summary>
internal static class VoegDoelToe
{
    [Vereist(RegieRechten.PlannenBeheren)]
    [Verwerking("Doel aan het ondersteuningsplan toegevoegd", RegieDoelen.Regie)]
    public sealed record Command(Guid PlanId, int Versie, string? Leefgebied, string? Omschrijving, string? Zichtbaarheid, string? TeamCode)
        : ICommand<PlanGewijzigd>;

    public sealed record Invoer(string? Leefgebied, string? Omschrijving, string? Zichtbaarheid, string? TeamCode)
    {
        /// <summary>The example in the API document.</summary>
        public static Invoer Voorbeeld => new("financien", "We willen weer rondkomen en geen nieuwe schulden maken.", Zichtbaarheden.Plan, null);
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IMediator mediator)
        {
            RuleFor(c => c.Leefgebied).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Kies het leefgebied waar het doel bij hoort.")
                .MustAsync(async (code, ct) => (await mediator.Send(new GeefLeefgebieden(), ct)).Any(l => l.Code == code))
                .WithMessage("Kies een leefgebied uit de lijst.");
            RuleFor(c => c.Omschrijving).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Beschrijf het doel in de woorden van het huishouden.")
                .MaximumLength(2000).WithMessage("Het doel is te lang (ten hoogste 2000 tekens).");
            RuleFor(c => c.Zichtbaarheid).EenVan(Zichtbaarheden.Namen.Keys)
                .WithMessage("Kies wie het doel ziet: 'plan' (iedereen in het plan) of 'beperkt' (alleen regisseur en verantwoordelijke).");
            RuleFor(c => c.TeamCode)
                .MustAsync(async (code, ct) => (await mediator.Send(new GeefTeams(), ct)).Any(t => t.Code == code))
                .When(c => !string.IsNullOrEmpty(c.TeamCode)).WithMessage("Kies een team uit de lijst.");
            RuleFor(c => c.TeamCode).NotEmpty().When(c => c.Zichtbaarheid == Zichtbaarheden.Beperkt)
                .WithMessage("Een beperkt doel noemt het team dat het ziet, naast de regisseur.");
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, PlanGewijzigd>
    {
        private const string Voeg = """
            insert into regie.doel (id, plan_id, leefgebied, omschrijving, zichtbaarheid, team_code, aangemaakt_op, aangemaakt_door)
            values (@Id, @PlanId, @Leefgebied, @Omschrijving, @Zichtbaarheid, @TeamCode, @Nu, @Door)
            """;

        public async Task<PlanGewijzigd> Handle(Command command, CancellationToken cancellationToken)
        {
            var wie = actor.Huidig;
            var (plan, rol) = await PlanOpslag.LaadAsync(session, command.PlanId, wie);
            PlanWijzigen.MoetRegisseurZijn(wie, rol);
            plan.MoetLopen();
            await PlanWijzigen.PlanZelfdeSindsAsync(session, plan, command.Versie);
            var id = Guid.CreateVersion7();
            var nu = clock.GetUtcNow();
            await session.ExecuteAsync(Voeg, new
            {
                Id = id, command.PlanId, command.Leefgebied, Omschrijving = command.Omschrijving!.Trim(),
                Zichtbaarheid = command.Zichtbaarheid ?? Zichtbaarheden.Plan, TeamCode = string.IsNullOrEmpty(command.TeamCode) ? null : command.TeamCode,
                Nu = nu, Door = wie.Id,
            });
            await PlanOpslag.BewaarAsync(session, plan, wie, nu, "doel", id, "Doel toegevoegd", 1);
            return new PlanGewijzigd(plan.Id, id, 1, plan.Versie) { Leden = await HuishoudenOpslag.LedenAsync(session, plan.HuishoudenId) };
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/plannen/{id}/doelen", async Task<Created<PlanGewijzigd>> (Guid id, Invoer? invoer, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var versie = Versies.UitIfMatch(request);
                var gewijzigd = await mediator.Send(new Command(id, versie, invoer?.Leefgebied, invoer?.Omschrijving, invoer?.Zichtbaarheid, invoer?.TeamCode), ct);
                return TypedResults.Created($"/api/v1/plannen/{id}", gewijzigd);
            })
            .WithName("voegDoelToe")
            .WithTags("Regie")
            .WithSummary("Voeg een doel toe aan een ondersteuningsplan")
            .WithDescription(
                "De regisseur legt een doel vast: het leefgebied (een code uit GET /leefgebieden) en wat het huishouden wil bereiken, in zijn eigen " +
                "woorden. zichtbaarheid 'plan' (standaard) of 'beperkt': dan zien alleen de regisseur en het team in teamCode het doel. Stuur in " +
                "If-Match de ETag van het plan (zonder 428); alleen als het plan zelf intussen wijzigde (akkoord, afsluiting) volgt 412, doelen en " +
                "acties van collega's niet. Een afgesloten plan: 409. Alleen medewerkers: een API-sleutel heeft geen deel in een plan.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
