using FluentValidation;
using FluentValidation.Results;
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

namespace Nijkerk.SociaalDomein.Vraagverheldering.Leefgebieden;

/// <summary>
/// Scores one leefgebied of the vraagverheldering's method on its scale, with a toelichting, or records that it was
/// not discussed. Saved per leefgebied, so nothing is lost when a session ends halfway; who and when are kept.
/// </summary>
internal static class ScoorLeefgebied
{
    [Vereist(VraagverhelderingRechten.Behandelen)]
    [Verwerking("Leefgebied gescoord in de vraagverheldering", VraagverhelderingDoelen.Vraagverheldering)]
    public sealed record Command(Guid VraagverhelderingId, string Leefgebied, int Versie, int? Score, string? Toelichting, bool NietBesproken)
        : ICommand<Bewerkt>;

    public sealed record Invoer(int? Score, string? Toelichting, bool NietBesproken)
    {
        /// <summary>The example in the API document.</summary>
        public static Invoer Voorbeeld => new(2, "Huurachterstand van twee maanden; er is contact met de verhuurder.", false);
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Score).NotNull().When(c => !c.NietBesproken)
                .WithMessage("Geef een score op de schaal van de methode, of kies 'niet besproken'.");
            RuleFor(c => c.Score).Null().When(c => c.NietBesproken)
                .WithMessage("Een leefgebied dat niet besproken is heeft geen score.");
            RuleFor(c => c.Toelichting).MaximumLength(4000).WithMessage("De toelichting is te lang (ten hoogste 4000 tekens).");
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Bewerkt>
    {
        private const string Schaal = """
            select exists (select 1 from vraagverheldering.leefgebied where code = @Leefgebied and methode = @Methode and actief),
                   exists (select 1 from vraagverheldering.methode_schaal where methode = @Methode and waarde = @Score),
                   (select string_agg(waarde || ' ' || label, ', ' order by waarde) from vraagverheldering.methode_schaal where methode = @Methode)
            """;

        private const string Bewaar = """
            insert into vraagverheldering.score (vraagverheldering_id, leefgebied, score, niet_besproken, toelichting, vastgelegd_op, vastgelegd_door)
            values (@Id, @Leefgebied, @Score, @NietBesproken, @Toelichting, @Nu, @Door)
            on conflict (vraagverheldering_id, leefgebied) do update
            set score = excluded.score, niet_besproken = excluded.niet_besproken, toelichting = excluded.toelichting,
                vastgelegd_op = excluded.vastgelegd_op, vastgelegd_door = excluded.vastgelegd_door
            """;

        public async Task<Bewerkt> Handle(Command command, CancellationToken cancellationToken)
        {
            var nu = clock.GetUtcNow();
            var vraagverheldering = await VraagverhelderingOpslag.LaadAsync(session, command.VraagverhelderingId);
            var (leefgebiedBestaat, scoreOpSchaal, schaal) = await session.QuerySingleOrDefaultAsync<(bool, bool, string)>(
                Schaal, new { command.Leefgebied, vraagverheldering.Methode, command.Score });
            if (!leefgebiedBestaat)
            {
                throw new NietGevondenException($"Leefgebied '{command.Leefgebied}' hoort niet bij de methode van deze vraagverheldering.");
            }

            if (command.Score is not null && !scoreOpSchaal)
            {
                throw new ValidationException([new ValidationFailure("score", $"De score ligt niet op de schaal van de methode: {schaal}.")]);
            }

            vraagverheldering.Bewerk(actor.Huidig.Id, actor.Huidig.Naam, nu, command.Versie);
            await VraagverhelderingOpslag.BewaarAsync(session, vraagverheldering);
            await session.ExecuteAsync(Bewaar, new
            {
                vraagverheldering.Id,
                command.Leefgebied,
                command.Score,
                command.NietBesproken,
                Toelichting = string.IsNullOrWhiteSpace(command.Toelichting) ? null : command.Toelichting.Trim(),
                Nu = nu,
                Door = actor.Huidig.Naam,
            });
            return new Bewerkt(vraagverheldering.Id, vraagverheldering.InwonerId, vraagverheldering.Versie);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/vraagverhelderingen/{id}/leefgebieden/{code}", async Task<NoContent> (
                Guid id, string code, Invoer? invoer, HttpRequest request, HttpResponse response, IMediator mediator, CancellationToken ct) =>
            {
                var versie = Versies.UitIfMatch(request);
                var bewerkt = await mediator.Send(
                    new Command(id, code, versie, invoer?.Score, invoer?.Toelichting, invoer?.NietBesproken ?? false), ct);
                Versies.ZetETag(response, bewerkt.Versie);
                return TypedResults.NoContent();
            })
            .WithName("scoorLeefgebied")
            .WithTags("Vraagverheldering")
            .WithSummary("Scoor een leefgebied")
            .WithDescription(
                "Legt voor één leefgebied van de methode van deze vraagverheldering de score vast (een waarde van de schaal van de methode, " +
                "bij de ZRM 2017 1 acute problematiek tot 5 volledig zelfredzaam) met een toelichting, of nietBesproken. Wie en wanneer " +
                "worden bewaard. Een score buiten de schaal: 400. Stuur in If-Match de ETag uit de GET (zonder 428, verouderd 412).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
