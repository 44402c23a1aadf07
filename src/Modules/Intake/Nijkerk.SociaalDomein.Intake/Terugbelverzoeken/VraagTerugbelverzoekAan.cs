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
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake.Aanmeldingen;
using Nijkerk.SociaalDomein.Overdracht;

namespace Nijkerk.SociaalDomein.Intake.Terugbelverzoeken;

/// <summary>Someone must call back about an aanmelding: one colleague (user name) or one team, a number, what it is about.</summary>
internal static class VraagTerugbelverzoekAan
{
    [Vereist(IntakeRechten.AanmeldingenSchrijven)]
    [Verwerking("Terugbelverzoek bij een aanmelding vastgelegd", IntakeDoelen.Intake)]
    public sealed record Command(Guid AanmeldingId, string? Medewerker, string? Team, string? Telefoonnummer, string? Toelichting)
        : ICommand<Aangevraagd>;

    public sealed record Body(string? Medewerker, string? Team, string? Telefoonnummer, string? Toelichting)
    {
        /// <summary>The example in the API document.</summary>
        public static Body Voorbeeld => new(null, "werk-inkomen", "033 245 1234", "Graag na 14.00 uur bellen.");
    }

    public sealed record Aangevraagd(Guid Id, Guid? InwonerId) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IMediator mediator)
        {
            RuleFor(c => c).Must(c => string.IsNullOrWhiteSpace(c.Medewerker) != string.IsNullOrWhiteSpace(c.Team))
                .OverridePropertyName("Medewerker")
                .WithMessage("Wijs het terugbelverzoek toe aan één collega (gebruikersnaam) of aan één team, niet aan beide.");
            RuleFor(c => c.Medewerker).Matches("^[a-z0-9._-]{2,64}$").When(c => !string.IsNullOrWhiteSpace(c.Medewerker))
                .WithMessage("Een gebruikersnaam bestaat uit 2 tot 64 kleine letters, cijfers, punten, streepjes of liggende streepjes.");
            RuleFor(c => c.Team).CustomAsync(async (team, context, ct) =>
            {
                if (!string.IsNullOrWhiteSpace(team) && await OnbekendTeamAsync(mediator, [team], ct) is { } fout)
                {
                    context.AddFailure(fout);
                }
            });
            RuleFor(c => c.Telefoonnummer).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Noteer het nummer waarop teruggebeld wordt.")
                .Matches(@"^\+?[0-9 ()-]{6,20}$").WithMessage("Noteer een telefoonnummer van 6 tot 20 cijfers (spaties, haakjes, + en - mogen).");
            RuleFor(c => c.Toelichting).MaximumLength(1000).WithMessage("De toelichting is te lang (ten hoogste 1000 tekens).");
        }
    }

    /// <summary>The teams are Overdracht's reference data: a code it does not know (any more) is refused with the ones it does.</summary>
    internal static async Task<string?> OnbekendTeamAsync(IMediator mediator, IEnumerable<string> teams, CancellationToken ct)
    {
        var bekend = (await mediator.Send(new GeefTeams(), ct)).Select(t => t.Code).ToList();
        return teams.Any(t => !bekend.Contains(t)) ? $"Onbekend team; kies uit: {string.Join(", ", bekend)}." : null;
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Aangevraagd>
    {
        private const string Aanmelding = """
            select id as Id, inwoner_id as InwonerId from intake.aanmelding
            where id = @AanmeldingId
            """;

        private const string Insert = """
            insert into intake.terugbelverzoek (id, aanmelding_id, medewerker, team, telefoonnummer, toelichting, aangemaakt_door, aangemaakt_op)
            values (@Id, @AanmeldingId, @Medewerker, @Team, @Telefoonnummer, @Toelichting, @Door, @Nu)
            """;

        public async Task<Aangevraagd> Handle(Command command, CancellationToken cancellationToken)
        {
            var aanmelding = await session.QuerySingleOrDefaultAsync<Rij>(Aanmelding, new { command.AanmeldingId })
                ?? throw new NietGevondenException("Er is geen aanmelding met deze id.");
            var id = Guid.CreateVersion7();
            await session.ExecuteAsync(Insert, new
            {
                Id = id,
                command.AanmeldingId,
                Medewerker = Leeg(command.Medewerker),
                Team = Leeg(command.Team),
                Telefoonnummer = command.Telefoonnummer!.Trim(),
                Toelichting = Leeg(command.Toelichting),
                Door = actor.Huidig.Naam,
                Nu = clock.GetUtcNow(),
            });
            return new Aangevraagd(id, aanmelding.InwonerId);
        }

        private static string? Leeg(string? waarde) => string.IsNullOrWhiteSpace(waarde) ? null : waarde.Trim();

        private sealed record Rij(Guid Id, Guid? InwonerId);
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/aanmeldingen/{id}/terugbelverzoeken", async Task<Created<RegistreerAanmelding.Aangemaakt>> (
                Guid id, Body? body, IMediator mediator, CancellationToken ct) =>
            {
                var aangevraagd = await mediator.Send(new Command(id, body?.Medewerker, body?.Team, body?.Telefoonnummer, body?.Toelichting), ct);
                return TypedResults.Created($"/api/v1/aanmeldingen/{id}", new RegistreerAanmelding.Aangemaakt(aangevraagd.Id));
            })
            .MetIdempotentie()
            .WithName("vraagTerugbelverzoekAan")
            .WithTags("Aanmeldingen")
            .WithSummary("Vraag een collega of team om terug te bellen")
            .WithDescription(
                "Een terugbelverzoek bij een aanmelding, voor één collega (medewerker: gebruikersnaam) of één team " +
                "(team: een code uit GET /api/v1/teams), met het telefoonnummer en een toelichting. Het staat open tot iemand het afrondt.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
