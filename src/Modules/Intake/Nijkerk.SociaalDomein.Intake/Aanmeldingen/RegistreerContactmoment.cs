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

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen;

/// <summary>Another contact about an existing aanmelding, e.g. the inwoner calls back: kanaal, a note, and when.</summary>
internal static class RegistreerContactmoment
{
    [Vereist(IntakeRechten.AanmeldingenSchrijven)]
    [Verwerking("Contactmoment bij een aanmelding vastgelegd", IntakeDoelen.Intake)]
    public sealed record Command(Guid AanmeldingId, string? Kanaal, string? Notitie, DateTimeOffset? Tijdstip) : ICommand<Vastgelegd>;

    public sealed record Body(string? Kanaal, string? Notitie, DateTimeOffset? Tijdstip)
    {
        /// <summary>The example in the API document.</summary>
        public static Body Voorbeeld => new("telefoon", "Mevrouw belde terug: de afspraak van maandag past.", null);
    }

    public sealed record Vastgelegd(Guid Id, Guid? InwonerId) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Kanaal).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Kies het kanaal van dit contact.")
                .EenVan(Keuzes.Kanalen.Keys)
                .WithMessage($"Onbekend kanaal; kies uit: {Keuzes.Opsomming(Keuzes.Kanalen)}.");
            RuleFor(c => c.Notitie).MaximumLength(4000).WithMessage("De notitie is te lang (ten hoogste 4000 tekens).");
            RuleFor(c => c.Tijdstip).Must(t => t is null || t <= clock.GetUtcNow().AddMinutes(5))
                .WithMessage("Een contactmoment ligt niet in de toekomst.");
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Vastgelegd>
    {
        private const string Aanmelding = """
            select id as Id, inwoner_id as InwonerId from intake.aanmelding
            where id = @AanmeldingId
            """;

        private const string Insert = """
            insert into intake.contactmoment (id, aanmelding_id, kanaal, notitie, tijdstip, vastgelegd_door, vastgelegd_op)
            values (@Id, @AanmeldingId, @Kanaal, @Notitie, @Tijdstip, @Door, @Nu)
            """;

        public async Task<Vastgelegd> Handle(Command command, CancellationToken cancellationToken)
        {
            var aanmelding = await session.QuerySingleOrDefaultAsync<Rij>(Aanmelding, new { command.AanmeldingId })
                ?? throw new NietGevondenException("Er is geen aanmelding met deze id.");
            var id = Guid.CreateVersion7();
            var nu = clock.GetUtcNow();
            await session.ExecuteAsync(Insert, new
            {
                Id = id,
                command.AanmeldingId,
                command.Kanaal,
                Notitie = string.IsNullOrWhiteSpace(command.Notitie) ? null : command.Notitie.Trim(),
                Tijdstip = command.Tijdstip ?? nu,
                Door = actor.Huidig.Naam,
                Nu = nu,
            });
            return new Vastgelegd(id, aanmelding.InwonerId);
        }

        private sealed record Rij(Guid Id, Guid? InwonerId);
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/aanmeldingen/{id}/contactmomenten", async Task<Created<RegistreerAanmelding.Aangemaakt>> (
                Guid id, Body? body, IMediator mediator, CancellationToken ct) =>
            {
                var vastgelegd = await mediator.Send(new Command(id, body?.Kanaal, body?.Notitie, body?.Tijdstip), ct);
                return TypedResults.Created($"/api/v1/aanmeldingen/{id}", new RegistreerAanmelding.Aangemaakt(vastgelegd.Id));
            })
            .MetIdempotentie()
            .WithName("registreerContactmoment")
            .WithTags("Aanmeldingen")
            .WithSummary("Leg een contactmoment bij een aanmelding vast")
            .WithDescription(
                $"Nog een contact over dezelfde vraag, bijvoorbeeld als de inwoner terugbelt. kanaal: {Keuzes.Opsomming(Keuzes.Kanalen)}. " +
                "tijdstip mag ontbreken (dan nu). De contactmomenten staan in GET /aanmeldingen/{id}.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
