using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;

namespace Nijkerk.SociaalDomein.Host.Api;

/// <summary>
/// Describes a body the way its validator reads it, so the rules are written once: <c>required</c> holds exactly the
/// fields a rule without a condition demands (NotEmpty, NotNull), and only those lose <c>nullable</c>; a maximum
/// length becomes <c>maxLength</c>, a fixed list of codes (<see cref="IEenVanValidator"/>) an <c>enum</c>, an e-mail
/// rule <c>format: email</c>, a
/// regular expression a <c>pattern</c>. A body record without a validator of its own (a slice's <c>Body</c>, whose id and
/// version come from the path) is read with its slice's command validator, which checks the same fields.
/// </summary>
internal sealed class ValidatorSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        // A shared body type (GecontroleerdDoor) also appears as a field of an answer, and whichever occurrence comes first
        // becomes the component: read its rules there too.
        var gedeeld = context.JsonTypeInfo.Type.GetCustomAttribute<GecontroleerdDoorAttribute>() is not null;
        if ((context.JsonPropertyInfo is not null && !gedeeld) || schema.Properties is not { Count: > 0 } properties
            || context.JsonTypeInfo.Type.Namespace?.StartsWith("Nijkerk.", StringComparison.Ordinal) != true)
        {
            return Task.CompletedTask;
        }

        using var scope = context.ApplicationServices.CreateScope();
        var regels = Regels(scope.ServiceProvider, context.JsonTypeInfo.Type);
        if (regels is null)
        {
            return Task.CompletedTask;
        }

        var verplicht = new HashSet<string>();
        foreach (var (naam, eigenschap) in properties)
        {
            if (eigenschap is not OpenApiSchema veld || !regels.TryGetValue(naam, out var onderdelen))
            {
                continue;
            }

            foreach (var (validator, altijd) in onderdelen)
            {
                if ((validator is INotNullValidator or INotEmptyValidator || validator is IAantalValidator { Minimum: > 0 }) && altijd)
                {
                    verplicht.Add(naam);
                    veld.Type &= ~JsonSchemaType.Null;
                }

                Beschrijf(veld, validator);
            }
        }

        // Only what the validator demands is required; the framework lists every constructor parameter.
        schema.Required = new HashSet<string>(schema.Required?.Where(verplicht.Contains) ?? []);
        schema.Required.UnionWith(verplicht);
        return Task.CompletedTask;
    }

    /// <summary>
    /// What one rule says about a value, for a body's field and a query parameter alike: a maximum length, a fixed list of
    /// codes, an e-mail address, a pattern, bounds.
    /// </summary>
    public static void Beschrijf(OpenApiSchema veld, IPropertyValidator validator)
    {
        switch (validator)
        {
            case ILengthValidator { Max: > 0 } lengte:
                veld.MaxLength = lengte.Max;
                break;
            case IEenVanValidator keuze:
                // Two lists under two conditions (a reden per uitkomst): the field takes the codes of both.
                var codes = (veld.Enum ?? []).Select(c => c?.GetValue<string>()).OfType<string>().Union(keuze.Waarden);
                veld.Enum = [.. codes.Select(w => (JsonNode)JsonValue.Create(w))];
                break;
            case IEmailValidator:
                veld.Format = "email";
                break;
            case IRegularExpressionValidator { Expression: { Length: > 0 } patroon }:
                veld.Pattern = patroon;
                break;
            case IBetweenValidator { From: IConvertible van, To: IConvertible tot } tussen:
                veld.Minimum = Getal(van);
                veld.Maximum = Getal(tot);
                if (tussen is not IInclusiveBetweenValidator)
                {
                    veld.ExclusiveMinimum = veld.Minimum;
                    veld.ExclusiveMaximum = veld.Maximum;
                }

                break;
            case IAantalValidator aantal:
                veld.MinItems = aantal.Minimum;
                veld.MaxItems = aantal.Maximum;
                break;
            case IComparisonValidator { ValueToCompare: IConvertible grens, Comparison: Comparison.GreaterThanOrEqual }:
                veld.Minimum = Getal(grens);
                break;
            case IComparisonValidator { ValueToCompare: IConvertible grens, Comparison: Comparison.LessThanOrEqual }:
                veld.Maximum = Getal(grens);
                break;
        }
    }

    private static string Getal(IConvertible waarde) => waarde.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The rules of these validators per JSON property name (camelCase).</summary>
    public static Dictionary<string, List<(IPropertyValidator, bool)>> Regels(IServiceProvider services, IEnumerable<IValidator> validators)
    {
        var regels = new Dictionary<string, List<(IPropertyValidator, bool)>>();
        foreach (var validator in validators)
        {
            Voegtoe(services, validator, altijd: true, regels);
        }

        return regels;
    }

    /// <summary>The validator's rules per JSON property name, or null when no validator checks this type.</summary>
    public static Dictionary<string, List<(IPropertyValidator, bool)>>? Regels(IServiceProvider services, Type type)
    {
        var validators = Validators(services, type);
        if (validators.Count == 0 && type.DeclaringType?.GetNestedType("Command") is { } command && command != type)
        {
            validators = Validators(services, command);
        }

        if (validators.Count == 0 && type.GetCustomAttribute<GecontroleerdDoorAttribute>() is { } gecontroleerd)
        {
            validators = Validators(services, gecontroleerd.Command);
        }

        if (validators.Count == 0)
        {
            return null;
        }

        return Regels(services, validators);
    }

    private static void Voegtoe(IServiceProvider services, IValidator validator, bool altijd, Dictionary<string, List<(IPropertyValidator, bool)>> regels)
    {
        foreach (var regel in validator.CreateDescriptor().Rules)
        {
            // A When(...) block puts its condition on the rule; .When() after a rule on the component.
            var regelAltijd = altijd && !regel.HasCondition && !regel.HasAsyncCondition;
            foreach (var onderdeel in regel.Components)
            {
                var onderdeelAltijd = regelAltijd && !onderdeel.HasCondition && !onderdeel.HasAsyncCondition;
                if (regel.PropertyName is null && onderdeel.Validator is IChildValidatorAdaptor include)
                {
                    // Include(new InwonerRegels()): the shared rules of the same object.
                    Voegtoe(services, (IValidator)ActivatorUtilities.CreateInstance(services, include.ValidatorType), onderdeelAltijd, regels);
                    continue;
                }

                // A nested member ("Melder.Naam") belongs to the nested record's own schema.
                if (regel.PropertyName is not { Length: > 0 } naam || naam.Contains('.', StringComparison.Ordinal))
                {
                    continue;
                }

                var veld = JsonNamingPolicy.CamelCase.ConvertName(naam);
                if (!regels.TryGetValue(veld, out var lijst))
                {
                    regels[veld] = lijst = [];
                }

                lijst.Add((onderdeel.Validator, onderdeelAltijd));
            }
        }
    }

    public static List<IValidator> Validators(IServiceProvider services, Type type) =>
        [.. services.GetServices(typeof(IValidator<>).MakeGenericType(type)).OfType<IValidator>()];
}
