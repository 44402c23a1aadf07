using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

/// <summary>A colleague takes a vraagverheldering from the werkvoorraad, or puts it back; nobody acts on another's claim.</summary>
internal static class NeemVraagverheldering
{
    [Vereist(VraagverhelderingRechten.Behandelen)]
    [GeenPersoonsgegevens]
    public sealed record Command(Guid VraagverhelderingId) : ICommand<Behandelaar>;

    [Vereist(VraagverhelderingRechten.Behandelen)]
    [GeenPersoonsgegevens]
    public sealed record GeefVrij(Guid VraagverhelderingId) : ICommand<int>;

    public sealed record Behandelaar(Guid VraagverhelderingId, string Naam, DateTimeOffset Sinds);

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor)
        : IRequestHandler<Command, Behandelaar>, IRequestHandler<GeefVrij, int>
    {
        public async Task<Behandelaar> Handle(Command command, CancellationToken cancellationToken)
        {
            var vraagverheldering = await VraagverhelderingOpslag.LaadAsync(session, command.VraagverhelderingId);
            vraagverheldering.Neem(actor.Huidig.Id, actor.Huidig.Naam, clock.GetUtcNow());
            await VraagverhelderingOpslag.BewaarAsync(session, vraagverheldering);
            var sinds = await session.QuerySingleOrDefaultAsync<DateTimeOffset>(
                "select behandelaar_sinds from vraagverheldering.vraagverheldering where id = @VraagverhelderingId", command);
            return new Behandelaar(vraagverheldering.Id, vraagverheldering.BehandelaarNaam!, sinds);
        }

        public async Task<int> Handle(GeefVrij command, CancellationToken cancellationToken)
        {
            var vraagverheldering = await VraagverhelderingOpslag.LaadAsync(session, command.VraagverhelderingId);
            vraagverheldering.GeefVrij(actor.Huidig.Id);
            await VraagverhelderingOpslag.BewaarAsync(session, vraagverheldering);
            return vraagverheldering.Versie;
        }
    }

    internal static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/vraagverhelderingen/{id}/behandelaar", async Task<Created<Behandelaar>> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                var behandelaar = await mediator.Send(new Command(id), ct);
                return TypedResults.Created($"/api/v1/vraagverhelderingen/{id}", behandelaar);
            })
            .WithName("neemVraagverheldering")
            .WithTags("Vraagverheldering")
            .WithSummary("Neem een vraagverheldering in behandeling")
            .WithDescription("De aanroeper wordt behandelaar; nogmaals nemen verandert niets. Behandelt een collega haar al, of is zij afgerond, dan 409.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        api.MapDelete("/vraagverhelderingen/{id}/behandelaar", async Task<NoContent> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new GeefVrij(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("geefVraagverhelderingVrij")
            .WithTags("Vraagverheldering")
            .WithSummary("Geef een vraagverheldering vrij")
            .WithDescription("Zet haar terug in de werkvoorraad; alleen wie haar behandelt kan dat (anders 409).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
