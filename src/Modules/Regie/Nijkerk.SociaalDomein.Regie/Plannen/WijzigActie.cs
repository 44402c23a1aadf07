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
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Regie.Contracts;
using Nijkerk.SociaalDomein.Regie.Huishoudens;

namespace Nijkerk.SociaalDomein.Regie.Plannen;

/// <summary>
/// An actie's status (open, bezig, gedaan, vervallen) and/or deadline changes, on the actie's own version: colleagues
/// editing other acties do not block each other; two edits of one actie on the same version, the second is refused (412)
/// naming who changed it. The regisseur changes any actie; a vakspecialist those of his own team.
/// </summary>
internal static class WijzigActie
{
    public const string NietGevonden = "Dit plan heeft geen actie met deze id.";

    [Vereist(RegieRechten.PlannenBijdragen)]
    [Verwerking("Actie van het ondersteuningsplan gewijzigd", RegieDoelen.Regie)]
    public sealed record Command(Guid PlanId, Guid ActieId, int Versie, string? Status, DateOnly? Deadline) : ICommand<PlanGewijzigd>;

    public sealed record Invoer(string? Status, DateOnly? Deadline)
    {
        /// <summary>The example in the API document.</summary>
        public static Invoer Voorbeeld => new(ActieStatussen.Bezig, null);
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Status).EenVan(ActieStatussen.Namen.Keys)
                .WithMessage("Kies de status open, bezig, gedaan of vervallen.");
            RuleFor(c => c.Deadline).Must(d => d is null || d >= NederlandseDag.Van(clock.GetUtcNow()))
                .WithMessage("De deadline ligt in het verleden; kies vandaag of later.");
            RuleFor(c => c.Status).NotEmpty().When(c => c.Deadline is null)
                .WithMessage("Geef een nieuwe status of een nieuwe deadline.");
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, PlanGewijzigd>
    {
        private const string Laad = """
            select status as Status, deadline as Deadline, team_code as TeamCode, organisatie as Organisatie, zichtbaarheid as Zichtbaarheid, versie as Versie
            from regie.actie where id = @ActieId and plan_id = @PlanId for update
            """;

        private const string Bewaar = """
            update regie.actie set status = @Status, deadline = @Deadline, versie = versie + 1, gewijzigd_op = @Nu where id = @ActieId
            returning versie
            """;

        public async Task<PlanGewijzigd> Handle(Command command, CancellationToken cancellationToken)
        {
            var wie = actor.Huidig;
            var (plan, rol) = await PlanOpslag.LaadAsync(session, command.PlanId, wie);
            var actie = await session.QuerySingleOrDefaultAsync<ActieRij>(Laad, command);
            if (actie is null || !PlanToegang.Ziet(wie, rol, actie.Zichtbaarheid, actie.TeamCode, actie.Organisatie))
            {
                throw new NietGevondenException(NietGevonden);
            }

            if (!PlanWijzigen.IsRegisseur(wie, rol)
                && !(PlanWijzigen.IsBijdrager(wie, rol) && actie.TeamCode is { } team && (wie.Teams ?? []).Contains(team)))
            {
                throw new GeenToegangException("U wijzigt alleen acties van uw eigen team; deze actie wijzigt de regisseur.");
            }

            plan.MoetLopen();
            await PlanOpslag.ZelfdeVersieVanOnderdeelAsync(session, plan, "actie", command.ActieId, actie.Versie, command.Versie);
            var nu = clock.GetUtcNow();
            var status = command.Status ?? actie.Status;
            var deadline = command.Deadline ?? actie.Deadline;
            var versie = await session.QuerySingleOrDefaultAsync<int>(Bewaar, new { command.ActieId, Status = status, Deadline = deadline, Nu = nu });
            var wat = (status != actie.Status, deadline != actie.Deadline) switch
            {
                (true, true) => $"Actie: status {ActieStatussen.Namen[status].ToLowerInvariant()} en deadline gewijzigd",
                (true, false) => $"Actie: status {ActieStatussen.Namen[status].ToLowerInvariant()}",
                (false, true) => "Actie: deadline gewijzigd",
                _ => "Actie opnieuw bevestigd",
            };
            await PlanOpslag.BewaarAsync(session, plan, wie, nu, "actie", command.ActieId, wat, versie);
            return new PlanGewijzigd(plan.Id, command.ActieId, versie, plan.Versie) { Leden = await HuishoudenOpslag.LedenAsync(session, plan.HuishoudenId) };
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPatch("/plannen/{id}/acties/{actieId}", async Task<Ok<PlanGewijzigd>> (
                Guid id, Guid actieId, Invoer? invoer, HttpRequest request, HttpResponse response, IMediator mediator, CancellationToken ct) =>
            {
                var versie = Versies.UitIfMatch(request);
                var gewijzigd = await mediator.Send(new Command(id, actieId, versie, invoer?.Status, invoer?.Deadline), ct);
                Versies.ZetETag(response, gewijzigd.Versie!.Value);
                return TypedResults.Ok(gewijzigd);
            })
            .WithName("wijzigActie")
            .WithTags("Regie")
            .WithSummary("Wijzig de status of deadline van een actie")
            .WithDescription(
                "Zet de status van een actie (open, bezig, gedaan, vervallen) en/of een nieuwe deadline (vandaag of later). Stuur in If-Match de " +
                "versie van de actie (versie in GET /plannen/{id}; zonder 428). Wijzigde een collega deze actie intussen, dan volgt 412 met in " +
                "wijzigingen wie wat wijzigde en in versie de huidige versie, en blijft zijn wijziging staan; wijzigingen van andere acties blokkeren niet. " +
                "De regisseur wijzigt elke actie, een vakspecialist alleen acties van zijn eigen team (anders 403). Een afgesloten plan: 409. " +
                "Het antwoord draagt de nieuwe versie van de actie als ETag.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private sealed record ActieRij(string Status, DateOnly Deadline, string? TeamCode, string? Organisatie, string Zichtbaarheid, int Versie);
}
