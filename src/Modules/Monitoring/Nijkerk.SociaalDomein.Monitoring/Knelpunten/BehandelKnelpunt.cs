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

namespace Nijkerk.SociaalDomein.Monitoring.Knelpunten;

/// <summary>
/// Beleid records what it does with a knelpunt: in behandeling, then opgepakt or niet opgepakt, each time with a short
/// toelichting; who and when are kept with every change. Only on the version beleid saw: a colleague's change in between is a 412.
/// </summary>
internal static class BehandelKnelpunt
{
    public static readonly IReadOnlyList<string> Naar = ["in-behandeling", "opgepakt", "niet-opgepakt"];

    [Vereist(MonitoringRechten.KnelpuntenBehandelen)]
    [GeenPersoonsgegevens]
    public sealed record Command(Guid Id, int Versie, string? Status, string? Toelichting) : ICommand<int>;

    public sealed record Invoer(string? Status, string? Toelichting)
    {
        /// <summary>The example in the API document.</summary>
        public static Invoer Voorbeeld => new("opgepakt", "Besproken in het beleidsoverleg: vanaf maart is er een avondspreekuur geldzaken in de bibliotheek.");
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Status).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Kies wat er met het knelpunt gebeurt: in behandeling, opgepakt of niet opgepakt.")
                .EenVan(Naar).WithMessage($"Onbekende status; kies uit: {string.Join(", ", Naar)}.");
            RuleFor(c => c.Toelichting).ZonderPersoonsgegevens("toelichting", 1000);
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, int>
    {
        private const string Wijzig = """
            update monitoring.knelpunt
            set status = @Naar, toelichting = @Toelichting, behandeld_door = @Door, behandeld_op = @Nu, versie = versie + 1
            where id = @Id and versie = @Versie
            returning versie
            """;

        private const string Geschiedenis = """
            insert into monitoring.knelpunt_behandeling (id, knelpunt_id, van, naar, toelichting, door, op)
            values (@RegelId, @Id, @Van, @Naar, @Toelichting, @Door, @Nu)
            """;

        public async Task<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var knelpunt = await KnelpuntOpslag.LaadAsync(session, command.Id);
            if (knelpunt.Versie != command.Versie)
            {
                throw new VerouderdeVersieException(
                    "Iemand anders heeft dit knelpunt intussen behandeld. Bekijk de nieuwe stand en breng uw wijziging zo nodig opnieuw aan.");
            }

            knelpunt.ControleerBehandeling(command.Status!);
            var rij = new
            {
                RegelId = Guid.CreateVersion7(),
                knelpunt.Id,
                command.Versie,
                Van = knelpunt.Status,
                Naar = command.Status,
                Toelichting = command.Toelichting!.Trim(),
                Door = actor.Huidig.Naam,
                Nu = clock.GetUtcNow(),
            };
            var versie = await session.QuerySingleOrDefaultAsync<int>(Wijzig, rij);
            await session.ExecuteAsync(Geschiedenis, rij);
            return versie;
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/knelpunten/{id}/behandeling", async Task<NoContent> (
                Guid id, Invoer? invoer, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var versie = await mediator.Send(new Command(id, Versies.UitIfMatch(request), invoer?.Status, invoer?.Toelichting), ct);
                Versies.ZetETag(response, versie);
                return TypedResults.NoContent();
            })
            .WithName("behandelKnelpunt")
            .WithTags("Monitoring")
            .WithSummary("Leg vast wat beleid met een knelpunt doet")
            .WithDescription(
                "Alleen voor beleid (aangemeld): de status (open → in-behandeling → opgepakt of niet-opgepakt; vanuit open mag het ook direct) " +
                "met een korte toelichting zonder persoonsgegevens; wie en wanneer worden bewaard, met elke eerdere wijziging. Stuur in If-Match " +
                "de ETag uit GET /knelpunten/{id}; is het knelpunt intussen door een ander gewijzigd, dan volgt 412 en verandert er niets. Zonder " +
                "If-Match volgt 428. Een afgehandeld knelpunt of dezelfde status nogmaals geeft 422. Het antwoord draagt de nieuwe ETag.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
