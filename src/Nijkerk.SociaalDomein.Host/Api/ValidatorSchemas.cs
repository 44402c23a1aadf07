using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
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
        if (context.JsonPropertyInfo is not null || schema.Properties is not { Count: > 0 } properties
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
                switch (validator)
                {
                    case INotNullValidator or INotEmptyValidator when altijd:
                        verplicht.Add(naam);
                        veld.Type &= ~JsonSchemaType.Null;
                        break;
                    case ILengthValidator { Max: > 0 } lengte:
                        veld.MaxLength = lengte.Max;
                        break;
                    case IEenVanValidator keuze:
                        veld.Enum = [.. keuze.Waarden.Select(w => (JsonNode)JsonValue.Create(w))];
                        break;
                    case IEmailValidator:
                        veld.Format = "email";
                        break;
                    case IRegularExpressionValidator { Expression: { Length: > 0 } patroon }:
                        veld.Pattern = patroon;
                        break;
                }
            }
        }

        // Only what the validator demands is required; the framework lists every constructor parameter.
        schema.Required = new HashSet<string>(schema.Required?.Where(verplicht.Contains) ?? []);
        schema.Required.UnionWith(verplicht);
        return Task.CompletedTask;
    }

    /// <summary>The validator's rules per JSON property name, or null when no validator checks this type.</summary>
    private static Dictionary<string, List<(IPropertyValidator, bool)>>? Regels(IServiceProvider services, Type type)
    {
        var validators = Validators(services, type);
        if (validators.Count == 0 && type.DeclaringType?.GetNestedType("Command") is { } command && command != type)
        {
            validators = Validators(services, command);
        }

        if (validators.Count == 0)
        {
            return null;
        }

        var regels = new Dictionary<string, List<(IPropertyValidator, bool)>>();
        foreach (var validator in validators)
        {
            Voegtoe(services, validator, altijd: true, regels);
        }

        return regels;
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

    private static List<IValidator> Validators(IServiceProvider services, Type type) =>
        [.. services.GetServices(typeof(IValidator<>).MakeGenericType(type)).OfType<IValidator>()];
}
