using System.Text.Json;
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

namespace Nijkerk.SociaalDomein.Regie.RegieGevraagd;

/// <summary>
/// The teamleider assigns a regisseur to a question in "regie gevraagd", and the ondersteuningsplan of the inwoner's
/// household starts: prefilled with the hulpvragen, the leefgebied scores as start scores and the teams already
/// involved. A household without one gets a household of the inwoner alone. A household has at most one open plan:
/// a second start is 409 naming the open plan and its regisseur (the database holds it too, for two at once).
/// </summary>
internal static class WijsRegisseurToe
{
    [Vereist(RegieRechten.RegieToewijzen)]
    [Verwerking("Regisseur toegewezen en ondersteuningsplan gestart", RegieDoelen.Regie)]
    public sealed record Command(Guid RegieverzoekId, string? RegisseurId, string? Telefoon) : ICommand<Gestart>;

    public sealed record Invoer(string? RegisseurId, string? Telefoon)
    {
        /// <summary>The example in the API document.</summary>
        public static Invoer Voorbeeld => new("0b9d7a52-3c1e-4f7a-9a51-2f1f0d2b6c11", "033 247 12 34");
    }

    /// <summary>
    /// The started plan, its household and regisseur. The teamleider sees no person: the members are named to the audit
    /// log only.
    /// </summary>
    public sealed record Gestart(Guid PlanId, Guid HuishoudenId, string Regisseur, DateTimeOffset GestartOp, int Versie) : IBetreftPersonen
    {
        [JsonIgnore]
        public IReadOnlyList<Guid> Leden { get; init; } = [];

