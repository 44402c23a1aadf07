using System.Text.Json.Serialization;
using Dapper;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Regie.Contracts;
using Nijkerk.SociaalDomein.Regie.Huishoudens;
using Nijkerk.SociaalDomein.Regie.Plannen;
using Npgsql;

namespace Nijkerk.SociaalDomein.Regie.Escalaties;

/// <summary>
/// A stalled plan is escalated to the ijsbreker on duty at this moment (the rota); with nobody on duty it goes to all
/// ijsbrekers. Who has a part in the plan escalates (the regisseur, a vakspecialist of a team in it, a partner named on
/// an actie); the loket and the municipality's own systems may too, as they see the plan at first contact. A partner
/// or vakspecialist without a part gets 404. One open escalation per plan: a second is 409 naming it.
/// </summary>
internal static class EscaleerPlan
{
    [Vereist(RegieRechten.PlannenEscaleren)]
    [Verwerking("Ondersteuningsplan geëscaleerd naar de ijsbreker", RegieDoelen.Regie)]
    public sealed record Command(Guid PlanId, string? Aanleiding, string? Reden) : ICommand<Geescaleerd>;

    public sealed record Invoer(string? Aanleiding, string? Reden)
    {
        /// <summary>The example in the API document.</summary>
        public static Invoer Voorbeeld => new("vastgelopen-actie", "De aanvraag beschermingsbewind ligt al zes weken stil; de deurwaarder komt volgende week.");
    }

