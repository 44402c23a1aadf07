using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Gesprekken;

/// <summary>Plans the gesprek (or records how it went): replaces what was planned before, on the version the editor saw.</summary>
internal static class PlanGesprek
{
    [Vereist(VraagverhelderingRechten.Behandelen)]
    [Verwerking("Gesprek van de vraagverheldering gepland", VraagverhelderingDoelen.Vraagverheldering)]
    public sealed record Command(Guid VraagverhelderingId, int Versie, Gesprek Gesprek) : ICommand<Bewerkt>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Gesprek.Vorm).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage($"Kies de vorm van het gesprek: {Keuzes.Opsomming(Keuzes.Vormen)}.")
                .EenVan(Keuzes.Vormen.Keys).WithMessage($"Onbekende vorm; kies uit: {Keuzes.Opsomming(Keuzes.Vormen)}.")
                .OverridePropertyName("vorm");
            RuleFor(c => c.Gesprek.Plaats).MaximumLength(300).WithMessage("De plaats is te lang (ten hoogste 300 tekens).").OverridePropertyName("plaats");
            RuleFor(c => c.Gesprek.Aanleiding).MaximumLength(4000).WithMessage("De aanleiding is te lang (ten hoogste 4000 tekens).")
                .OverridePropertyName("aanleiding");
            RuleFor(c => c.Gesprek.Levensgebeurtenis).EenVan(Keuzes.Levensgebeurtenissen.Keys)
                .WithMessage($"Onbekende levensgebeurtenis; kies uit: {Keuzes.Opsomming(Keuzes.Levensgebeurtenissen)}.")
                .OverridePropertyName("levensgebeurtenis");
            RuleFor(c => c.Gesprek.ClientondersteuningGeaccepteerd).Null()
                .When(c => !c.Gesprek.ClientondersteuningAangeboden)
                .WithMessage("Cliëntondersteuning kan alleen zijn aanvaard of geweigerd als zij is aangeboden.")
                .OverridePropertyName("clientondersteuningGeaccepteerd");
            RuleFor(c => c.Gesprek.Deelnemers).Must(d => d is null || d.Count <= 30)
                .WithMessage("Ten hoogste 30 deelnemers.").OverridePropertyName("deelnemers");
            RuleForEach(c => c.Gesprek.Deelnemers).SetValidator(new DeelnemerValidator()).OverridePropertyName("deelnemers");
        }
    }

    private sealed class DeelnemerValidator : AbstractValidator<Deelnemer>
    {
        public DeelnemerValidator()
        {
            RuleFor(d => d.Soort).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage($"Kies wie deelneemt: {Keuzes.Opsomming(Keuzes.Deelnemers)}.")
                .EenVan(Keuzes.Deelnemers.Keys).WithMessage($"Onbekende soort deelnemer; kies uit: {Keuzes.Opsomming(Keuzes.Deelnemers)}.");
            RuleFor(d => d.Naam).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Noteer de naam van de deelnemer.")
                .MaximumLength(200).WithMessage("De naam is te lang (ten hoogste 200 tekens).");
            RuleFor(d => d.Relatie).Cascade(CascadeMode.Stop)
                .NotEmpty().When(d => d.Soort == "netwerk").WithMessage("Noteer de relatie tot de inwoner (bijvoorbeeld dochter, buurman).")
                .MaximumLength(100).WithMessage("De relatie is te lang (ten hoogste 100 tekens).");
            RuleFor(d => d.Organisatie).MaximumLength(200).WithMessage("De organisatie is te lang (ten hoogste 200 tekens).");
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Bewerkt>
    {
        private const string Bewaar = "update vraagverheldering.vraagverheldering set gesprek = @Gesprek::jsonb where id = @Id";

        public async Task<Bewerkt> Handle(Command command, CancellationToken cancellationToken)
        {
            var vraagverheldering = await VraagverhelderingOpslag.LaadAsync(session, command.VraagverhelderingId);
            vraagverheldering.Bewerk(actor.Huidig.Id, actor.Huidig.Naam, clock.GetUtcNow(), command.Versie);
            var gesprek = command.Gesprek with
            {
                Plaats = Leeg(command.Gesprek.Plaats),
                Aanleiding = Leeg(command.Gesprek.Aanleiding),
                Deelnemers = [.. (command.Gesprek.Deelnemers ?? []).Select(d => d with
                {
                    Id = d.Id ?? Guid.CreateVersion7(),
                    Naam = d.Naam!.Trim(),
                    Relatie = Leeg(d.Relatie),
                    Organisatie = Leeg(d.Organisatie),
                })],
            };
            await VraagverhelderingOpslag.BewaarAsync(session, vraagverheldering);
            await session.ExecuteAsync(Bewaar, new { vraagverheldering.Id, Gesprek = Document.Schrijf(gesprek) });
            return new Bewerkt(vraagverheldering.Id, vraagverheldering.InwonerId, vraagverheldering.Versie);
        }

        private static string? Leeg(string? waarde) => string.IsNullOrWhiteSpace(waarde) ? null : waarde.Trim();
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/vraagverhelderingen/{id}/gesprek", async Task<NoContent> (
                Guid id, Gesprek? gesprek, HttpRequest request, HttpResponse response, IMediator mediator, CancellationToken ct) =>
            {
                var versie = Versies.UitIfMatch(request);
                var bewerkt = await mediator.Send(new Command(id, versie, gesprek ?? new Gesprek(null, null, null, null, false, null, null, null)), ct);
                Versies.ZetETag(response, bewerkt.Versie);
                return TypedResults.NoContent();
            })
            .WithName("planGesprek")
            .WithTags("Vraagverheldering")
            .WithSummary("Plan het gesprek van een vraagverheldering")
            .WithDescription(
                $"Vervangt het gesprek: vorm ({Keuzes.Opsomming(Keuzes.Vormen)}), tijdstip, plaats, deelnemers (soort: " +
                $"{Keuzes.Opsomming(Keuzes.Deelnemers)}; bij netwerk de relatie), of onafhankelijke cliëntondersteuning is aangeboden en " +
                $"aanvaard, en de aanleiding (levensgebeurtenis: {Keuzes.Opsomming(Keuzes.Levensgebeurtenissen)}). Stuur in If-Match de ETag " +
                "uit de GET (zonder 428, verouderd 412). Een afgeronde vraagverheldering of een die een collega behandelt: 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
