using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;

using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen;

internal static class RegistreerAanmelding
{
    /// <summary>
    /// A contact at the loket: kanaal, bron, the question in the inwoner's words, the leefgebieden it touches, how
    /// urgent, for whom if known, who reported it when that was someone else (namens, or a partner's signal), and
    /// whether the desk told the inwoner what is recorded.
    /// </summary>
    [Vereist(IntakeRechten.AanmeldingenSchrijven)]
    [Verwerking("Aanmelding geregistreerd", IntakeDoelen.Intake)]
    public sealed record Command(
        string? Kanaal,
        string? Bron,
        string? Vraag,
        Guid? InwonerId,
        string? Urgentie,
        IReadOnlyList<string>? Onderwerpen = null,
        Melder? Melder = null,
        bool? InwonerOpDeHoogte = null,
        bool? InwonerStemtIn = null,
        bool TransparantieGegeven = false) : ICommand<Guid>, IBetreftPersonen
    {

        /// <summary>The example in the API document: a daughter calls for her mother, who knows of it.</summary>
        public static Command Voorbeeld => new(
            "telefoon", "netwerk", "Mijn moeder kan haar rekeningen niet meer betalen en de post stapelt zich op.", null, "normaal",
            ["financien"], new Melder("Eva de Vries", "06 1234 5678", "dochter", null), true, null, true);

        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    /// <summary>Who reported it, when not the inwoner: a relative or neighbour (naam, relatie) or a partner (organisatie).</summary>
    public sealed record Melder(string? Naam, string? Telefoon, string? Relatie, string? Organisatie)
    {
        /// <summary>Computed, not part of the JSON: the document would otherwise list it as a field to send.</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public bool IsLeeg => string.IsNullOrWhiteSpace(Naam) && string.IsNullOrWhiteSpace(Telefoon)
            && string.IsNullOrWhiteSpace(Relatie) && string.IsNullOrWhiteSpace(Organisatie);
    }

    public sealed record Aangemaakt(Guid Id);

    /// <summary>Made once per host (ADR 0024): the mediator and the actor are the request's, taken from the validation.</summary>
    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Kanaal).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Kies het kanaal waarlangs de vraag binnenkwam.")
                .EenVan(Keuzes.Kanalen.Keys)
                .WithMessage($"Onbekend kanaal; kies uit: {Keuzes.Opsomming(Keuzes.Kanalen)}.");
            RuleFor(c => c.Bron).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Kies van wie de vraag komt.")
                .EenVan(Keuzes.Bronnen.Keys)
                .WithMessage($"Onbekende bron; kies uit: {Keuzes.Opsomming(Keuzes.Bronnen)}.");
            RuleFor(c => c.Vraag).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Noteer de vraag in de woorden van de inwoner.")
                .MaximumLength(4000).WithMessage("De vraag is te lang (ten hoogste 4000 tekens).");
            RuleFor(c => c.Urgentie).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Kies de urgentie.")
                .EenVan(Keuzes.Urgenties.Keys)
                .WithMessage($"Onbekende urgentie; kies uit: {Keuzes.Opsomming(Keuzes.Urgenties)}.");
            RuleFor(c => c.Onderwerpen).Must(o => o is null || o.Count <= 20).WithMessage("Kies ten hoogste 20 onderwerpen.");
            RuleForEach(c => c.Onderwerpen)
                .MustAsync(async (_, code, context, ct) => (await Codes(context, ct)).Contains(code ?? ""))
                .WithMessage((_, code) => $"Onbekend leefgebied '{code}'; de codes staan in GET /api/v1/leefgebieden.");

            When(c => c.Melder is { IsLeeg: false }, () =>
            {
                RuleFor(c => c.Melder!.Naam).MaximumLength(200).WithMessage("De naam van de melder is te lang (ten hoogste 200 tekens).");
                RuleFor(c => c.Melder!.Telefoon).Matches(@"^\+?[0-9 ()-]{6,20}$").When(c => !string.IsNullOrWhiteSpace(c.Melder!.Telefoon))
                    .WithMessage("Noteer een telefoonnummer van 6 tot 20 cijfers (spaties, haakjes, + en - mogen).");
                RuleFor(c => c.Melder!.Relatie).Cascade(CascadeMode.Stop)
                    .NotEmpty().When(c => !string.IsNullOrWhiteSpace(c.Melder!.Naam) && string.IsNullOrWhiteSpace(c.Melder!.Organisatie))
                    .WithMessage("Noteer wat de melder van de inwoner is (bijvoorbeeld dochter, buurman).")
                    .MaximumLength(100).WithMessage("De relatie is te lang (ten hoogste 100 tekens).");
                RuleFor(c => c.Melder!.Naam).NotEmpty().When(c => !string.IsNullOrWhiteSpace(c.Melder!.Relatie))
                    .WithMessage("Noteer de naam van wie namens de inwoner belt.");
                RuleFor(c => c.Melder!.Organisatie).MaximumLength(200).WithMessage("De naam van de organisatie is te lang (ten hoogste 200 tekens).");
            });

