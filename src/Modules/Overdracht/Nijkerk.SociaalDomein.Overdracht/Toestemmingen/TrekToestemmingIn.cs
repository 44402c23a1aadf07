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

namespace Nijkerk.SociaalDomein.Overdracht.Toestemmingen;

/// <summary>
/// The inwoner withdraws his toestemming. From that moment the partner's key no longer reads the overdrachten it covered
/// (row-level security, migration 0004) and no new overdracht goes to that partner; the record itself stays.
/// </summary>
internal static class TrekToestemmingIn
{
    [Vereist(OverdrachtRechten.ToestemmingenBeheren)]
    [Verwerking("Toestemming van de inwoner ingetrokken", OverdrachtDoelen.Overdracht)]
    public sealed record Command(Guid InwonerId, Guid ToestemmingId, string? Reden) : ICommand<Ingetrokken>, IBetreftPersoon;

    public sealed record Body(string? Reden)
    {
        /// <summary>The example in the API document.</summary>
        public static Body Voorbeeld => new("De inwoner regelt zijn schulden liever zelf met hulp van zijn dochter.");
    }

    public sealed record Ingetrokken(Guid Id, DateTimeOffset IngetrokkenOp);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Reden).MaximumLength(1000).WithMessage("De reden is te lang (ten hoogste 1000 tekens).");
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Ingetrokken>
    {
        private const string Laad = """
            select ingetrokken_op is not null from overdracht.toestemming where id = @ToestemmingId and inwoner_id = @InwonerId for update
            """;

        private const string Trek = """
            update overdracht.toestemming set ingetrokken_op = @Nu, ingetrokken_door = @Door, intrekkingsreden = @Reden
            where id = @ToestemmingId
            """;

        public async Task<Ingetrokken> Handle(Command command, CancellationToken cancellationToken)
        {
            var ingetrokken = await session.QuerySingleOrDefaultAsync<bool?>(Laad, new { command.ToestemmingId, command.InwonerId })
                ?? throw new NietGevondenException("Deze inwoner heeft geen toestemming met deze id.");
            if (ingetrokken)
            {
                throw new ConflictException("Deze toestemming is al ingetrokken.");
            }

            var nu = clock.GetUtcNow();
            await session.ExecuteAsync(Trek, new
            {
                command.ToestemmingId,
                Nu = nu,
                Door = actor.Huidig.Naam,
                Reden = string.IsNullOrWhiteSpace(command.Reden) ? null : command.Reden.Trim(),
            });
            return new Ingetrokken(command.ToestemmingId, nu);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/inwoners/{id}/toestemmingen/{toestemmingId}/intrekking", async Task<Created<Ingetrokken>> (
                Guid id, Guid toestemmingId, Body? body, IMediator mediator, CancellationToken ct) =>
            {
                var ingetrokken = await mediator.Send(new Command(id, toestemmingId, body?.Reden), ct);
                return TypedResults.Created($"/api/v1/inwoners/{id}/toestemmingen", ingetrokken);
            })
            .MetIdempotentie()
            .WithName("trekToestemmingIn")
            .WithTags("Overdracht")
            .WithSummary("Trek een toestemming van de inwoner in")
            .WithDescription(
                "De inwoner trekt zijn toestemming in (reden mag leeg). Vanaf dat moment leest de sleutel van de partner de overdrachten " +
                "onder die toestemming niet meer (404) en gaat er geen nieuwe overdracht naar die partner. De toestemming blijft zichtbaar, " +
                "als ingetrokken. Nogmaals intrekken geeft 409. Een intrekking is een sub-resource die wordt aangemaakt (POST), zoals een acceptatie.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
