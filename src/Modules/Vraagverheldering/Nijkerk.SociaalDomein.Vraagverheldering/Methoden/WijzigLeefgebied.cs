using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Vraagverheldering.Leefgebieden;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Methoden;

/// <summary>
/// The functioneel beheerder renames a leefgebied of a method or (de)activates it. The code never changes, because
/// other modules store it; a deactivated leefgebied is no longer offered or scored, and earlier scores keep it.
/// </summary>
internal static class WijzigLeefgebied
{
    [Vereist(VraagverhelderingRechten.MethodenBeheren)]
    [GeenPersoonsgegevens]
    public sealed record Command(string Methode, string Leefgebied, string? Naam, bool? Actief) : ICommand<int>;

    public sealed record Invoer(string? Naam, bool? Actief)
    {
        /// <summary>The example in the API document.</summary>
        public static Invoer Voorbeeld => new("Financiën", true);
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Naam).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Geef het leefgebied een naam.")
                .MaximumLength(200).WithMessage("De naam is te lang (ten hoogste 200 tekens).");
            RuleFor(c => c.Actief).NotNull().WithMessage("Zeg of het leefgebied actief is.");
        }
    }

    internal sealed class Handler(CommandSession session, Leefgebiedengeheugen geheugen) : IRequestHandler<Command, int>
    {
        private const string Wijzig = """
            update vraagverheldering.leefgebied set naam = @Naam, actief = @Actief where code = @Leefgebied and methode = @Methode
            """;

        public async Task<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var gewijzigd = await session.ExecuteAsync(Wijzig, command with { Naam = command.Naam!.Trim() });
            // What this host holds is forgotten once the change commits (another host reads it again within seconds).
            session.NaCommit(geheugen.Vergeet);
            return gewijzigd == 1 ? gewijzigd : throw new NietGevondenException("Deze methode heeft geen leefgebied met deze code.");
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/methoden/{methode}/leefgebieden/{code}", async Task<NoContent> (
                string methode, string code, Invoer? invoer, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new Command(methode, code, invoer?.Naam, invoer?.Actief), ct);
                return TypedResults.NoContent();
            })
            .WithName("wijzigLeefgebied")
            .WithTags("Vraagverheldering")
            .WithSummary("Hernoem of (de)activeer een leefgebied van een methode")
            .WithDescription("De code blijft (andere modules bewaren haar). Een niet actief leefgebied wordt niet meer aangeboden of gescoord; " +
                "eerdere scores blijven zichtbaar. Functioneel beheer.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
