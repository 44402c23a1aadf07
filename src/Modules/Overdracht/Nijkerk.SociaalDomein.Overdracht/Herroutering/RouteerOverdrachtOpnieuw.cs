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
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Overdracht.Contracts;
using Nijkerk.SociaalDomein.Overdracht.Overdrachten;
using Nijkerk.SociaalDomein.Overdracht.Termijnen;
using Nijkerk.SociaalDomein.Overdracht.Terugkoppeling;
using Nijkerk.SociaalDomein.Overdracht.Toestemmingen;

namespace Nijkerk.SociaalDomein.Overdracht.Herroutering;

/// <summary>
/// The loket routes a laid-back or expired overdracht anew, to another team or partner: a new overdracht carries the same
/// aanmelding, inwoner, samenvatting and hulpvragen on (<c>vorige_overdracht_id</c>), with a new term, so the question
/// never goes back to the inhabitant. To a partner only with the inwoner's toestemming (422 otherwise).
/// </summary>
internal static class RouteerOverdrachtOpnieuw
{
    [Vereist(OverdrachtRechten.Routeren)]
    [Verwerking("Overdracht opnieuw gerouteerd", OverdrachtDoelen.Overdracht)]
    public sealed record Command(Guid OverdrachtId, string? Team, string? PartnerOrganisatie, string? Toelichting) : ICommand<Gerouteerd>;

    public sealed record Body(string? Team, string? PartnerOrganisatie, string? Toelichting)
    {
        /// <summary>The example in the API document.</summary>
        public static Body Voorbeeld => new("wmo", null, "Het gaat vooral om hulp in huis; Werk & Inkomen legde terug.");
    }

    public sealed record Gerouteerd(
        Guid Id, Guid VorigeOverdrachtId, Guid? InwonerId, string TeamCode, string? PartnerOrganisatie, DateTimeOffset VerlooptOp) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        private const string Keuzes = """
            select code from overdracht.team where actief order by code;
            select organisatie from overdracht.partner where actief order by organisatie;
            """;

