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
using Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Uitnodigingen;

/// <summary>Records that the invitation went to the inwoner: on which day and how (per post, per e-mail or meegegeven).</summary>
internal static class LegVerzendingVast
{
    [Vereist(VraagverhelderingRechten.Behandelen)]
    [Verwerking("Verzending van de uitnodiging vastgelegd", VraagverhelderingDoelen.Vraagverheldering)]
    public sealed record Command(Guid VraagverhelderingId, DateOnly? VerzondenOp, string? Wijze) : ICommand<Vastgelegd>;

    public sealed record Invoer(DateOnly? VerzondenOp, string? Wijze)
    {
        // Yesterday, not a fixed day: the validator accepts a day in the past year only, and the example must stay valid.
        public static Invoer Voorbeeld => new(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), "post");
    }

    public sealed record Vastgelegd(Guid Id, Guid VraagverhelderingId, Guid? InwonerId) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.VerzondenOp).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Vul de datum in waarop de uitnodiging is verstuurd.")
                // A day of slack either way for the time zone: the desk is in Nijkerk, the server need not be.
                .Must(d => d <= Vandaag(clock).AddDays(1)).WithMessage("De datum mag niet in de toekomst liggen.")
                .Must(d => d >= Vandaag(clock).AddYears(-1)).WithMessage("De datum ligt meer dan een jaar terug.");
            RuleFor(c => c.Wijze).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage($"Kies hoe de uitnodiging is verstuurd: {Keuzes.Opsomming(Keuzes.Verzendwijzen)}.")
                .EenVan(Keuzes.Verzendwijzen.Keys).WithMessage($"Onbekende manier; kies uit: {Keuzes.Opsomming(Keuzes.Verzendwijzen)}.");
        }
    }

    private static DateOnly Vandaag(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Vastgelegd>
    {
        private const string Voeg = """
            insert into vraagverheldering.uitnodiging_verzonden (id, vraagverheldering_id, verzonden_op, wijze, vastgelegd_op, vastgelegd_door)
            values (@Id, @VraagverhelderingId, @VerzondenOp, @Wijze, @Nu, @Door)
            """;

        public async Task<Vastgelegd> Handle(Command command, CancellationToken cancellationToken)
        {
            var nu = clock.GetUtcNow();
            var vraagverheldering = await VraagverhelderingOpslag.LaadAsync(session, command.VraagverhelderingId);
            vraagverheldering.LegErnaastVast(actor.Huidig.Id, actor.Huidig.Naam, nu);
            await VraagverhelderingOpslag.BewaarAsync(session, vraagverheldering);
            var id = Guid.CreateVersion7();
            await session.ExecuteAsync(Voeg, new
            {
                Id = id,
                VraagverhelderingId = vraagverheldering.Id,
                VerzondenOp = command.VerzondenOp!.Value,
                command.Wijze,
                Nu = nu,
                Door = actor.Huidig.Naam,
            });
            return new Vastgelegd(id, vraagverheldering.Id, vraagverheldering.InwonerId);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/vraagverhelderingen/{id}/uitnodiging/verzendingen", async Task<Created<Vastgelegd>> (
                Guid id, Invoer? invoer, IMediator mediator, CancellationToken ct) =>
            {
                var vastgelegd = await mediator.Send(new Command(id, invoer?.VerzondenOp, invoer?.Wijze), ct);
                return TypedResults.Created($"/api/v1/vraagverhelderingen/{id}/uitnodiging", vastgelegd);
            })
            .MetIdempotentie()
            .WithName("legVerzendingVast")
            .WithTags("Vraagverheldering")
            .WithSummary("Leg vast dat de uitnodiging is verstuurd")
            .WithDescription(
                $"Op welke dag en hoe de uitnodiging voor het gesprek naar de inwoner ging (wijze: {Keuzes.Opsomming(Keuzes.Verzendwijzen)}). " +
                "Vraagt geen If-Match: het verandert niets aan het gesprek. Alleen zolang de vraagverheldering open is (anders 409), " +
                "niet op die van een collega (409).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
