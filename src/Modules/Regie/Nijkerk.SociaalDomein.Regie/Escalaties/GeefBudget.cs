using Dapper;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Regie.Escalaties;

/// <summary>
/// The ijsbrekers' pot of a year and its balance, for the ijsbrekers and the teamleider: amounts only, no person, no
/// plan (the teamleider steers on money, never on a household).
/// </summary>
internal static class GeefBudget
{
    [Vereist(RegieRechten.BudgetLezen)]
    [GeenPersoonsgegevens]
    public sealed record Query(int? Jaar) : IRequest<Budgetpot.Stand>;

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator() =>
            RuleFor(q => q.Jaar).InclusiveBetween(2000, 2100).WithMessage("Het jaar ligt tussen 2000 en 2100.");
    }

    internal sealed class Handler(ModuleDb<RegieModule> db, TimeProvider clock) : IRequestHandler<Query, Budgetpot.Stand>
    {
        public async Task<Budgetpot.Stand> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            var jaar = query.Jaar ?? Budgetpot.JaarVan(clock.GetUtcNow());
            return await connection.QuerySingleAsync<Budgetpot.Stand>(Budgetpot.StandSql, new { Jaar = jaar, Budgetpot.Standaard });
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/ijsbrekersbudget", async Task<Ok<Budgetpot.Stand>> (int? jaar, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Query(jaar), ct)))
            .WithName("geefIjsbrekersbudget")
            .WithTags("Regie")
            .WithSummary("De ijsbrekerspot en zijn saldo")
            .WithDescription(
                "De pot van het jaar (standaard dit jaar; de functioneel beheerder stelt het bedrag in, anders € 50.000): budget, besteed " +
                "(wat meetelt), wachtOpGoedkeuring (uitgaven boven het saldo die op een tweede ijsbreker wachten) en saldo. Zonder persoon of " +
                "plan. Voor ijsbrekers en de teamleider.")
            .ProducesValidationProblem();
}
