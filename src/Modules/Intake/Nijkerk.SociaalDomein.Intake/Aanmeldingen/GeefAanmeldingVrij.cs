using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen;

/// <summary>Whoever took an aanmelding puts it back in the werkvoorraad for a colleague.</summary>
internal static class GeefAanmeldingVrij
{
    [Vereist(IntakeRechten.AanmeldingenBehandelen)]
    [GeenPersoonsgegevens]
    public sealed record Command(Guid AanmeldingId) : ICommand<Guid>;

    internal sealed class Handler(CommandSession session, ActorContext actor) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var aanmelding = await AanmeldingOpslag.LaadAsync(session, command.AanmeldingId);
            aanmelding.GeefVrij(actor.Huidig.Id);
            await AanmeldingOpslag.BewaarAsync(session, aanmelding);
            return aanmelding.Id;
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/aanmeldingen/{id}/behandelaar", async Task<NoContent> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new Command(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("geefAanmeldingVrij")
            .WithTags("Aanmeldingen")
            .WithSummary("Geef een aanmelding vrij")
            .WithDescription("Zet de aanmelding terug in de werkvoorraad. Alleen wie haar nam kan haar vrijgeven (anders 409).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
