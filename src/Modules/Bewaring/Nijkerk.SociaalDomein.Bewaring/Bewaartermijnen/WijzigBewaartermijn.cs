using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Bewaring.Bewaartermijnen;

/// <summary>
/// The functioneel beheerder sets the term of one bewaarcategorie and says where it is taken from. Every change is kept
/// (who, when, what) and recorded in the verwerkingenlogging. A term of zero or less is refused: a vernietiging right
/// after closing is no retention period.
/// </summary>
internal static class WijzigBewaartermijn
{
    [Vereist(Rechten.BewaringBeheren)]
    [Verwerking("Bewaartermijn gewijzigd", BewaringDoelen.Bewaartermijn)]
    public sealed record Command(string Categorie, int? Termijn, string? Eenheid, string? Bron) : ICommand<Unit>;

    /// <summary>The body of PUT /bewaartermijnen/{categorie}.</summary>
    public sealed record Gegevens(int? Termijn, string? Eenheid, string? Bron)
    {
        public static Gegevens Voorbeeld => new(7, "jaren", "Besluit van het college van 1 december 2026, na advies van de archivaris");
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Termijn).NotNull().WithMessage("Vul de termijn in, een heel aantal jaren of maanden.")
                .GreaterThan(0).WithMessage("De termijn moet ten minste 1 zijn: een termijn van 0 of minder is geen bewaartermijn.")
                .LessThanOrEqualTo(1200).WithMessage("De termijn mag niet meer dan 1200 zijn.");
            RuleFor(c => c.Eenheid).NotEmpty().WithMessage("Kies de eenheid: jaren of maanden.")
                .Must(e => e is null || Eenheden.Alle.Contains(e)).WithMessage("De eenheid is 'jaren' of 'maanden'.");
            RuleFor(c => c.Bron).NotEmpty().WithMessage("Zeg waar de termijn vandaan komt, bijvoorbeeld de categorie uit de Selectielijst of het wetsartikel.")
                .MaximumLength(1000).WithMessage("De bron mag niet langer zijn dan 1000 tekens.");
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var nu = clock.GetUtcNow();
            var rij = new { command.Categorie, command.Termijn, command.Eenheid, Bron = command.Bron!.Trim(), Nu = nu, Door = actor.Huidig.Naam, Id = Guid.CreateVersion7() };
            var gewijzigd = await session.ExecuteAsync(
                """
                update bewaring.bewaartermijn set termijn = @Termijn, eenheid = @Eenheid, bron = @Bron, gewijzigd_op = @Nu, gewijzigd_door = @Door
                where categorie = @Categorie
                """,
                rij);
            if (gewijzigd == 0)
            {
                throw new NietGevondenException("Er is geen bewaarcategorie met deze code.");
            }

            await session.ExecuteAsync(
                """
                insert into bewaring.bewaartermijn_wijziging (id, categorie, termijn, eenheid, bron, gewijzigd_op, gewijzigd_door)
                values (@Id, @Categorie, @Termijn, @Eenheid, @Bron, @Nu, @Door)
                """,
                rij);
            return Unit.Value;
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/bewaartermijnen/{categorie}", async Task<NoContent> (string categorie, Gegevens? gegevens, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new Command(categorie, gegevens?.Termijn, gegevens?.Eenheid, gegevens?.Bron), ct);
                return TypedResults.NoContent();
            })
            .WithName("wijzigBewaartermijn")
            .WithTags("Bewaring")
            .WithSummary("Wijzig de bewaartermijn van een bewaarcategorie")
            .WithDescription(
                "Zet de termijn (een heel getal van ten minste 1) in jaren of maanden en de bron waar hij vandaan komt. " +
                "De wijziging wordt vastgelegd met wie en wanneer. Alleen voor de functioneel beheerder.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
