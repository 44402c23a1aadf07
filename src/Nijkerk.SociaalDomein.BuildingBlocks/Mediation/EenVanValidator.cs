using FluentValidation;
using FluentValidation.Validators;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Mediation;

/// <summary>A fixed list of codes a text field must be one of; the OpenAPI document shows them as the field's enum.</summary>
public interface IEenVanValidator
{
    IReadOnlyCollection<string> Waarden { get; }
}

/// <summary>Refuses a value outside the list; null is left to NotEmpty/NotNull, so an optional field may be left out.</summary>
public sealed class EenVanValidator<T>(IEnumerable<string> waarden) : PropertyValidator<T, string?>, IEenVanValidator
{
    public IReadOnlyCollection<string> Waarden { get; } = [.. waarden];

    public override string Name => "EenVanValidator";

    public override bool IsValid(ValidationContext<T> context, string? value) =>
        value is null || Waarden.Contains(value);

    protected override string GetDefaultMessageTemplate(string errorCode) => "Kies een van de toegestane waarden.";
}

public static class EenVanExtensions
{
    public static IRuleBuilderOptions<T, string?> EenVan<T>(this IRuleBuilder<T, string?> rule, IEnumerable<string> waarden) =>
        rule.SetValidator(new EenVanValidator<T>(waarden));
}