        public Validator(ModuleDb<OverdrachtModule> db)
        {
            RuleFor(c => c.Team).NotEmpty().When(c => string.IsNullOrWhiteSpace(c.PartnerOrganisatie))
                .WithMessage("Kies het team (of de partner) waar de overdracht nu heen gaat.");
            RuleFor(c => c.Toelichting).MaximumLength(4000).WithMessage("De toelichting is te lang (ten hoogste 4000 tekens).");
            RuleFor(c => c).CustomAsync(async (c, context, ct) =>
            {
                if (string.IsNullOrWhiteSpace(c.Team) && string.IsNullOrWhiteSpace(c.PartnerOrganisatie))
                {
                    return;
                }

                await using var connection = await db.OpenAsync(ct);
                await using var keuzes = await connection.QueryMultipleAsync(Keuzes);
                var teams = (await keuzes.ReadAsync<string>()).ToList();
                var partners = (await keuzes.ReadAsync<string>()).ToList();
                if (!string.IsNullOrWhiteSpace(c.Team) && !teams.Contains(c.Team.Trim()))
                {
                    context.AddFailure("Team", $"Onbekend of inactief team; kies uit: {string.Join(", ", teams)}.");
                }

                if (!string.IsNullOrWhiteSpace(c.PartnerOrganisatie) && !partners.Contains(c.PartnerOrganisatie.Trim()))
                {
                    context.AddFailure("PartnerOrganisatie", $"Onbekende of inactieve partner; kies uit: {string.Join(", ", partners)}.");
                }
            });
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Gerouteerd>
    {
        private const string HeeftOpvolger = "select exists (select 1 from overdracht.overdracht where vorige_overdracht_id = @Id)";

        private const string Insert = """
            insert into overdracht.overdracht (id, aanmelding_id, vraagverheldering_id, vorige_overdracht_id, inwoner_id, inwoner_naam, team_code,
                partner_organisatie, expertises, hulpvragen, samenvatting, meervoudig, status, versie, aangeboden_op, verloopt_op)
            values (@Id, @AanmeldingId, @VraagverhelderingId, @VorigeOverdrachtId, @InwonerId, @InwonerNaam, @TeamCode,
                @PartnerOrganisatie, @Expertises, @Hulpvragen::jsonb, @Samenvatting, @Meervoudig, 'aangeboden', 1, @Nu, @VerlooptOp)
            """;

        public async Task<Gerouteerd> Handle(Command command, CancellationToken cancellationToken)
        {
            var nu = clock.GetUtcNow();
            var vorige = await OverdrachtOpslag.LaadMetInhoudAsync(session, command.OverdrachtId, actor.Huidig);
            vorige.Overdracht.MoetOpnieuwTeRouterenZijn();
            if (await session.QuerySingleOrDefaultAsync<bool>(HeeftOpvolger, new { vorige.Overdracht.Id }))
            {
                throw new ConflictException("Deze overdracht is al opnieuw gerouteerd; kijk bij de nieuwe overdracht.");
            }

            var team = string.IsNullOrWhiteSpace(command.Team) ? vorige.Overdracht.TeamCode : command.Team.Trim();
            var partner = string.IsNullOrWhiteSpace(command.PartnerOrganisatie) ? null : command.PartnerOrganisatie.Trim();
            if (partner is not null
                && await Toestemming.OntbreektVoorPartnerAsync(
                    session.Connection, session.Transaction, vorige.Overdracht.InwonerId, partner, NederlandseDag.Vandaag(clock)) is { } naam)
            {
                throw new RegelOvertredenException(Toestemming.Weigering([(string.Join(", ", vorige.Expertises), naam)]));
            }

            var id = Guid.CreateVersion7();
            var verlooptOp = await Termijn.VerlooptOpAsync(session, team, partner, nu);
            var toelichting = string.IsNullOrWhiteSpace(command.Toelichting) ? null : command.Toelichting.Trim();
            await session.ExecuteAsync(Insert, new
            {
                Id = id,
                vorige.Overdracht.AanmeldingId,
                vorige.VraagverhelderingId,
                VorigeOverdrachtId = vorige.Overdracht.Id,
                vorige.Overdracht.InwonerId,
                vorige.InwonerNaam,
                TeamCode = team,
                PartnerOrganisatie = partner,
                vorige.Expertises,
                vorige.Hulpvragen,
                vorige.Samenvatting,
                vorige.Meervoudig,
                Nu = nu,
                VerlooptOp = verlooptOp,
            });
            await OverdrachtOpslag.StapAsync(session, new Stap(id, OverdrachtStatus.Aangeboden, nu, actor.Huidig.Id, actor.Huidig.Naam, "opnieuw-gerouteerd", toelichting));
            await session.RaiseAsync(new OverdrachtAangeboden(
                Guid.CreateVersion7(), nu, id, vorige.Overdracht.AanmeldingId, vorige.Overdracht.InwonerId, team, partner, vorige.Expertises,
                verlooptOp, vorige.Overdracht.Id));
            return new Gerouteerd(id, vorige.Overdracht.Id, vorige.Overdracht.InwonerId, team, partner, verlooptOp);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/overdrachten/{id}/herroutering", async Task<Created<Gerouteerd>> (Guid id, Body? body, IMediator mediator, CancellationToken ct) =>
            {
                var gerouteerd = await mediator.Send(new Command(id, body?.Team, body?.PartnerOrganisatie, body?.Toelichting), ct);
                return TypedResults.Created($"/api/v1/overdrachten/{gerouteerd.Id}", gerouteerd);
            })
            .MetIdempotentie()
            .WithName("routeerOverdrachtOpnieuw")
            .WithTags("Overdracht")
            .WithSummary("Routeer een teruggelegde of verlopen overdracht opnieuw")
            .WithDescription(
                "Het loket stuurt een teruggelegde of verlopen overdracht naar een ander team (team: een code uit GET /api/v1/teams) of een " +
                "externe partner (partnerOrganisatie; zonder team blijft het team van de vorige overdracht). Een nieuwe overdracht neemt de " +
                "aanmelding, de inwoner, de samenvatting en de hulpvragen over, met vorigeOverdrachtId en een nieuwe termijn; de Location is die " +
                "nieuwe overdracht. Andere statussen of een overdracht die al opnieuw gerouteerd is: 409. Naar een partner zonder geldige " +
                "toestemming van de inwoner: 422, met de reden.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
