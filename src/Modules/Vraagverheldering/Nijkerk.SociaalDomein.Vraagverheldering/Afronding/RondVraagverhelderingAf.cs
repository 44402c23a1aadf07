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
using Nijkerk.SociaalDomein.Overdracht;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;
using Nijkerk.SociaalDomein.Vraagverheldering.Voorzieningen;
using Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Afronding;

/// <summary>
/// Finishes a vraagverheldering with one uitkomst and raises VraagverhelderingAfgerond through the outbox, with the
/// samenvatting (as edited, else the draft), the scores, the hulpvragen and the expertises. Afterwards it is read-only.
/// </summary>
internal static class RondVraagverhelderingAf
{
    [Vereist(VraagverhelderingRechten.Behandelen)]
    [Verwerking("Vraagverheldering afgerond", VraagverhelderingDoelen.Vraagverheldering)]
    public sealed record Command(Guid VraagverhelderingId, string? Uitkomst, string? Reden, string? Toelichting, IReadOnlyList<Guid>? VoorzieningIds)
        : ICommand<Afgerond>;

    public sealed record Invoer(string? Uitkomst, string? Reden, string? Toelichting, IReadOnlyList<Guid>? VoorzieningIds)
    {
        /// <summary>The example in the API document.</summary>
        public static Invoer Voorbeeld => new("geen-rol", "eigen-kracht", "Mevrouw regelt het met hulp van haar zus zelf; zij belt terug als dat niet lukt.", []);
    }

