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

namespace Nijkerk.SociaalDomein.SocialeKaart.Beheer;

/// <summary>Takes an organisatie off the kaart once none of its voorzieningen is still on it; archived, never deleted.</summary>
internal static class ArchiveerOrganisatie
{
    [Vereist(SocialeKaartRechten.Beheren)]
    [GeenPersoonsgegevens]
    public sealed record Command(Guid Id, int? Versie) : ICommand<int>;

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, int>
    {
        private const string NogActief = """
            select exists (select 1 from sociale_kaart.voorziening where organisatie_id = @Id and gearchiveerd_op is null)
            """;

        private const string Archiveer = """
            update sociale_kaart.organisatie
            set gearchiveerd_op = @Nu, gewijzigd_op = @Nu, gewijzigd_door = @Door, versie = versie + 1
            where id = @Id and gearchiveerd_op is null and (@Versie::int is null or versie = @Versie)
            returning versie
            """;

        private const string AlGearchiveerd = "select versie from sociale_kaart.organisatie where id = @Id and gearchiveerd_op is not null";

        public async Task<int> Handle(Command command, CancellationToken cancellationToken)
        {
            if (await session.QuerySingleOrDefaultAsync<bool>(NogActief, command))
            {
                throw new RegelOvertredenException("Deze organisatie biedt nog voorzieningen aan; archiveer die eerst.");
            }

            return await session.QuerySingleOrDefaultAsync<int?>(Archiveer, new { command.Id, command.Versie, Nu = clock.GetUtcNow(), Door = actor.Huidig.Naam })
                ?? await session.QuerySingleOrDefaultAsync<int?>(AlGearchiveerd, command)
                ?? throw await WijzigOrganisatie.WaaromNietAsync(session, command.Id);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/sociale-kaart/organisaties/{id}", async Task<NoContent> (Guid id, IMediator mediator, HttpRequest request, CancellationToken ct) =>
            {
                await mediator.Send(new Command(id, request.Headers.IfMatch.Count > 0 ? Versies.UitIfMatch(request) : null), ct);
                return TypedResults.NoContent();
            })
            .WithName("archiveerOrganisatie")
            .WithTags("Sociale kaart")
            .WithSummary("Archiveer een organisatie")
            .WithDescription("Haalt een organisatie van de sociale kaart als geen van haar voorzieningen er nog op staat (anders 422). Ze wordt gearchiveerd, nooit verwijderd.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
