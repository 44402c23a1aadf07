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

/// <summary>A colleague takes an open aanmelding from the werkvoorraad, so the others see it is being handled.</summary>
internal static class NeemAanmelding
{
    [Vereist(IntakeRechten.AanmeldingenBehandelen)]
    [GeenPersoonsgegevens]
    public sealed record Command(Guid AanmeldingId) : ICommand<Behandelaar>;

    public sealed record Behandelaar(Guid AanmeldingId, string Naam, DateTimeOffset Sinds);

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Behandelaar>
    {
        public async Task<Behandelaar> Handle(Command command, CancellationToken cancellationToken)
        {
            var aanmelding = await AanmeldingOpslag.LaadAsync(session, command.AanmeldingId);
            var wie = actor.Huidig;
            aanmelding.Neem(wie.Id, wie.Naam, clock.GetUtcNow());
            await AanmeldingOpslag.BewaarAsync(session, aanmelding);
            var sinds = await session.QuerySingleOrDefaultAsync<DateTimeOffset>(
                "select behandelaar_sinds from intake.aanmelding where id = @AanmeldingId", command);
            return new Behandelaar(aanmelding.Id, aanmelding.BehandelaarNaam!, sinds);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/aanmeldingen/{id}/behandelaar", async Task<Created<Behandelaar>> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                var behandelaar = await mediator.Send(new Command(id), ct);
                return TypedResults.Created($"/api/v1/aanmeldingen/{id}", behandelaar);
            })
            .WithName("neemAanmelding")
            .WithTags("Aanmeldingen")
            .WithSummary("Neem een aanmelding in behandeling")
            .WithDescription(
                "De aanroeper wordt behandelaar van de open aanmelding; nogmaals nemen verandert niets. Behandelt een collega haar al, dan 409. " +
                "Een crisismelding verdwijnt uit de crisisbalk zodra iemand haar neemt.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
