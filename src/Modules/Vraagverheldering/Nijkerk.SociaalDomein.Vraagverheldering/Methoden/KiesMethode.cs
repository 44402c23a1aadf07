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
using Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Methoden;

/// <summary>
/// Chooses another active method for a vraagverheldering, before any leefgebied is scored: scores only mean something
/// on the scale of the method they were given with.
/// </summary>
internal static class KiesMethode
{
    [Vereist(VraagverhelderingRechten.Behandelen)]
    [Verwerking("Methode van de vraagverheldering gekozen", VraagverhelderingDoelen.Vraagverheldering)]
    public sealed record Command(Guid VraagverhelderingId, int Versie, string? Methode) : ICommand<Bewerkt>;

    public sealed record Invoer(string? Methode)
    {
        /// <summary>The example in the API document.</summary>
        public static Invoer Voorbeeld => new("zrm-2017");
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Methode).NotEmpty().WithMessage("Kies een methode (GET /api/v1/methoden).");
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Bewerkt>
    {
        private const string Toestand = """
            select exists (select 1 from vraagverheldering.methode where code = @Methode and actief),
                   exists (select 1 from vraagverheldering.score where vraagverheldering_id = @VraagverhelderingId)
            """;

        private const string Bewaar = "update vraagverheldering.vraagverheldering set methode = @Methode where id = @Id";

        public async Task<Bewerkt> Handle(Command command, CancellationToken cancellationToken)
        {
            var vraagverheldering = await VraagverhelderingOpslag.LaadAsync(session, command.VraagverhelderingId);
            var (bestaat, gescoord) = await session.QuerySingleOrDefaultAsync<(bool, bool)>(Toestand, command);
            if (!bestaat)
            {
                throw new ValidationException([new FluentValidation.Results.ValidationFailure("methode", "Onbekende of niet actieve methode; zie GET /api/v1/methoden.")]);
            }

            vraagverheldering.Bewerk(actor.Huidig.Id, actor.Huidig.Naam, clock.GetUtcNow(), command.Versie);
            if (gescoord && command.Methode != vraagverheldering.Methode)
            {
                throw new RegelOvertredenException("Er zijn al leefgebieden gescoord met de huidige methode; een andere methode kan dan niet meer.");
            }

            await VraagverhelderingOpslag.BewaarAsync(session, vraagverheldering);
            await session.ExecuteAsync(Bewaar, new { vraagverheldering.Id, command.Methode });
            return new Bewerkt(vraagverheldering.Id, vraagverheldering.InwonerId, vraagverheldering.Versie);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/vraagverhelderingen/{id}/methode", async Task<NoContent> (
                Guid id, Invoer? invoer, HttpRequest request, HttpResponse response, IMediator mediator, CancellationToken ct) =>
            {
                var versie = Versies.UitIfMatch(request);
                var bewerkt = await mediator.Send(new Command(id, versie, invoer?.Methode), ct);
                Versies.ZetETag(response, bewerkt.Versie);
                return TypedResults.NoContent();
            })
            .WithName("kiesMethode")
            .WithTags("Vraagverheldering")
            .WithSummary("Kies de methode van een vraagverheldering")
            .WithDescription("Een andere actieve methode (GET /api/v1/methoden), zolang er nog geen leefgebied is gescoord (anders 422). " +
                "Stuur in If-Match de ETag uit de GET (zonder 428, verouderd 412).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
