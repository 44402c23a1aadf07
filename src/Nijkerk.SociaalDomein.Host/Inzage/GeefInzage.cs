using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Host.Inzage;

/// <summary>
/// Inzage (AVG art. 15): everything the system holds on one inwoner, gathered from every module through the request
/// each module declares (<see cref="IModule.Persoonsgegevens"/>), for him and for every record merged into him, with
/// every verwerking from the audit log. The inzage itself is recorded under its purpose (ADR 0029).
/// </summary>
internal static class GeefInzage
{
    [Vereist(Rechten.PersoonsgegevensInzien)]
    [Verwerking("Inzageverzoek behandeld: alle vastgelegde gegevens van de inwoner verzameld", InzageDoelen.Inzage)]
    public sealed record Query(Guid InwonerId) : IRequest<Inzage>, IBetreftPersoon;

    /// <summary>The inwoner, the records merged into him, when the inzage was drawn up, and one part per module, in module order.</summary>
    public sealed record Inzage(
        Guid InwonerId, IReadOnlyList<Guid> SamengevoegdeInwonerIds, DateTimeOffset OpgesteldOp, IReadOnlyList<PersoonsgegevensVanModule> Modules)
        : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId, .. SamengevoegdeInwonerIds.Select(id => (Guid?)id)];
    }

    internal sealed class Handler(IMediator mediator, ModuleRegistry registry, TimeProvider clock) : IRequestHandler<Query, Inzage>
    {
        public async Task<Inzage> Handle(Query query, CancellationToken cancellationToken)
        {
            // A merged or unknown record is a 404 (with samengevoegdIn), as everywhere an inwoner is read.
            var ids = await mediator.Send(new GeefInwonerMetSamengevoegden(query.InwonerId), cancellationToken);
            var delen = new List<PersoonsgegevensVanModule>();
            foreach (var module in registry.Modules)
            {
                delen.Add(await mediator.Send(module.Persoonsgegevens(ids), cancellationToken));
            }

            return new Inzage(query.InwonerId, [.. ids.Skip(1)], clock.GetUtcNow(), delen);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/inwoners/{id}/persoonsgegevens", async Task<Ok<Inzage>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Query(id), ct)))
            .WithName("geefPersoonsgegevensVanInwoner")
            .WithTags("Inzage")
            .WithSummary("Geef alle persoonsgegevens van een inwoner (inzage, AVG artikel 15)")
            .WithDescription(
                "Alles wat het systeem over de inwoner bewaart, per module, ook onder registraties die met hem zijn samengevoegd " +
                "(samengevoegdeInwonerIds), en elke verwerking uit de verwerkingenlogging: wanneer, wie, wat en waarvoor. " +
                "Elke module beantwoordt zelf zijn deel; een module zonder gegevens van inwoners zegt dat in zijn toelichting. " +
                "Alleen voor de functioneel beheerder; het verzoek wordt zelf ook vastgelegd. Een samengevoegde inwoner geeft 404 met samengevoegdIn.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