    public sealed record Afgerond(Guid VraagverhelderingId, Guid? InwonerId, string Uitkomst, DateTimeOffset AfgerondOp) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IMediator mediator)
        {
            RuleFor(c => c.Uitkomst).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage($"Kies de uitkomst: {Keuzes.Opsomming(Keuzes.Uitkomsten)}.")
                .EenVan(Keuzes.Uitkomsten.Keys).WithMessage($"Onbekende uitkomst; kies uit: {Keuzes.Opsomming(Keuzes.Uitkomsten)}.");
            RuleFor(c => c.Reden).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage($"Geef de reden: {Keuzes.Opsomming(Keuzes.RedenenGeenRol)}.")
                .EenVan(Keuzes.RedenenGeenRol.Keys).WithMessage($"Onbekende reden; kies uit: {Keuzes.Opsomming(Keuzes.RedenenGeenRol)}.")
                .When(c => c.Uitkomst == Keuzes.GeenRol);
            RuleFor(c => c.Reden).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage($"Geef de reden: {Keuzes.Opsomming(Keuzes.RedenenZonderResultaat)}.")
                .EenVan(Keuzes.RedenenZonderResultaat.Keys).WithMessage($"Onbekende reden; kies uit: {Keuzes.Opsomming(Keuzes.RedenenZonderResultaat)}.")
                .When(c => c.Uitkomst == Keuzes.ZonderResultaat);
            RuleFor(c => c.Reden).Null().When(c => c.Uitkomst is Keuzes.Afschalen or Keuzes.Overdracht)
                .WithMessage("Alleen bij geen-rol en afgesloten-zonder-resultaat hoort een reden.");
            RuleFor(c => c.Toelichting).MaximumLength(4000).WithMessage("De toelichting is te lang (ten hoogste 4000 tekens).");
            RuleFor(c => c.VoorzieningIds).OpDeSocialeKaart(mediator, "Ten hoogste 50 voorzieningen.");
        }
    }

    internal sealed class Handler(
        CommandSession session, TimeProvider clock, ActorContext actor, ModuleDb<VraagverhelderingModule> db, IMediator mediator)
        : IRequestHandler<Command, Afgerond>
    {
        private const string Bewaar = """
            update vraagverheldering.vraagverheldering
            set uitkomst = @Uitkomst, uitkomst_reden = @Reden, uitkomst_toelichting = @Toelichting,
                uitkomst_voorziening_ids = @VoorzieningIds, samenvatting = @Samenvatting, afgerond_op = @Nu, afgerond_door = @Door
            where id = @Id
            """;

        public async Task<Afgerond> Handle(Command command, CancellationToken cancellationToken)
        {
            var nu = clock.GetUtcNow();
            var vraagverheldering = await VraagverhelderingOpslag.LaadAsync(session, command.VraagverhelderingId);
            vraagverheldering.RondAf(actor.Huidig.Id, actor.Huidig.Naam, nu);
            // The row is locked by this transaction, so what is read here is what the afronding closes.
            var detail = await new GeefVraagverheldering.Handler(db).Handle(new GeefVraagverheldering.Query(vraagverheldering.Id), cancellationToken);
            var voorzieningen = VoorzieningenVan(command, detail);
            MoetPassen(command.Uitkomst!, detail, voorzieningen);
            if (command.Uitkomst == Keuzes.Overdracht)
            {
                await ToestemmingMoetErZijnAsync(vraagverheldering.InwonerId, detail.Expertises, cancellationToken);
            }
            var samenvatting = detail.Samenvatting ?? detail.ConceptSamenvatting;

            await VraagverhelderingOpslag.BewaarAsync(session, vraagverheldering);
            await session.ExecuteAsync(Bewaar, new
            {
                vraagverheldering.Id,
                command.Uitkomst,
                command.Reden,
                Toelichting = string.IsNullOrWhiteSpace(command.Toelichting) ? null : command.Toelichting.Trim(),
                VoorzieningIds = voorzieningen.ToArray(),
                Samenvatting = samenvatting,
                Nu = nu,
                Door = actor.Huidig.Naam,
            });
            var netwerk = (detail.Gesprek?.Deelnemers ?? []).Where(d => d.Soort == "netwerk").Select(d => d.Id).ToHashSet();
            await session.RaiseAsync(new VraagverhelderingAfgerond(
                Guid.CreateVersion7(), nu, vraagverheldering.Id, vraagverheldering.AanmeldingId, vraagverheldering.InwonerId, detail.Methode.Code,
                [.. detail.Leefgebieden.Where(l => l.VastgelegdOp is not null).Select(l => new AfgerondeScore(l.Code, l.Score, l.NietBesproken))],
                [.. detail.Hulpvragen.Select(h => new AfgerondeHulpvraag(
                    h.Omschrijving!, h.Leefgebieden ?? [], h.VoorzieningIds ?? [], h.Expertises ?? [],
                    h.BetreftDeelnemerId is { } betreft && netwerk.Contains(betreft)))],
                detail.Expertises, detail.Samenstelling, command.Uitkomst!, command.Reden, voorzieningen, samenvatting));
            return new Afgerond(vraagverheldering.Id, vraagverheldering.InwonerId, command.Uitkomst!, nu);
        }

        // An external partner receives the samenvatting only with the inwoner's recorded toestemming (Overdracht's rule);
        // without an inwoner there is no toestemming, so every expertise a partner carries out is refused.
        private async Task ToestemmingMoetErZijnAsync(Guid? inwonerId, IReadOnlyList<string> expertises, CancellationToken cancellationToken)
        {
            List<(string Expertise, string Partner)> ontbrekend = inwonerId is { } inwoner
                ? [.. (await mediator.Send(new GeefOntbrekendeToestemmingen(inwoner, expertises), cancellationToken)).Select(o => (o.Expertise, o.PartnerNaam))]
                : [.. (await mediator.Send(new GeefTeamsVoorExpertises(expertises), cancellationToken))
                    .Where(t => t.PartnerOrganisatie is not null).Select(t => (t.Expertise, t.PartnerOrganisatie!))];
            if (ontbrekend.Count > 0)
            {
                throw new RegelOvertredenException(string.Join(" ", ontbrekend.Select(o =>
                    $"Voor {o.Expertise} door {o.Partner} is toestemming van de inwoner nodig: leg die eerst vast.")));
            }
        }

        // Afschalen points to the voorzieningen named here, else to those the rolgesprek pointed to.
        private static IReadOnlyList<Guid> VoorzieningenVan(Command command, GeefVraagverheldering.Detail detail) =>
            command.VoorzieningIds is { Count: > 0 } genoemd
                ? [.. genoemd.Distinct()]
                : command.Uitkomst == Keuzes.Afschalen ? [.. detail.Hulpvragen.SelectMany(h => h.VoorzieningIds ?? []).Distinct()] : [];

        private static void MoetPassen(string uitkomst, GeefVraagverheldering.Detail detail, IReadOnlyList<Guid> voorzieningen)
        {
            if (uitkomst == Keuzes.Afschalen && voorzieningen.Count == 0)
            {
                throw new RegelOvertredenException("Afschalen wijst naar ten minste één voorziening van de sociale kaart.");
            }

            if (uitkomst == Keuzes.Overdracht && (detail.Expertises.Count == 0 || detail.Samenstelling is null))
            {
                throw new RegelOvertredenException(
                    "Een overdracht gaat naar de teams van de expertises: leg eerst de expertises en enkelvoudig of meervoudig vast.");
            }
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/vraagverhelderingen/{id}/afronding", async Task<Created<Afgerond>> (
                Guid id, Invoer? invoer, IMediator mediator, CancellationToken ct) =>
            {
                var afgerond = await mediator.Send(new Command(id, invoer?.Uitkomst, invoer?.Reden, invoer?.Toelichting, invoer?.VoorzieningIds), ct);
                return TypedResults.Created($"/api/v1/vraagverhelderingen/{id}", afgerond);
            })
            .MetIdempotentie()
            .WithName("rondVraagverhelderingAf")
            .WithTags("Vraagverheldering")
            .WithSummary("Rond een vraagverheldering af")
            .WithDescription(
                $"Met één uitkomst: {Keuzes.Opsomming(Keuzes.Uitkomsten)}. Afschalen wijst naar voorzieningIds (anders die uit het rolgesprek); " +
                "overdracht gaat naar de teams van de vastgelegde expertises; geen-rol met reden " +
                $"({Keuzes.Opsomming(Keuzes.RedenenGeenRol)}); afgesloten-zonder-resultaat met reden ({Keuzes.Opsomming(Keuzes.RedenenZonderResultaat)}). " +
                "Gaat een expertise volgens de routering naar een externe partner (zoals schuldhulpverlening naar Plangroep), dan is een geldige " +
                "toestemming van de inwoner voor die partner nodig (POST /api/v1/inwoners/{id}/toestemmingen); zonder die toestemming geeft de " +
                "afronding 422 met de reden, en wordt er niets vastgelegd. " +
                "Meldt VraagverhelderingAfgerond met de samenvatting (de vastgestelde, anders het concept). Daarna is de vraagverheldering " +
                "alleen nog te lezen; nogmaals afronden geeft 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
