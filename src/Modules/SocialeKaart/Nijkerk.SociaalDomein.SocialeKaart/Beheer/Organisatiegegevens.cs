using FluentValidation;
using Nijkerk.SociaalDomein.SocialeKaart.Voorzieningen;

namespace Nijkerk.SociaalDomein.SocialeKaart.Beheer;

/// <summary>
/// What beheer says about an organisatie, with its locaties: a locatie with an id is kept and edited, one without
/// is new, and a stored locatie left out is removed (refused while a voorziening is offered there).
/// </summary>
internal sealed record Organisatiegegevens(
    string? Naam, string? Omschrijving, string? Telefoon, string? Email, string? Website, DateOnly? LaatstGecontroleerd, LocatieInvoer[]? Locaties)
{
    /// <summary>
    /// The example in the API document: a fictitious welfare foundation. Without locaties: a locatie has a postcode, and
    /// the 2.2.0 ruleset misreads a field named "post…" inside an example as an operation.
    /// </summary>
    public static Organisatiegegevens Voorbeeld => new(
        "Stichting Samen Nijkerk", "Welzijnswerk voor alle inwoners: ontmoeting, vrijwilligers en hulp bij geldzaken.", "033 245 9876",
        "info@samen-nijkerk.example", "https://samen-nijkerk.example", new DateOnly(2026, 1, 15), null);
}

internal sealed record LocatieInvoer(Guid? Id, string? Naam, string? Straat, string? Huisnummer, string? Postcode, string? Plaats, string? Kern);

internal sealed class OrganisatiegegevensValidator : AbstractValidator<Organisatiegegevens>
{
    public OrganisatiegegevensValidator(TimeProvider clock)
    {
        RuleFor(o => o.Naam).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Vul de naam van de organisatie in.")
            .MaximumLength(200).WithMessage("De naam is ten hoogste 200 tekens.");
        RuleFor(o => o.Omschrijving).MaximumLength(2000).WithMessage("De omschrijving is ten hoogste 2000 tekens.");
        RuleFor(o => o.Telefoon).Matches(@"^\+?[0-9 ()-]{6,20}$").WithMessage("Vul een telefoonnummer in als 033 123 45 67.");
        RuleFor(o => o.Email).EmailAddress().WithMessage("Vul een geldig e-mailadres in.").MaximumLength(200);
        RuleFor(o => o.Website).Must(w => w is null || (Uri.TryCreate(w, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            .WithMessage("Vul een webadres in dat begint met https://.");
        RuleFor(o => o.LaatstGecontroleerd).Cascade(CascadeMode.Stop).NotNull().WithMessage("Vul in wanneer de gegevens zijn gecontroleerd.")
            .Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage("De controledatum ligt in de toekomst.");
        RuleForEach(o => o.Locaties).ChildRules(l =>
        {
            l.RuleFor(x => x.Naam).NotEmpty().WithMessage("Geef de locatie een naam.").MaximumLength(200);
            l.RuleFor(x => x.Plaats).NotEmpty().WithMessage("Vul de plaats van de locatie in.").MaximumLength(100);
            l.RuleFor(x => x.Kern).Must(k => k is not null && Keuzes.Kernen.Contains(k))
                .WithMessage($"Kies de kern: {string.Join(", ", Keuzes.Kernen)}.");
            l.RuleFor(x => x.Postcode).Matches("^[1-9][0-9]{3} ?[A-Za-z]{2}$").WithMessage("Vul een postcode in als 1234 AB.");
        });
    }
}