    /// <summary>The escalation and the ijsbreker(s) it went to; the household's members go to the audit log only.</summary>
    public sealed record Geescaleerd(Guid EscalatieId, Guid PlanId, string Aanleiding, IReadOnlyList<string> Ijsbrekers, bool NiemandVanDienst, DateTimeOffset GeescaleerdOp)
        : IBetreftPersonen
    {
        [JsonIgnore]
        public IReadOnlyList<Guid> Leden { get; init; } = [];

        public IEnumerable<Guid?> BetrokkenPersonen() => Leden.Select(l => (Guid?)l);
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Aanleiding).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Kies de aanleiding: vastgelopen-actie, stilstand of anders.")
                .EenVan(Escalatiecodes.Aanleidingen.Keys).WithMessage("Onbekende aanleiding; kies vastgelopen-actie, stilstand of anders.");
            RuleFor(c => c.Reden).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Beschrijf waarom het plan vastloopt, zodat de ijsbreker weet waar hij moet doorbreken.")
                .MaximumLength(2000).WithMessage("De reden is te lang (ten hoogste 2000 tekens).");
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor, IMediator mediator) : IRequestHandler<Command, Geescaleerd>
    {
        private const string OpenEscalatie = """
            select id as Id, geescaleerd_op as GeescaleerdOp, ijsbreker_namen as Ijsbrekers from regie.escalatie where plan_id = @PlanId and status = 'open'
            """;

        private const string VanDienst = """
            select distinct ijsbreker_id as Id, ijsbreker_naam as Naam from regie.ijsbreker_dienst where van <= @Nu and tot > @Nu order by ijsbreker_naam
            """;

        private const string Bewaar = """
            insert into regie.escalatie (id, plan_id, aanleiding, reden, ijsbreker_ids, ijsbreker_namen, niemand_van_dienst, geescaleerd_op, door, door_naam, door_organisatie)
            values (@Id, @PlanId, @Aanleiding, @Reden, @IjsbrekerIds, @IjsbrekerNamen, @NiemandVanDienst, @Nu, @Door, @DoorNaam, @DoorOrganisatie)
            """;

        public async Task<Geescaleerd> Handle(Command command, CancellationToken cancellationToken)
        {
            var wie = actor.Huidig;
            var (plan, rol) = await PlanOpslag.LaadMetRolAsync(session, command.PlanId, wie);
            if (rol == PlanRol.Geen && !MagZonderDeel(wie))
            {
                throw new NietGevondenException(PlanOpslag.NietGevonden);
            }

            plan.MoetLopen();
            if (await session.QuerySingleOrDefaultAsync<OpenRij>(OpenEscalatie, new { PlanId = plan.Id }) is { } open)
            {
                throw AlOpen(open);
            }

            var nu = clock.GetUtcNow();
            var ijsbrekers = (await session.Connection.QueryAsync<Medewerker>(VanDienst, new { Nu = nu }, session.Transaction)).ToList();
            var niemand = ijsbrekers.Count == 0;
            if (niemand)
            {
                ijsbrekers = [.. await mediator.Send(new GeefMedewerkersMetRol(Rollen.Ijsbreker), cancellationToken)];
            }

            var id = Guid.CreateVersion7();
            try
            {
                await session.ExecuteAsync(Bewaar, new
                {
                    Id = id, PlanId = plan.Id, command.Aanleiding, Reden = command.Reden!.Trim(), IjsbrekerIds = ijsbrekers.Select(i => i.Id).ToArray(),
                    IjsbrekerNamen = ijsbrekers.Select(i => i.Naam).ToArray(), NiemandVanDienst = niemand, Nu = nu, Door = wie.Id, DoorNaam = wie.Naam,
                    DoorOrganisatie = wie.Organisatie,
                });
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                throw new ConflictException("Dit plan is zojuist door een ander geëscaleerd. Er is één open escalatie per plan.");
            }

            await PlanOpslag.BewaarAsync(session, plan, wie, nu, "escalatie", id, "Plan geëscaleerd naar de ijsbreker");
            await session.RaiseAsync(new PlanGeescaleerd(Guid.CreateVersion7(), nu, plan.Id, plan.HuishoudenId, id, command.Aanleiding!, wie.Organisatie));
            var leden = await HuishoudenOpslag.LedenAsync(session, plan.HuishoudenId);
            return new Geescaleerd(id, plan.Id, command.Aanleiding!, [.. ijsbrekers.Select(i => i.Naam)], niemand, nu) { Leden = leden };
        }

        // The loket (and a system of the municipality itself) sees the plan and its regisseur at first contact, and an
        // inwoner calling that nothing happens is a reason to escalate; professionals who work in plans and partners
        // escalate only the plans they have a part in.
        private static bool MagZonderDeel(Actor wie) =>
            wie.Organisatie is null && wie.Soort != ActorSoort.Systeem && !wie.Mag(RegieRechten.PlannenBijdragen) && !wie.Mag(RegieRechten.EscalatiesBehandelen);

        private static ConflictException AlOpen(OpenRij open) =>
            new($"Dit plan is al geëscaleerd op {Budgetpot.Nederlands(open.GeescaleerdOp):dd-MM-yyyy HH:mm}, naar {string.Join(", ", open.Ijsbrekers)}; " +
                "die escalatie is nog open. Er is één open escalatie per plan.", open.Id.ToString())
            {
                Extra = new Dictionary<string, object?> { ["escalatieId"] = open.Id },
            };

        private sealed record OpenRij(Guid Id, DateTimeOffset GeescaleerdOp, string[] Ijsbrekers);
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/plannen/{id}/escalatie", async Task<Created<Geescaleerd>> (Guid id, Invoer? invoer, IMediator mediator, CancellationToken ct) =>
            {
                var geescaleerd = await mediator.Send(new Command(id, invoer?.Aanleiding, invoer?.Reden), ct);
                return TypedResults.Created($"/api/v1/escalaties/{geescaleerd.EscalatieId}", geescaleerd);
            })
            .MetIdempotentie()
            .WithName("escaleerPlan")
            .WithTags("Regie")
            .WithSummary("Escaleer een vastgelopen plan naar de ijsbreker")
            .WithDescription(
                "Wie een deel heeft in het plan (de regisseur, een vakspecialist van een team in het plan, een partner die bij een actie staat) " +
                "escaleert het met een aanleiding (vastgelopen-actie, stilstand of anders) en een reden; ook het loket en systemen van de " +
                "gemeente zelf mogen dat. Een partner zonder deel in het plan krijgt 404. De escalatie gaat naar de ijsbreker die nu dienst " +
                "heeft volgens het rooster; heeft niemand dienst, dan naar alle ijsbrekers (niemandVanDienst). Eén open escalatie per plan: " +
                "een tweede geeft 409 met escalatieId. Meldt PlanGeescaleerd.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
