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
using Nijkerk.SociaalDomein.SocialeKaart.Contracts;

namespace Nijkerk.SociaalDomein.SocialeKaart.Beheer;

/// <summary>
/// Takes a voorziening off the sociale kaart. It is archived, never deleted: aanmeldingen that pointed to it keep
/// pointing to something real, and the counts of how often it was used stay. Archiving twice changes nothing.
/// </summary>
internal static class ArchiveerVoorziening
{
    [Vereist(SocialeKaartRechten.Beheren)]
    [GeenPersoonsgegevens]
    public sealed record Command(Guid Id, int? Versie) : ICommand<int>;

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, int>
    {
        private const string Archiveer = """
            update sociale_kaart.voorziening
            set gearchiveerd_op = @Nu, gewijzigd_op = @Nu, gewijzigd_door = @Door, versie = versie + 1
            where id = @Id and gearchiveerd_op is null and (@Versie::int is null or versie = @Versie)
            returning versie
            """;

        private const string AlGearchiveerd = """
            select versie from sociale_kaart.voorziening where id = @Id and gearchiveerd_op is not null
            """;

        public async Task<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var nu = clock.GetUtcNow();
            var versie = await session.QuerySingleOrDefaultAsync<int?>(Archiveer, new { command.Id, command.Versie, Nu = nu, Door = actor.Huidig.Naam });
            if (versie is null)
            {
                return await session.QuerySingleOrDefaultAsync<int?>(AlGearchiveerd, command)
                    ?? throw await WijzigVoorziening.WaaromNietAsync(session, command.Id);
            }

            await session.RaiseAsync(new VoorzieningGewijzigd(Guid.CreateVersion7(), nu, command.Id, versie.Value, true));
            return versie.Value;
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/sociale-kaart/voorzieningen/{id}", async Task<NoContent> (Guid id, IMediator mediator, HttpRequest request, CancellationToken ct) =>
            {
                await mediator.Send(new Command(id, request.Headers.IfMatch.Count > 0 ? Versies.UitIfMatch(request) : null), ct);
                return TypedResults.NoContent();
            })
            .WithName("archiveerVoorziening")
            .WithTags("Sociale kaart")
            .WithSummary("Archiveer een voorziening")
            .WithDescription("Haalt een voorziening van de sociale kaart. Ze wordt gearchiveerd, nooit verwijderd, zodat aanmeldingen die ernaar verwezen blijven kloppen. Met If-Match alleen als de versie nog klopt (anders 412).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
