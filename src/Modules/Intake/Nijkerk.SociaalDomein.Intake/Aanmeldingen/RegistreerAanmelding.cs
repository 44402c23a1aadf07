using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen;

internal static class RegistreerAanmelding
{
    /// <summary>A contact at the loket: through which kanaal, from which bron, the question, how urgent, and for whom if known.</summary>
    [Vereist(Rechten.AanmeldingenSchrijven)]
    [Verwerking("Aanmelding geregistreerd", Doelen.Intake)]
    public sealed record Command(string? Kanaal, string? Bron, string? Vraag, Guid? InwonerId, string? Urgentie) : ICommand<Guid>, IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    public sealed record Aangemaakt(Guid Id);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Kanaal).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Kies het kanaal waarlangs de vraag binnenkwam.")
                .Must(k => k is null || Keuzes.Kanalen.ContainsKey(k))
                .WithMessage($"Onbekend kanaal; kies uit: {Keuzes.Opsomming(Keuzes.Kanalen)}.");
            RuleFor(c => c.Bron).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Kies van wie de vraag komt.")
                .Must(b => b is null || Keuzes.Bronnen.ContainsKey(b))
                .WithMessage($"Onbekende bron; kies uit: {Keuzes.Opsomming(Keuzes.Bronnen)}.");
            RuleFor(c => c.Vraag).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Noteer de vraag in de woorden van de inwoner.")
                .MaximumLength(4000).WithMessage("De vraag is te lang (ten hoogste 4000 tekens).");
            RuleFor(c => c.Urgentie).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Kies de urgentie.")
                .Must(u => u is null || Keuzes.Urgenties.ContainsKey(u))
                .WithMessage($"Onbekende urgentie; kies uit: {Keuzes.Opsomming(Keuzes.Urgenties)}.");
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Guid>
    {
        private const string InwonerBestaat = "select exists (select 1 from intake.inwoner where id = @InwonerId)";

        private const string Insert = """
            insert into intake.aanmelding (id, kanaal, bron, vraag, inwoner_id, urgentie, status, geregistreerd_op, organisatie)
            values (@Id, @Kanaal, @Bron, @Vraag, @InwonerId, @Urgentie, @Status, @Nu, @Organisatie)
            """;

        public async Task<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            if (command.InwonerId is not null && !await session.QuerySingleOrDefaultAsync<bool>(InwonerBestaat, command))
            {
                throw new RegelOvertredenException("De opgegeven inwoner bestaat niet.");
            }

            var id = Guid.CreateVersion7();
            var nu = clock.GetUtcNow();
            await session.ExecuteAsync(Insert, new
            {
                Id = id,
                command.Kanaal,
                command.Bron,
                Vraag = command.Vraag!.Trim(),
                command.InwonerId,
                command.Urgentie,
                Status = Aanmelding.Open,
                Nu = nu,
                actor.Huidig.Organisatie,
            });
            await session.RaiseAsync(new AanmeldingGeregistreerd(
                Guid.CreateVersion7(), nu, id, command.InwonerId, command.Kanaal!, command.Bron!, command.Urgentie!));
            if (command.Urgentie == "crisis")
            {
                await session.RaiseAsync(new CrisisGemeld(Guid.CreateVersion7(), nu, id, command.InwonerId));
            }

            return id;
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/aanmeldingen", async Task<Created<Aangemaakt>> (Command? command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command ?? new Command(null, null, null, null, null), ct);
                return TypedResults.Created($"/api/v1/aanmeldingen/{id}", new Aangemaakt(id));
            })
            .WithName("registreerAanmelding")
            .WithTags("Aanmeldingen")
            .WithSummary("Registreer een aanmelding")
            .WithDescription(
                $"Legt een vraag vast die bij het loket binnenkwam. kanaal: {Keuzes.Opsomming(Keuzes.Kanalen)}. " +
                $"bron: {Keuzes.Opsomming(Keuzes.Bronnen)}. urgentie: {Keuzes.Opsomming(Keuzes.Urgenties)}.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
