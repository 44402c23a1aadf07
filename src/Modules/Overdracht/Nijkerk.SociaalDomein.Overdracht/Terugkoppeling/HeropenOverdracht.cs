using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Overdracht.Contracts;
using Nijkerk.SociaalDomein.Overdracht.Overdrachten;

namespace Nijkerk.SociaalDomein.Overdracht.Terugkoppeling;

/// <summary>
/// The inhabitant tells the loket he was not helped after all: the loket reopens the closed overdracht with a reason,
/// and the same team or partner carries on with it (accepted again). The earlier result stays on the overdracht's steps.
/// </summary>
internal static class HeropenOverdracht
{
    [Vereist(OverdrachtRechten.Routeren)]
    [Verwerking("Afgeronde overdracht heropend", OverdrachtDoelen.Overdracht)]
    public sealed record Command(Guid OverdrachtId, string? Reden) : ICommand<Heropend>;

    public sealed record Body(string? Reden)
    {
        /// <summary>The example in the API document.</summary>
        public static Body Voorbeeld => new("Mevrouw belt dat de betalingsregeling niet is doorgegaan; zij heeft weer achterstanden.");
    }

    public sealed record Heropend(Guid OverdrachtId, Guid? InwonerId, string Status, DateTimeOffset HeropendOp) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Reden).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Geef aan waarom de overdracht wordt heropend.")
                .MaximumLength(4000).WithMessage("De reden is te lang (ten hoogste 4000 tekens).");
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Heropend>
    {
        // The result moves to the step that closed it; the overdracht is running again.
        private const string Bewaar = """
            update overdracht.overdracht
            set status = @Status, versie = @Versie, afgerond_op = null, resultaat = null, resultaat_toelichting = null
            where id = @Id
            """;

        public async Task<Heropend> Handle(Command command, CancellationToken cancellationToken)
        {
            var nu = clock.GetUtcNow();
            var overdracht = await OverdrachtOpslag.LaadAsync(session, command.OverdrachtId, actor.Huidig);
            var reden = command.Reden!.Trim();
            overdracht.Heropen(reden);
            await session.ExecuteAsync(Bewaar, new { overdracht.Id, overdracht.Status, overdracht.Versie });
            await OverdrachtOpslag.StapAsync(session, new Stap(overdracht.Id, "heropend", nu, actor.Huidig.Id, actor.Huidig.Naam, reden));
            await session.RaiseAsync(new OverdrachtHeropend(
                Guid.CreateVersion7(), nu, overdracht.Id, overdracht.AanmeldingId, overdracht.InwonerId, overdracht.TeamCode,
                overdracht.PartnerOrganisatie, reden));
            return new Heropend(overdracht.Id, overdracht.InwonerId, overdracht.Status, nu);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/overdrachten/{id}/heropening", async Task<Created<Heropend>> (Guid id, Body? body, IMediator mediator, CancellationToken ct) =>
            {
                var heropend = await mediator.Send(new Command(id, body?.Reden), ct);
                return TypedResults.Created($"/api/v1/overdrachten/{id}", heropend);
            })
            .MetIdempotentie()
            .WithName("heropenOverdracht")
            .WithTags("Overdracht")
            .WithSummary("Heropen een afgeronde overdracht")
            .WithDescription(
                "Het loket heropent een afgeronde overdracht als de inwoner zegt dat hij niet geholpen is, met een reden. Hetzelfde team of " +
                "dezelfde partner gaat ermee verder (weer geaccepteerd); het eerdere resultaat blijft in de stappen van de overdracht. " +
                "Alleen een afgeronde overdracht kan worden heropend (anders 409).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
