using System.Collections;
using FluentValidation;
using FluentValidation.Validators;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Mediation;

/// <summary>How many items a list holds; the OpenAPI document shows it as minItems/maxItems (and required when at least one).</summary>
public interface IAantalValidator
{
    int Minimum { get; }

    int? Maximum { get; }
}

/// <summary>Refuses a list with fewer or more items than allowed; a missing list counts as empty.</summary>
public sealed class AantalValidator<T, TLijst>(int minimum, int? maximum) : PropertyValidator<T, TLijst>, IAantalValidator
    where TLijst : IEnumerable?
{
    public int Minimum { get; } = minimum;

    public int? Maximum { get; } = maximum;

    public override string Name => "AantalValidator";

    public override bool IsValid(ValidationContext<T> context, TLijst value)
    {
        var aantal = value?.Cast<object?>().Count() ?? 0;
        return aantal >= Minimum && (Maximum is null || aantal <= Maximum);
    }

    protected override string GetDefaultMessageTemplate(string errorCode) => "Het aantal klopt niet.";
}

public static class AantalExtensions
{
    public static IRuleBuilderOptions<T, TLijst> Aantal<T, TLijst>(this IRuleBuilder<T, TLijst> rule, int minimum, int? maximum = null)
        where TLijst : IEnumerable? =>
        rule.SetValidator(new AantalValidator<T, TLijst>(minimum, maximum));
}