        public IEnumerable<Guid?> BetrokkenPersonen() => Leden.Select(l => (Guid?)l);
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IMediator mediator)
        {
            RuleFor(c => c.RegisseurId).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Kies de regisseur die het plan krijgt.")
                .MustAsync(async (id, ct) => (await mediator.Send(new GeefMedewerkersMetRol(Rollen.Regisseur), ct)).Any(m => m.Id == id))
                .WithMessage("Kies een regisseur uit de lijst: dit account is geen actieve regisseur.");
            RuleFor(c => c.Telefoon).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Geef het telefoonnummer waarop de regisseur voor het huishouden bereikbaar is.")
                .Matches(@"^\+?[0-9 ()\-]{6,20}$").WithMessage("Een telefoonnummer bestaat uit 6 tot 20 cijfers, spaties, haakjes of streepjes, eventueel met + ervoor.");
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor, IMediator mediator) : IRequestHandler<Command, Gestart>
    {
        private const string LaadVerzoek = """
            select id as Id, inwoner_id as InwonerId, vraagverheldering_id as VraagverheldingId, scores::text as Scores,
                   hulpvragen::text as Hulpvragen, teams as Teams, status as Status, plan_id as PlanId
            from regie.regieverzoek where id = @Id for update
            """;

        // The household's row is locked first, so two teamleiders starting a plan at once see each other's; the unique
        // index on the open plan holds it besides.
        private const string Vergrendel = "select id from regie.huishouden where id = @HuishoudenId for update";

        private const string OpenPlan = "select id as Id, regisseur_naam as Regisseur from regie.plan where huishouden_id = @HuishoudenId and status = 'lopend'";

        private const string Start = """
            insert into regie.plan (id, huishouden_id, regieverzoek_id, status, regisseur_id, regisseur_naam, regisseur_telefoon, teams,
                                    hulpvragen, gestart_op, laatste_activiteit_op)
            values (@Id, @HuishoudenId, @RegieverzoekId, 'lopend', @RegisseurId, @RegisseurNaam, @Telefoon, @Teams, @Hulpvragen::jsonb, @Nu, @Nu);
            insert into regie.plan_score (plan_id, leefgebied, start_score)
            select @Id, s.leefgebied, s.score from jsonb_to_recordset(@Scores::jsonb) as s(leefgebied text, score int);
            insert into regie.plan_wijziging (id, plan_id, versie, op, door, door_naam, onderdeel, onderdeel_id, omschrijving)
            values (@WijzigingId, @Id, 1, @Nu, @Door, @DoorNaam, 'plan', @Id, 'Plan gestart; regisseur toegewezen');
            update regie.regieverzoek set status = 'toegewezen', plan_id = @Id where id = @RegieverzoekId;
            """;

        private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

        public async Task<Gestart> Handle(Command command, CancellationToken cancellationToken)
        {
            var verzoek = await session.QuerySingleOrDefaultAsync<Verzoek>(LaadVerzoek, new { Id = command.RegieverzoekId })
                ?? throw new NietGevondenException("Er is geen verzoek om regie met deze id.");
            if (verzoek.Status != "open")
            {
                throw new ConflictException("Aan deze vraag is al een regisseur toegewezen.", verzoek.PlanId?.ToString());
            }

            if (verzoek.InwonerId is not { } inwonerId)
            {
                throw new RegelOvertredenException("Deze vraag is van een onbekende inwoner: registreer hem eerst, dan kan een plan voor zijn huishouden starten.");
            }

            var wie = actor.Huidig;
            var nu = clock.GetUtcNow();
            var huishouden = await HuishoudenOpslag.VanInwonerAsync(session, inwonerId) ?? await HuishoudenOpslag.MaakVoorAsync(session, inwonerId, wie, nu);
            await session.QuerySingleOrDefaultAsync<Guid>(Vergrendel, new { HuishoudenId = huishouden });
            if (await session.QuerySingleOrDefaultAsync<OpenPlanRij>(OpenPlan, new { HuishoudenId = huishouden }) is { } open)
            {
                throw AlEenPlan(open.Id, open.Regisseur);
            }

            var regisseur = (await mediator.Send(new GeefMedewerkersMetRol(Rollen.Regisseur), cancellationToken)).Single(m => m.Id == command.RegisseurId);
            var id = Guid.CreateVersion7();
            var scores = JsonSerializer.Deserialize<List<RegieverzoekScore>>(verzoek.Scores, Json) ?? [];
            try
            {
                await session.ExecuteAsync(Start, new
                {
                Id = id, HuishoudenId = huishouden, verzoek.Teams, RegieverzoekId = verzoek.Id, RegisseurId = regisseur.Id, RegisseurNaam = regisseur.Naam,
                Telefoon = command.Telefoon!.Trim(), verzoek.Hulpvragen, verzoek.Scores, Nu = nu, WijzigingId = Guid.CreateVersion7(), Door = wie.Id,
                DoorNaam = wie.Naam,
                });
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                throw new ConflictException("Voor dit huishouden is zojuist een ander plan gestart. Vernieuw 'regie gevraagd' en kijk welk plan loopt.");
            }
            var leden = await HuishoudenOpslag.LedenAsync(session, huishouden);
            await session.RaiseAsync(new RegisseurToegewezen(Guid.CreateVersion7(), nu, id, huishouden, leden, regisseur.Id, regisseur.Naam));
            await session.RaiseAsync(new PlanGestart(
                Guid.CreateVersion7(), nu, id, huishouden, verzoek.VraagverheldingId, leden,
                [.. scores.Select(s => new PlanScore(s.Leefgebied, s.Score))], verzoek.Teams));
            return new Gestart(id, huishouden, regisseur.Naam, nu, 1) { Leden = leden };
        }

        private static ConflictException AlEenPlan(Guid planId, string regisseur) =>
            new($"Dit huishouden heeft al een lopend ondersteuningsplan, met regisseur {regisseur}. Eén huishouden, één plan: voeg de vraag aan dat plan toe.", planId.ToString())
            {
                Extra = new Dictionary<string, object?> { ["planId"] = planId, ["regisseur"] = regisseur },
            };

        private sealed record Verzoek(Guid Id, Guid? InwonerId, Guid VraagverheldingId, string Scores, string Hulpvragen, string[] Teams, string Status, Guid? PlanId);

        private sealed record OpenPlanRij(Guid Id, string Regisseur);
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/regieverzoeken/{id}/toewijzing", async Task<Created<Gestart>> (Guid id, Invoer? invoer, IMediator mediator, CancellationToken ct) =>
            {
                var gestart = await mediator.Send(new Command(id, invoer?.RegisseurId, invoer?.Telefoon), ct);
                return TypedResults.Created($"/api/v1/plannen/{gestart.PlanId}", gestart);
            })
            .MetIdempotentie()
            .WithName("wijsRegisseurToe")
            .WithTags("Regie")
            .WithSummary("Wijs een regisseur toe en start het ondersteuningsplan")
            .WithDescription(
                "De teamleider kiest voor een vraag uit 'regie gevraagd' een regisseur (regisseurId, een account met de rol regisseur) en het " +
                "telefoonnummer waarop die voor het huishouden bereikbaar is. Het ondersteuningsplan van het huishouden van de inwoner start, met " +
                "de hulpvragen, de scores per leefgebied als startscores en de teams die al betrokken zijn; een inwoner zonder huishouden krijgt " +
                "een huishouden van één. Een huishouden heeft ten hoogste één lopend plan: een tweede start geeft 409 met planId en regisseur van " +
                "het lopende plan. Meldt RegisseurToegewezen en PlanGestart.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
