using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Overdracht;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Expertises;

/// <summary>
/// Proposes enkelvoudig (one team takes every expertise) or meervoudig (several: a regisseur is needed) from
/// Overdracht's routing table; the professional confirms it with the expertises of the vraagverheldering.
/// </summary>
internal static class StelSamenstellingVoor
{
    [Vereist(Rechten.ReferentiegegevensLezen)]
    [GeenPersoonsgegevens]
    public sealed record Query(IReadOnlyList<string> Expertises) : IRequest<Voorstel>;

    public sealed record Voorstel(string Samenstelling, IReadOnlyList<TeamVoorstel> Teams);

    public sealed record TeamVoorstel(string TeamCode, string TeamNaam, string? PartnerOrganisatie, IReadOnlyList<string> Expertises);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator(ModuleDb<VraagverhelderingModule> db)
        {
            RuleFor(q => q.Expertises).Cascade(CascadeMode.Stop)
                .Must(e => e.Count > 0).WithMessage("Noem ten minste één expertise.")
                .CustomAsync(async (codes, context, ct) =>
                {
                    foreach (var fout in await ExpertiseCodes.OnbekendeAsync(db, codes, ct))
                    {
                        context.AddFailure(fout);
                    }
                });
        }
    }

    internal sealed class Handler(IMediator mediator) : IRequestHandler<Query, Voorstel>
    {
        public async Task<Voorstel> Handle(Query query, CancellationToken cancellationToken)
        {
            var routering = await mediator.Send(new GeefTeamsVoorExpertises([.. query.Expertises.Distinct()]), cancellationToken);
            var teams = routering
                .GroupBy(r => (r.TeamCode, r.TeamNaam, r.PartnerOrganisatie))
                .Select(g => new TeamVoorstel(g.Key.TeamCode, g.Key.TeamNaam, g.Key.PartnerOrganisatie, [.. g.Select(r => r.Expertise)]))
                .ToList();
            // Several teams mean several handovers for one household: that is what needs a regisseur. A partner that carries
            // out a team's expertise (Plangroep for schuldhulpverlening) is still that one team's handover.
            var samenstelling = teams.Select(t => t.TeamCode).Distinct().Count() > 1 ? "meervoudig" : "enkelvoudig";
            return new Voorstel(samenstelling, teams);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/expertises/voorstel", async Task<Ok<Voorstel>> (string[]? expertise, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Query(expertise ?? []), ct)))
            .WithName("stelSamenstellingVoor")
            .WithTags("Vraagverheldering")
            .WithSummary("Stel enkelvoudig of meervoudig voor bij expertises")
            .WithDescription("Voor de gevraagde expertises (herhaal expertise=code) de teams uit de routeringstabel van Overdracht, en het " +
                "voorstel: enkelvoudig als één team alles uitvoert, meervoudig als er meer teams nodig zijn (dan is een regisseur nodig). " +
                "De professional bevestigt het met PUT /vraagverhelderingen/{id}/expertises.")
            .ProducesValidationProblem();
}
