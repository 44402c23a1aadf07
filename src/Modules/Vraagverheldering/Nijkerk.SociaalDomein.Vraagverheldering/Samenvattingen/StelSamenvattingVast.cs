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

namespace Nijkerk.SociaalDomein.Vraagverheldering.Samenvattingen;

/// <summary>The samenvatting as the professional edited it (starting from the draft the GET offers).</summary>
internal static class StelSamenvattingVast
{
    public const int MaximaleLengte = 20_000;

    [Vereist(VraagverhelderingRechten.Behandelen)]
    [Verwerking("Samenvatting van de vraagverheldering vastgesteld", VraagverhelderingDoelen.Vraagverheldering)]
    public sealed record Command(Guid VraagverhelderingId, int Versie, string? Tekst) : ICommand<Bewerkt>;

    public sealed record Invoer(string? Tekst)
    {
        /// <summary>The example in the API document.</summary>
        public static Invoer Voorbeeld => new("Mevrouw heeft betalingsachterstanden sinds de scheiding en weinig netwerk. Afgesproken: schuldhulpverlening maakt een plan; haar zus helpt met de post.");
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Tekst).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Schrijf de samenvatting (het concept uit de vraagverheldering is een begin).")
                .MaximumLength(MaximaleLengte).WithMessage($"De samenvatting is te lang (ten hoogste {MaximaleLengte} tekens).");
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Bewerkt>
    {
        private const string Bewaar = "update vraagverheldering.vraagverheldering set samenvatting = @Tekst where id = @Id";

        public async Task<Bewerkt> Handle(Command command, CancellationToken cancellationToken)
        {
            var vraagverheldering = await VraagverhelderingOpslag.LaadAsync(session, command.VraagverhelderingId);
            vraagverheldering.Bewerk(actor.Huidig.Id, actor.Huidig.Naam, clock.GetUtcNow(), command.Versie);
            await VraagverhelderingOpslag.BewaarAsync(session, vraagverheldering);
            await session.ExecuteAsync(Bewaar, new { vraagverheldering.Id, Tekst = command.Tekst!.Trim() });
            return new Bewerkt(vraagverheldering.Id, vraagverheldering.InwonerId, vraagverheldering.Versie);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/vraagverhelderingen/{id}/samenvatting", async Task<NoContent> (
                Guid id, Invoer? invoer, HttpRequest request, HttpResponse response, IMediator mediator, CancellationToken ct) =>
            {
                var versie = Versies.UitIfMatch(request);
                var bewerkt = await mediator.Send(new Command(id, versie, invoer?.Tekst), ct);
                Versies.ZetETag(response, bewerkt.Versie);
                return TypedResults.NoContent();
            })
            .WithName("stelSamenvattingVast")
            .WithTags("Vraagverheldering")
            .WithSummary("Stel de samenvatting van een vraagverheldering vast")
            .WithDescription(
                "De samenvatting die met elke overdracht meegaat en die de inwoner kan krijgen; de GET geeft een concept (conceptSamenvatting) " +
                "uit wat is vastgelegd. Stuur in If-Match de ETag uit de GET (zonder 428, verouderd 412).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
