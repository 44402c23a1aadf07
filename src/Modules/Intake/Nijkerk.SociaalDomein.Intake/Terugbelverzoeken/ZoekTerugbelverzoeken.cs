using Dapper;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Intake.Terugbelverzoeken;

/// <summary>Open terugbelverzoeken, oldest first: for one colleague, for some teams, or all of them.</summary>
internal static class ZoekTerugbelverzoeken
{
    [Vereist(IntakeRechten.AanmeldingenLezen)]
    [Verwerking("Lijst van open terugbelverzoeken ingezien", IntakeDoelen.Intake)]
    public sealed record Query(string? Medewerker, IReadOnlyList<string>? Teams, Paginering Paginering) : IRequest<Resultaten<TerugbelRegel>>;

    public sealed record TerugbelRegel(
        Guid Id, Guid AanmeldingId, string Vraag, Guid? InwonerId, string? Medewerker, string? Team, string Telefoonnummer, string? Toelichting,
        string AangemaaktDoor, DateTimeOffset AangemaaktOp) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator(IMediator mediator)
        {
            RuleFor(q => q.Teams).CustomAsync(async (teams, context, ct) =>
            {
                if (teams is { Count: > 0 } && await VraagTerugbelverzoekAan.OnbekendTeamAsync(mediator, teams, ct) is { } fout)
                {
                    context.AddFailure(fout);
                }
            });
            RuleFor(q => q.Paginering).SetValidator(new PagineringValidator()).OverridePropertyName("");
        }
    }

    internal sealed class Handler(ModuleDb<IntakeModule> db) : IRequestHandler<Query, Resultaten<TerugbelRegel>>
    {
        // With both a colleague and teams: what is for the colleague or for one of the teams.
        private const string Filter = """
            from intake.terugbelverzoek t join intake.aanmelding a on a.id = t.aanmelding_id
            where t.afgerond_op is null
              and ((@Medewerker::text is null and @Teams::text[] is null) or t.medewerker = @Medewerker or t.team = any(@Teams))
             
            """;

        private const string Sql = $"""
            select count(*) {Filter};
            select t.id as Id, t.aanmelding_id as AanmeldingId, a.vraag as Vraag, a.inwoner_id as InwonerId, t.medewerker as Medewerker,
                   t.team as Team, t.telefoonnummer as Telefoonnummer, t.toelichting as Toelichting, t.aangemaakt_door as AangemaaktDoor,
                   t.aangemaakt_op as AangemaaktOp
            {Filter}
            order by t.aangemaakt_op, t.id
            limit @Limiet offset @Offset
            """;

        public async Task<Resultaten<TerugbelRegel>> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            await using var results = await connection.QueryMultipleAsync(Sql, new
            {
                query.Medewerker,
                Teams = query.Teams is null ? null : query.Teams.ToArray(),
                Limiet = query.Paginering.PaginaGrootte,
                query.Paginering.Offset,
            });
            var totaal = await results.ReadSingleAsync<int>();
            return new Resultaten<TerugbelRegel>(totaal, [.. await results.ReadAsync<TerugbelRegel>()]);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/terugbelverzoeken", async Task<Ok<Pagina<TerugbelRegel>>> (
                string? medewerker, string? team, int? pagina, int? paginaGrootte, IMediator mediator, HttpRequest request, CancellationToken ct) =>
            {
                var paginering = Paginering.Van(pagina, paginaGrootte);
                var teams = string.IsNullOrWhiteSpace(team) ? null : new[] { team };
                var resultaten = await mediator.Send(new Query(string.IsNullOrWhiteSpace(medewerker) ? null : medewerker, teams, paginering), ct);
                return TypedResults.Ok(Pagina<TerugbelRegel>.Van(resultaten, paginering, request));
            })
            .WithName("zoekTerugbelverzoeken")
            .WithTags("Aanmeldingen")
            .WithSummary("Lijst van open terugbelverzoeken")
            .WithDescription("Open terugbelverzoeken, oudste eerst, gepagineerd. Filters: medewerker (gebruikersnaam) en team; met beide: wat voor de medewerker of voor het team is.")
            .ProducesValidationProblem();
}
