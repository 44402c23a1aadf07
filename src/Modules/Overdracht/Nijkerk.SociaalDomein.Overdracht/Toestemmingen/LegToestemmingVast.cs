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
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Overdracht.Toestemmingen;

/// <summary>
/// Records the inwoner's toestemming to share data with one external partner: which data, for what purpose, how and
/// when he gave it, and until when it holds. Only then may an overdracht go to that partner, and may its key read it.
/// </summary>
internal static class LegToestemmingVast
{
    [Vereist(OverdrachtRechten.ToestemmingenBeheren)]
    [Verwerking("Toestemming van de inwoner voor het delen met een partner vastgelegd", OverdrachtDoelen.Overdracht)]
    public sealed record Command(
        Guid InwonerId, string? PartnerOrganisatie, IReadOnlyList<string>? Gegevens, string? Doel, string? Wijze, DateOnly? GegevenOp, DateOnly? GeldigTot)
        : ICommand<Vastgelegd>, IBetreftPersoon;

    public sealed record Body(string? PartnerOrganisatie, IReadOnlyList<string>? Gegevens, string? Doel, string? Wijze, DateOnly? GegevenOp, DateOnly? GeldigTot)
    {
        /// <summary>The example in the API document.</summary>
        public static Body Voorbeeld => new(
            "Plangroep", ["samenvatting", "contactgegevens"], "Schuldhulpverlening: Plangroep neemt contact op en brengt de schulden in kaart.",
            "mondeling", Vandaag, Vandaag.AddYears(1));

        // Today's, so the example stays a toestemming that holds (one already expired is refused).
        private static DateOnly Vandaag => NederlandseDag.Vandaag(TimeProvider.System);
    }

    public sealed record Vastgelegd(Guid Id);

    internal sealed class Validator : AbstractValidator<Command>
    {
        private const string Partners = "select organisatie from overdracht.partner where actief order by organisatie";

        public Validator(ModuleDb<OverdrachtModule> db, TimeProvider clock)
        {
            var gegevens = string.Join(", ", Toestemming.Gegevens.Keys);
            var wijzen = string.Join(", ", Toestemming.Wijzen.Keys);
            RuleFor(c => c.PartnerOrganisatie).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Kies de organisatie waarmee de gegevens gedeeld worden.")
                .CustomAsync(async (partner, context, ct) =>
                {
                    await using var connection = await db.OpenAsync(ct);
                    var bekend = (await connection.QueryAsync<string>(Partners)).ToList();
                    if (!bekend.Contains(partner!))
                    {
                        context.AddFailure($"Onbekende partner; kies uit: {string.Join(", ", bekend)}.");
                    }
                });
            RuleFor(c => c.Gegevens).Cascade(CascadeMode.Stop)
                .Aantal(1, Toestemming.Gegevens.Count).WithMessage($"Kies welke gegevens gedeeld mogen worden: {gegevens}.")
                .Must(g => g!.All(Toestemming.Gegevens.ContainsKey)).WithMessage($"Onbekende gegevens; kies uit: {gegevens}.");
            RuleFor(c => c.Doel).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Beschrijf het doel: waarvoor de partner de gegevens gebruikt.")
                .MaximumLength(1000).WithMessage("Het doel is te lang (ten hoogste 1000 tekens).");
            RuleFor(c => c.Wijze).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage($"Kies hoe de toestemming is gegeven: {wijzen}.")
                .EenVan(Toestemming.Wijzen.Keys).WithMessage($"Onbekende wijze; kies uit: {wijzen}.");
            RuleFor(c => c.GegevenOp).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Vul de datum in waarop de inwoner toestemming gaf.")
                .Must(d => d <= NederlandseDag.Vandaag(clock)).WithMessage("De toestemming kan niet in de toekomst gegeven zijn.");
            RuleFor(c => c.GeldigTot).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Vul de datum in tot wanneer de toestemming geldt.")
                .Must(d => d >= NederlandseDag.Vandaag(clock)).WithMessage("Deze datum is al voorbij: een toestemming die al verlopen is, geeft geen toestemming.")
                .Must((c, d) => c.GegevenOp is null || d >= c.GegevenOp).WithMessage("De toestemming geldt tot een datum op of na de dag waarop zij gegeven is.");
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor, IMediator mediator)
        : IRequestHandler<Command, Vastgelegd>
    {
        private const string Insert = """
            insert into overdracht.toestemming (id, inwoner_id, partner_organisatie, gegevens, doel, wijze, gegeven_op, geldig_tot,
                vastgelegd_op, vastgelegd_door)
            values (@Id, @InwonerId, @PartnerOrganisatie, @Gegevens, @Doel, @Wijze, @GegevenOp, @GeldigTot, @Nu, @Door)
            """;

        public async Task<Vastgelegd> Handle(Command command, CancellationToken cancellationToken)
        {
            _ = await mediator.Send(new GeefInwonerKenmerken(command.InwonerId), cancellationToken)
                ?? throw new NietGevondenException("Er is geen inwoner met deze id.");
            var id = Guid.CreateVersion7();
            await session.ExecuteAsync(Insert, new
            {
                Id = id,
                command.InwonerId,
                command.PartnerOrganisatie,
                Gegevens = Toestemming.Gegevens.Keys.Where(command.Gegevens!.Contains).ToArray(),
                Doel = command.Doel!.Trim(),
                command.Wijze,
                GegevenOp = command.GegevenOp!.Value,
                GeldigTot = command.GeldigTot!.Value,
                Nu = clock.GetUtcNow(),
                Door = actor.Huidig.Naam,
            });
            return new Vastgelegd(id);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/inwoners/{id}/toestemmingen", async Task<Created<Vastgelegd>> (Guid id, Body? body, IMediator mediator, CancellationToken ct) =>
            {
                var vastgelegd = await mediator.Send(
                    new Command(id, body?.PartnerOrganisatie, body?.Gegevens, body?.Doel, body?.Wijze, body?.GegevenOp, body?.GeldigTot), ct);
                return TypedResults.Created($"/api/v1/inwoners/{id}/toestemmingen", vastgelegd);
            })
            .MetIdempotentie()
            .WithName("legToestemmingVast")
            .WithTags("Overdracht")
            .WithSummary("Leg een toestemming van de inwoner vast")
            .WithDescription(
                "De toestemming van de inwoner om gegevens te delen met één externe partner (partnerOrganisatie, zoals Plangroep, Sigma of MEE): " +
                "welke gegevens (samenvatting, contactgegevens), waarvoor (doel), hoe gegeven (mondeling, schriftelijk, digitaal), wanneer " +
                "(gegevenOp) en tot wanneer (geldigTot, die dag inbegrepen). Zonder geldige toestemming voor de samenvatting gaat er geen " +
                "overdracht naar die partner en leest de sleutel van de partner haar niet. De Location is de lijst van toestemmingen van de inwoner.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
