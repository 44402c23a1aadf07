using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.Bewaring.Vernietiging;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Bewaring.Vernietigingslijsten;

/// <summary>
/// The functioneel beheerder approves or rejects a proposed vernietigingslijst, with a reason (required when rejecting).
/// An approved list is executed at once (or by the next round when another host holds the job's lock); a rejected one
/// keeps nothing of its dossiers, and the next round may propose anew.
/// </summary>
internal static class BeoordeelVernietigingslijst
{
    [Vereist(Rechten.BewaringBeheren)]
    [Verwerking("Vernietigingslijst beoordeeld", BewaringDoelen.Vernietiging)]
    public sealed record Command(Guid Id, bool? Goedkeuren, string? Reden) : ICommand<Unit>;

    /// <summary>The body of POST /vernietigingslijsten/{id}/beoordeling.</summary>
    public sealed record Beoordeling(bool? Goedkeuren, string? Reden)
    {
        public static Beoordeling Voorbeeld => new(false, "Twee dossiers zijn nodig voor een lopende bezwaarprocedure.");
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Goedkeuren).NotNull().WithMessage("Kies of u de lijst goedkeurt of afwijst.");
            RuleFor(c => c.Reden).NotEmpty().When(c => c.Goedkeuren == false).WithMessage("Geef een reden waarom u de lijst afwijst.");
            RuleFor(c => c.Reden).MaximumLength(2000).WithMessage("De reden mag niet langer zijn dan 2000 tekens.");
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command command, CancellationToken cancellationToken)
        {
            var goed = command.Goedkeuren == true;
            var gewijzigd = await session.ExecuteAsync(
                """
                update bewaring.vernietigingslijst
                set status = @Status, beoordeeld_door = @Door, beoordeeld_door_naam = @Naam, beoordeeld_op = @Nu, reden = @Reden
                where id = @Id and status = 'voorgesteld'
                """,
                new
                {
                    command.Id, Status = goed ? "goedgekeurd" : "afgewezen", Door = actor.Huidig.Id, Naam = actor.Huidig.Naam, Nu = clock.GetUtcNow(),
                    Reden = string.IsNullOrWhiteSpace(command.Reden) ? null : command.Reden.Trim(),
                });
            if (gewijzigd == 0)
            {
                var bestaat = await session.QuerySingleOrDefaultAsync<string?>("select status from bewaring.vernietigingslijst where id = @Id", new { command.Id });
                throw bestaat is null
                    ? new NietGevondenException("Er is geen vernietigingslijst met deze id.")
                    : new RegelOvertredenException($"Deze vernietigingslijst is al beoordeeld (status: {bestaat}); alleen een voorgestelde lijst kan worden goedgekeurd of afgewezen.");
            }

            if (!goed)
            {
                // A rejected list keeps its counts, never the ids of its dossiers.
                await session.ExecuteAsync("delete from bewaring.lijst_dossier where lijst_id = @Id", new { command.Id });
            }

            return Unit.Value;
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/vernietigingslijsten/{id}/beoordeling", async Task<NoContent> (
                Guid id, Beoordeling? beoordeling, IMediator mediator, Bewaringsronde ronde, CancellationToken ct) =>
            {
                await mediator.Send(new Command(id, beoordeling?.Goedkeuren, beoordeling?.Reden), ct);
                if (beoordeling?.Goedkeuren == true)
                {
                    await ronde.VoerUitAlsVrijAsync(ct);
                }

                return TypedResults.NoContent();
            })
            .WithName("beoordeelVernietigingslijst")
            .WithTags("Bewaring")
            .WithSummary("Keur een vernietigingslijst goed of wijs hem af")
            .WithDescription(
                "Goedkeuren (goedkeuren: true) voert de vernietiging meteen uit in elke module; de verklaring van vernietiging staat daarna bij de lijst. " +
                "Afwijzen (goedkeuren: false) vraagt een reden. Alleen een voorgestelde lijst kan worden beoordeeld; anders volgt 422. " +
                "Alleen voor de functioneel beheerder.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
