using FluentValidation;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.SocialeKaart.Beheer;

/// <summary>
/// What beheer says about a voorziening, the same for creating and for editing: the whole record, so an edit
/// replaces it (PUT). Opening hours are per ISO weekday (1 = maandag); no locatie means by phone.
/// </summary>
internal sealed record Voorzieningsgegevens(
    Guid? OrganisatieId,
    string? Naam,
    string? Omschrijving,
    string[]? Leefgebieden,
    string[]? Themas,
    string[]? Doelgroepen,
    bool? Kosteloos,
    string? Soort,
    string? Aanvragen,
    bool VerwijzingNodig,
    DateOnly? LaatstGecontroleerd,
    Guid[]? LocatieIds,
    OpeningstijdInvoer[]? Openingstijden,
    SluitingsdagInvoer[]? Sluitingsdagen)
{
    /// <summary>The example in the API document (organisatieId: an organisatie from POST /sociale-kaart/organisaties).</summary>
    public static Voorzieningsgegevens Voorbeeld => new(
        Guid.Parse("0190a8c4-5f3e-7d21-9b6a-3c2e1f4d5a6b"), "Spreekuur geldzaken",
        "Vrijwilligers helpen met post, betalingen en het aanvragen van toeslagen.", ["financien"], ["geld", "post"], ["volwassenen", "ouderen"],
        true, "voorliggend-veld", "Loop binnen tijdens het spreekuur of bel voor een afspraak.", false, new DateOnly(2026, 1, 15), null,
        [new(2, new TimeOnly(9, 30), new TimeOnly(12, 0), "inloop", null)], [new(new DateOnly(2026, 12, 25), "Eerste Kerstdag")]);
}

internal sealed record OpeningstijdInvoer(int Weekdag, TimeOnly Van, TimeOnly Tot, string? Soort, Guid? LocatieId);

internal sealed record SluitingsdagInvoer(DateOnly Datum, string? Omschrijving);

/// <summary>The shape of the input; whether the organisatie and locaties exist is the handler's to check.</summary>
internal sealed class VoorzieningsgegevensValidator : AbstractValidator<Voorzieningsgegevens>
{
    public VoorzieningsgegevensValidator(IMediator mediator, TimeProvider clock)
    {
        RuleFor(v => v.OrganisatieId).NotEmpty().WithMessage("Kies de organisatie die de voorziening biedt.");
        RuleFor(v => v.Naam).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Vul de naam van de voorziening in.")
            .MaximumLength(200).WithMessage("De naam is ten hoogste 200 tekens.");
        RuleFor(v => v.Omschrijving).MaximumLength(4000).WithMessage("De omschrijving is ten hoogste 4000 tekens.");
        RuleFor(v => v.Leefgebieden).Cascade(CascadeMode.Stop)
            .Aantal(1).WithMessage("Kies ten minste één leefgebied waarbij de voorziening helpt.")
            .MustAsync(async (codes, ct) =>
            {
                var bekend = (await mediator.Send(new GeefLeefgebieden(), ct)).Select(l => l.Code).ToHashSet();
                return codes!.All(bekend.Contains);
            })
            .WithMessage("Onbekend leefgebied; gebruik de codes van GET /api/v1/leefgebieden.");
        RuleFor(v => v.Doelgroepen).Must(d => d is null || d.All(Keuzes.Doelgroepen.Contains))
            .WithMessage($"Onbekende doelgroep; kies uit: {string.Join(", ", Keuzes.Doelgroepen)}.");
        RuleForEach(v => v.Themas).NotEmpty().MaximumLength(50).WithMessage("Een thema is een woord van ten hoogste 50 tekens.");
        RuleFor(v => v.Kosteloos).NotNull().WithMessage("Geef aan of de voorziening kosteloos is.");
        RuleFor(v => v.Soort).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Kies de soort voorziening.")
            .EenVan(Keuzes.Soorten).WithMessage($"Onbekende soort; kies uit: {string.Join(", ", Keuzes.Soorten)}.");
        RuleFor(v => v.Aanvragen).MaximumLength(1000).WithMessage("Hoe aan te vragen is ten hoogste 1000 tekens.");
        RuleFor(v => v.LaatstGecontroleerd).Cascade(CascadeMode.Stop).NotNull().WithMessage("Vul in wanneer de gegevens zijn gecontroleerd.")
            .Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage("De controledatum ligt in de toekomst.");
        RuleForEach(v => v.Openingstijden).ChildRules(t =>
        {
            t.RuleFor(x => x.Weekdag).InclusiveBetween(1, 7).WithMessage("Een weekdag is 1 (maandag) tot en met 7 (zondag).");
            t.RuleFor(x => x.Tot).Must((x, tot) => tot > x.Van).WithMessage("De eindtijd ligt na de begintijd.");
            t.RuleFor(x => x.Soort).Must(s => s is not null && Keuzes.Openingssoorten.Contains(s))
                .WithMessage($"Kies hoe de voorziening dan bereikbaar is: {string.Join(", ", Keuzes.Openingssoorten)}.");
        });
        RuleForEach(v => v.Sluitingsdagen).ChildRules(d =>
            d.RuleFor(x => x.Omschrijving).NotEmpty().MaximumLength(100).WithMessage("Zeg waarom de voorziening die dag dicht is (bijvoorbeeld Eerste Kerstdag)."));
        RuleFor(v => v.Sluitingsdagen).Must(d => d is null || d.Select(x => x.Datum).Distinct().Count() == d.Length)
            .WithMessage("Elke sluitingsdag komt één keer voor.");
    }
}
