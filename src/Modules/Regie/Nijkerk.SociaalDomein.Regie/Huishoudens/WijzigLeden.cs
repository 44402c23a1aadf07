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

namespace Nijkerk.SociaalDomein.Regie.Huishoudens;

/// <summary>
/// Replaces the members of a household, on the version the caller saw (If-Match; a stale one is 412, never a silent
/// overwrite). Who is no longer named leaves (his membership ends, the history stays); who is in another household now
/// moves here; a household with a running plan keeps at least one member.
/// </summary>
internal static class WijzigLeden
{
    [Vereist(RegieRechten.HuishoudensBeheren)]
    [Verwerking("Leden van het huishouden gewijzigd", RegieDoelen.Regie)]
    public sealed record Command(Guid HuishoudenId, int Versie, IReadOnlyList<HuishoudenLid>? Leden) : ICommand<Ledenwijziging>, IBetreftPersonen
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
        public Validator(IMediator mediator)
        {
            RuleFor(c => c.Leden).NotNull().WithMessage("Geef de leden van het huishouden; een lege lijst heft het huishouden op.");
            this.Leden(c => c.Leden, 0, mediator);
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Ledenwijziging>
    {
        public async Task<Ledenwijziging> Handle(Command command, CancellationToken cancellationToken)
        {
            if (await HuishoudenOpslag.VergrendelAsync(session, command.HuishoudenId) != command.Versie)
            {
                throw new VerouderdeVersieException(
                    "Iemand anders heeft dit huishouden intussen gewijzigd. Bekijk de leden opnieuw en doe uw wijziging zo nodig nog eens.");
            }

            return await HuishoudenOpslag.ZetLedenAsync(session, command.HuishoudenId, command.Leden!, actor.Huidig, clock.GetUtcNow());
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/huishoudens/{id}/leden", async Task<Ok<Ledenwijziging>> (
                Guid id, Body? body, HttpRequest request, HttpResponse response, IMediator mediator, CancellationToken ct) =>
            {
                var versie = Versies.UitIfMatch(request);
                var gewijzigd = await mediator.Send(new Command(id, versie, body?.Leden), ct);
                Versies.ZetETag(response, gewijzigd.Versie);
                return TypedResults.Ok(gewijzigd);
            })
            .WithName("wijzigLedenVanHuishouden")
            .WithTags("Regie")
            .WithSummary("Vervang de leden van een huishouden")
            .WithDescription(
                "Vervangt de lijst van leden (inwonerId, relatie, contactpersoon; precies één contactpersoon). Stuur in If-Match de ETag uit de " +
                "GET: zonder If-Match 428, is het huishouden intussen gewijzigd dan 412. Wie niet meer genoemd wordt, vertrekt: zijn lidmaatschap " +
                "krijgt een einddatum en blijft in de geschiedenis (voormaligeLeden). Wie nu in een ander huishouden zit, verhuist hierheen: daar " +
                "eindigt zijn lidmaatschap (verhuisd noemt hem en zijn vorige huishouden). Een huishouden met een lopend ondersteuningsplan houdt " +
                "ten minste één lid (422), ook het huishouden waaruit iemand verhuist. Een wijziging die een lopend plan raakt, staat in de " +
                "geschiedenis van dat plan. Het antwoord draagt de nieuwe versie als ETag.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
