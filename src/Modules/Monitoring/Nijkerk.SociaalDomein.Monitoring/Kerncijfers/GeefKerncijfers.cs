using FluentValidation;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Monitoring.Boeking;

namespace Nijkerk.SociaalDomein.Monitoring.Kerncijfers;

/// <summary>The kerncijfers of a period under a filter, summed from the cube per day and suppressed (ADR 0023).</summary>
internal static partial class GeefKerncijfers
{
    [Vereist(MonitoringRechten.Lezen)]
    [GeenPersoonsgegevens]
    public sealed record Query(KerncijferFilter Filter) : IRequest<Kerncijfers>;

    /// <summary>The longest period one request sums: three years of days.</summary>
    public const int MaximaalJaren = 3;

    internal sealed class Validator : AbstractValidator<Query>
    {
        private const string EenFacet = "Kies hoogstens één van leefgebied, expertise en team: een vraag heeft er meer van, dus ze zijn niet te combineren.";

        public Validator()
        {
            RuleFor(q => q.Filter.Van).NotEmpty().OverridePropertyName("van")
                .WithMessage("Vul de eerste dag van de periode in (jjjj-mm-dd).");
            RuleFor(q => q.Filter.Tot).NotEmpty().OverridePropertyName("tot")
                .WithMessage("Vul de laatste dag van de periode in (jjjj-mm-dd).");
            RuleFor(q => q.Filter.Tot).GreaterThanOrEqualTo(q => q.Filter.Van).OverridePropertyName("tot")
                .When(q => q.Filter.Van != default && q.Filter.Tot != default)
                .WithMessage("'tot' ligt voor 'van'.");
            RuleFor(q => q.Filter.Tot).Must((q, tot) => tot < q.Filter.Van.AddYears(MaximaalJaren)).OverridePropertyName("tot")
                .When(q => q.Filter.Van != default && q.Filter.Tot != default && q.Filter.Tot >= q.Filter.Van)
                .WithMessage($"De periode is te lang: kies ten hoogste {MaximaalJaren} jaar.");
            RuleFor(q => q.Filter.Kern).MaximumLength(100).OverridePropertyName("kern")
                .WithMessage("Een kern is ten hoogste 100 tekens.");
            // '*' marks the cube's rows over every kern (Marge): never a kern to filter on.
            RuleFor(q => q.Filter.Kern).NotEqual(Marge.Alle).OverridePropertyName("kern")
                .WithMessage("'*' is geen kern; laat kern leeg voor alle kernen.");
            RuleFor(q => q.Filter.Kanaal).EenVan(Dimensies.Kanalen.Keys).OverridePropertyName("kanaal")
                .WithMessage($"Onbekend kanaal; kies uit: {Dimensies.Opsomming(Dimensies.Kanalen.Keys)}.");
            RuleFor(q => q.Filter.Bron).EenVan(Dimensies.Bronnen.Keys).OverridePropertyName("bron")
                .WithMessage($"Onbekende bron; kies uit: {Dimensies.Opsomming(Dimensies.Bronnen.Keys)}.");
            RuleFor(q => q.Filter.Levensfase).EenVan(Levensfase.Alle).OverridePropertyName("levensfase")
                .WithMessage($"Onbekende levensfase; kies uit: {Dimensies.Opsomming(Levensfase.Alle)}.");
            RuleFor(q => q.Filter.Leefgebied).MaximumLength(100).OverridePropertyName("leefgebied").WithMessage("Een leefgebied is ten hoogste 100 tekens.");
            RuleFor(q => q.Filter.Expertise).MaximumLength(100).OverridePropertyName("expertise").WithMessage("Een expertise is ten hoogste 100 tekens.");
            RuleFor(q => q.Filter.Team).MaximumLength(100).OverridePropertyName("team").WithMessage("Een team is ten hoogste 100 tekens.");
            RuleFor(q => q.Filter.Leefgebied).Must((q, _) => Facetten(q.Filter) <= 1).OverridePropertyName("leefgebied")
                .When(q => q.Filter.Leefgebied is not null).WithMessage(EenFacet);
            RuleFor(q => q.Filter.Expertise).Must((q, _) => Facetten(q.Filter) <= 1).OverridePropertyName("expertise")
                .When(q => q.Filter.Expertise is not null).WithMessage(EenFacet);
            RuleFor(q => q.Filter.Team).Must((q, _) => Facetten(q.Filter) <= 1).OverridePropertyName("team")
                .When(q => q.Filter.Team is not null).WithMessage(EenFacet);
        }

        private static int Facetten(KerncijferFilter filter) =>
            new[] { filter.Leefgebied, filter.Expertise, filter.Team }.Count(f => f is not null);
    }

    /// <summary>The facet and value a filter reads the cube's rows of: ('', '') for every question.</summary>
    public static (string Facet, string Waarde) FacetVan(KerncijferFilter filter) =>
        filter.Leefgebied is { } leefgebied ? (Facet.Leefgebied, leefgebied)
        : filter.Expertise is { } expertise ? (Facet.Expertise, expertise)
        : filter.Team is { } team ? (Facet.Team, team)
        : (Facet.Geen, "");
}
