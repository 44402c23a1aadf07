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

namespace Nijkerk.SociaalDomein.Regie.Huishoudens;

/// <summary>
/// A household of inwoners from Intake's register, each with his relation, one of them its contact person. Regie keeps
/// the ids and roles only. An inwoner who is in another household now moves: that membership ends, the new one starts.
/// </summary>
internal static class MaakHuishouden
{
    [Vereist(RegieRechten.HuishoudensBeheren)]
    [Verwerking("Huishouden samengesteld", RegieDoelen.Regie)]
    public sealed record Command(IReadOnlyList<HuishoudenLid>? Leden) : ICommand<Ledenwijziging>, IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => (Leden ?? []).Select(l => l?.InwonerId);
    }

    public sealed record Body(IReadOnlyList<HuishoudenLid>? Leden)
    {
        /// <summary>The example in the API document.</summary>
        public static Body Voorbeeld => new(HuishoudenLid.Voorbeelden);
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IMediator mediator) => this.Leden(c => c.Leden, 1, mediator);
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Ledenwijziging>
    {
        public async Task<Ledenwijziging> Handle(Command command, CancellationToken cancellationToken)
        {
            var nu = clock.GetUtcNow();
            var id = await HuishoudenOpslag.MaakLeegAsync(session, actor.Huidig, nu);
            await HuishoudenOpslag.VergrendelAsync(session, id);
            return await HuishoudenOpslag.ZetLedenAsync(session, id, command.Leden!, actor.Huidig, nu);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/huishoudens", async Task<Created<Ledenwijziging>> (Body? body, HttpResponse response, IMediator mediator, CancellationToken ct) =>
            {
                var gemaakt = await mediator.Send(new Command(body?.Leden), ct);
                Versies.ZetETag(response, gemaakt.Versie);
                return TypedResults.Created($"/api/v1/huishoudens/{gemaakt.Id}", gemaakt);
            })
            .MetIdempotentie()
            .WithName("maakHuishouden")
            .WithTags("Regie")
            .WithSummary("Stel een huishouden samen")
            .WithDescription(
                "Een huishouden van inwoners uit het personenregister (inwonerId), elk met zijn relatie (ouder, kind, partner, overig); precies " +
                "één lid is contactpersoon. Regie bewaart alleen de ids en rollen; naam en geboortedatum blijven in het personenregister (de " +
                "sleutel heeft daarom ook inwoners:lezen nodig). Een inwoner hoort bij één huishouden tegelijk: wie nu in een ander huishouden " +
                "zit, verhuist (verhuisd noemt hem en zijn vorige huishouden; daar eindigt zijn lidmaatschap, de geschiedenis blijft). Het " +
                "laatste lid van een huishouden met een lopend plan verhuist niet (422). De ETag is de versie voor If-Match bij " +
                "PUT /api/v1/huishoudens/{id}/leden.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
