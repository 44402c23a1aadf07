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

namespace Nijkerk.SociaalDomein.Vraagverheldering.Expertises;

/// <summary>The expertises the vraagverheldering needs, and enkelvoudig or meervoudig as the professional confirms it.</summary>
internal static class LegExpertisesVast
{
    [Vereist(VraagverhelderingRechten.Behandelen)]
    [Verwerking("Benodigde expertises van de vraagverheldering vastgelegd", VraagverhelderingDoelen.Vraagverheldering)]
    public sealed record Command(Guid VraagverhelderingId, int Versie, IReadOnlyList<string>? Expertises, string? Samenstelling) : ICommand<Bewerkt>;

    public sealed record Invoer(IReadOnlyList<string>? Expertises, string? Samenstelling)
    {
        /// <summary>The example in the API document.</summary>
        public static Invoer Voorbeeld => new(["schuldhulpverlening"], "enkelvoudig");
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(ModuleDb<VraagverhelderingModule> db)
        {
            RuleFor(c => c.Expertises).CustomAsync(async (codes, context, ct) =>
            {
                foreach (var fout in await ExpertiseCodes.OnbekendeAsync(db, codes, ct))
                {
                    context.AddFailure(fout);
                }
            });
            RuleFor(c => c.Samenstelling).Cascade(CascadeMode.Stop)
                .NotEmpty().When(c => c.Expertises is { Count: > 0 })
                .WithMessage($"Bevestig enkelvoudig of meervoudig ({Keuzes.Opsomming(Keuzes.Samenstellingen)}); GET /api/v1/expertises/voorstel stelt het voor.")
                .EenVan(Keuzes.Samenstellingen.Keys).WithMessage($"Kies uit: {Keuzes.Opsomming(Keuzes.Samenstellingen)}.");
            RuleFor(c => c.Samenstelling).Null().When(c => c.Expertises is not { Count: > 0 })
                .WithMessage("Zonder expertises is er niets enkelvoudig of meervoudig.");
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Bewerkt>
    {
        private const string Bewaar = """
            update vraagverheldering.vraagverheldering set expertises = @Expertises, samenstelling = @Samenstelling where id = @Id
            """;

        public async Task<Bewerkt> Handle(Command command, CancellationToken cancellationToken)
        {
            var vraagverheldering = await VraagverhelderingOpslag.LaadAsync(session, command.VraagverhelderingId);
            vraagverheldering.Bewerk(actor.Huidig.Id, actor.Huidig.Naam, clock.GetUtcNow(), command.Versie);
            await VraagverhelderingOpslag.BewaarAsync(session, vraagverheldering);
            await session.ExecuteAsync(Bewaar, new
            {
                vraagverheldering.Id,
                Expertises = (command.Expertises ?? []).Distinct().ToArray(),
                command.Samenstelling,
            });
            return new Bewerkt(vraagverheldering.Id, vraagverheldering.InwonerId, vraagverheldering.Versie);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/vraagverhelderingen/{id}/expertises", async Task<NoContent> (
                Guid id, Invoer? invoer, HttpRequest request, HttpResponse response, IMediator mediator, CancellationToken ct) =>
            {
                var versie = Versies.UitIfMatch(request);
                var bewerkt = await mediator.Send(new Command(id, versie, invoer?.Expertises, invoer?.Samenstelling), ct);
                Versies.ZetETag(response, bewerkt.Versie);
                return TypedResults.NoContent();
            })
            .WithName("legExpertisesVast")
            .WithTags("Vraagverheldering")
            .WithSummary("Leg de benodigde expertises vast")
            .WithDescription(
                "Vervangt de expertises (codes uit GET /api/v1/expertises) en de bevestigde samenstelling: enkelvoudig (één team) of " +
                "meervoudig (meer teams; een regisseur is nodig). Stuur in If-Match de ETag uit de GET (zonder 428, verouderd 412).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