            When(c => c.Bron is not null && Keuzes.PartnerBronnen.Contains(c.Bron), () =>
            {
                RuleFor(c => c).Must(c => !string.IsNullOrWhiteSpace(c.Melder?.Organisatie)).When((_, context) => context.Dienst<ActorContext>().Huidig.Organisatie is null)
                    .OverridePropertyName("Melder.Organisatie")
                    .WithMessage("Noteer van welke organisatie het signaal komt.");
                RuleFor(c => c.InwonerOpDeHoogte).NotNull().WithMessage("Geef aan of de inwoner weet dat dit signaal wordt doorgegeven.");
                RuleFor(c => c.InwonerStemtIn).NotNull().WithMessage("Geef aan of de inwoner instemt met deze aanmelding.");
            });
        }

        // Asked once per validation, however many onderwerpen. Every actor reads reference data
        // (Rechten.ReferentiegegevensLezen), a partner's key included.
        private static Task<HashSet<string>> Codes(ValidationContext<Command> context, CancellationToken ct) =>
            context.Onthoud("leefgebieden", async () => (await context.Dienst<IMediator>().Send(new GeefLeefgebieden(), ct)).Select(l => l.Code).ToHashSet());
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Guid>
    {
        // A merged record is no longer a person to register for: the desk uses the one it was merged into.
        private const string InwonerBestaat = "select exists (select 1 from intake.inwoner where id = @InwonerId and samengevoegd_in is null)";

        // Sent with the unit's closing writes (its outbox row and audit row) in one batch just before the commit: the
        // create is then one round trip and the commit (ADR 0024). Nothing in this command reads the rows back.
        private const string InsertAanmelding = """
            insert into intake.aanmelding (id, kanaal, bron, vraag, inwoner_id, urgentie, status, geregistreerd_op, organisatie,
                onderwerpen, melder_naam, melder_telefoon, melder_relatie, melder_organisatie, inwoner_op_de_hoogte, inwoner_stemt_in,
                transparantie_gegeven, transparantie_door, transparantie_op, geregistreerd_door)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
            """;

        private const string InsertContactmoment = """
            insert into intake.contactmoment (id, aanmelding_id, kanaal, notitie, tijdstip, vastgelegd_door, vastgelegd_op)
            values ($1, $2, $3, null, $4, $5, $4)
            """;

        public async Task<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            if (command.InwonerId is not null && !await session.QuerySingleOrDefaultAsync<bool>(InwonerBestaat, command))
            {
                throw new RegelOvertredenException("De opgegeven inwoner bestaat niet.");
            }

            var id = Guid.CreateVersion7();
            var nu = clock.GetUtcNow();
            var wie = actor.Huidig;
            var melder = command.Melder is { IsLeeg: false } ? command.Melder : null;
            session.BijAfsluiten(
                InsertAanmelding,
                id,
                command.Kanaal,
                command.Bron,
                command.Vraag!.Trim(),
                command.InwonerId,
                command.Urgentie,
                Aanmelding.Open,
                nu,
                wie.Organisatie,
                (command.Onderwerpen ?? []).Distinct().ToArray(),
                Leeg(melder?.Naam),
                Leeg(melder?.Telefoon),
                Leeg(melder?.Relatie),
                // A partner's key speaks for its own organisation, whatever the body says.
                wie.Organisatie ?? Leeg(melder?.Organisatie),
                command.InwonerOpDeHoogte,
                command.InwonerStemtIn,
                command.TransparantieGegeven,
                command.TransparantieGegeven ? wie.Naam : null,
                command.TransparantieGegeven ? nu : null,
                wie.Naam);
            session.BijAfsluiten(InsertContactmoment, Guid.CreateVersion7(), id, command.Kanaal, nu, wie.Naam);
            await session.RaiseAsync(new AanmeldingGeregistreerd(
                Guid.CreateVersion7(), nu, id, command.InwonerId, command.Kanaal!, command.Bron!, command.Urgentie!));
            if (command.Urgentie == "crisis")
            {
                await session.RaiseAsync(new CrisisGemeld(Guid.CreateVersion7(), nu, id, command.InwonerId));
            }

            return id;
        }

        private static string? Leeg(string? waarde) => string.IsNullOrWhiteSpace(waarde) ? null : waarde.Trim();
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/aanmeldingen", async Task<Created<Aangemaakt>> (Command? command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command ?? new Command(null, null, null, null, null), ct);
                return TypedResults.Created($"/api/v1/aanmeldingen/{id}", new Aangemaakt(id));
            })
            .MetIdempotentie()
            .WithName("registreerAanmelding")
            .WithTags("Aanmeldingen")
            .WithSummary("Registreer een aanmelding")
            .WithDescription(
                $"Legt een vraag vast die bij het loket binnenkwam, met het eerste contactmoment. kanaal: {Keuzes.Opsomming(Keuzes.Kanalen)}. " +
                $"bron: {Keuzes.Opsomming(Keuzes.Bronnen)}. urgentie: {Keuzes.Opsomming(Keuzes.Urgenties)}. " +
                "onderwerpen: codes van leefgebieden (GET /leefgebieden). inwonerId mag ontbreken: een anonieme vraag vraagt niet meer dan nodig. " +
                "melder: wie namens de inwoner belt (naam, telefoon, relatie) of de organisatie van een partner. " +
                $"Bij bron {string.Join(", ", Keuzes.PartnerBronnen)} (een signaal van een partner) zijn melder.organisatie, inwonerOpDeHoogte en " +
                "inwonerStemtIn verplicht; een partnersleutel vult de organisatie zelf in. transparantieGegeven: de inwoner is verteld wat wordt vastgelegd.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
