using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.SocialeKaart.Contracts;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen;

/// <summary>
/// The loket answers an aanmelding at once: the advice given, the leefgebieden it touched, and the voorzieningen of
/// the sociale kaart it pointed to (afschalen). The pointers are stored, so they can be counted.
/// </summary>
internal static class HandelAanmeldingAf
{
    [Vereist(IntakeRechten.AanmeldingenBehandelen)]
    [Verwerking("Aanmelding direct afgehandeld met advies", IntakeDoelen.Intake)]
    public sealed record Command(Guid AanmeldingId, string? Advies, IReadOnlyList<string>? Leefgebieden, IReadOnlyList<Guid>? VoorzieningIds)
        : ICommand<Afhandeling>;

    public sealed record Invoer(string? Advies, IReadOnlyList<string>? Leefgebieden, IReadOnlyList<Guid>? VoorzieningIds)
    {
        /// <summary>The example in the API document.</summary>
        public static Invoer Voorbeeld => new("Uitgelegd hoe de kwijtschelding van gemeentelijke belastingen werkt en het formulier meegegeven.", ["financien"], []);
    }

    public sealed record Afhandeling(
        Guid AanmeldingId, Guid? InwonerId, DateTimeOffset AfgehandeldOp, IReadOnlyList<string> Leefgebieden, IReadOnlyList<Guid> VoorzieningIds)
        : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IMediator mediator)
        {
            RuleFor(c => c.Advies).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Noteer het advies of de informatie die de inwoner kreeg.")
                .MaximumLength(4000).WithMessage("Het advies is te lang (ten hoogste 4000 tekens).");
            RuleFor(c => c.Leefgebieden).CustomAsync(async (codes, context, ct) =>
            {
                if (codes is not { Count: > 0 })
                {
                    return;
                }

                var bekend = (await mediator.Send(new GeefLeefgebieden(), ct)).Select(l => l.Code).ToHashSet();
                foreach (var onbekend in codes.Where(c => !bekend.Contains(c)).Distinct())
                {
                    context.AddFailure($"Onbekend leefgebied '{onbekend}'; zie GET /api/v1/leefgebieden.");
                }
            });
            RuleFor(c => c.VoorzieningIds).CustomAsync(async (ids, context, ct) =>
            {
                if (ids is not { Count: > 0 })
                {
                    return;
                }

                var bestaan = await mediator.Send(new BestaanVoorzieningen(ids), ct);
                foreach (var onbekend in ids.Where(id => !bestaan.Contains(id)).Distinct())
                {
                    context.AddFailure($"Voorziening {onbekend} staat niet (meer) op de sociale kaart.");
                }
            });
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Afhandeling>
    {
        private const string BewaarAfhandeling = """
            insert into intake.afhandeling (aanmelding_id, advies, leefgebieden, afgehandeld_door)
            values (@AanmeldingId, @Advies, @Leefgebieden, @Door)
            """;

        private const string BewaarVerwijzingen = """
            insert into intake.aanmelding_voorziening (aanmelding_id, voorziening_id)
            select @AanmeldingId, unnest(@VoorzieningIds)
            """;

        public async Task<Afhandeling> Handle(Command command, CancellationToken cancellationToken)
        {
            var leefgebieden = (command.Leefgebieden ?? []).Distinct().ToArray();
            var voorzieningIds = (command.VoorzieningIds ?? []).Distinct().ToArray();
            var aanmelding = await AanmeldingOpslag.LaadAsync(session, command.AanmeldingId);
            var afgehandeld = aanmelding.HandelAf(actor.Huidig.Id, clock.GetUtcNow(), voorzieningIds, leefgebieden);
            await AanmeldingOpslag.BewaarAsync(session, aanmelding);
            await session.ExecuteAsync(BewaarAfhandeling, new
            {
                command.AanmeldingId,
                Advies = command.Advies!.Trim(),
                Leefgebieden = leefgebieden,
                Door = actor.Huidig.Naam,
            });
            await session.ExecuteAsync(BewaarVerwijzingen, new { command.AanmeldingId, VoorzieningIds = voorzieningIds });
            await session.RaiseAsync(afgehandeld);
            return new Afhandeling(aanmelding.Id, aanmelding.InwonerId, afgehandeld.OccurredAt, leefgebieden, voorzieningIds);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/aanmeldingen/{id}/afhandeling", async Task<Created<Afhandeling>> (Guid id, Invoer? invoer, IMediator mediator, CancellationToken ct) =>
            {
                var afhandeling = await mediator.Send(new Command(id, invoer?.Advies, invoer?.Leefgebieden, invoer?.VoorzieningIds), ct);
                return TypedResults.Created($"/api/v1/aanmeldingen/{id}/afhandeling", afhandeling);
            })
            .WithName("handelAanmeldingAf")
            .WithTags("Aanmeldingen")
            .WithSummary("Handel een aanmelding direct af")
            .WithDescription(
                "De vraag is bij het eerste contact beantwoord: advies of informatie, eventueel met een verwijzing naar voorzieningen " +
                "van de sociale kaart (afschalen). leefgebieden: codes uit GET /api/v1/leefgebieden. voorzieningIds: ids uit de " +
                "sociale kaart. Alleen een open aanmelding kan worden afgehandeld (anders 422); behandelt een collega haar, dan 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
