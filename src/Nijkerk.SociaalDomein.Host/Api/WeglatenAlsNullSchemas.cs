using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;

namespace Nijkerk.SociaalDomein.Host.Api;

/// <summary>
/// A record marked <see cref="WeglatenAlsNullAttribute"/> leaves a null field out of its JSON: such a field is
/// documented as optional and, when present, not null. Every other record writes all its fields, so the framework's
/// <c>required</c> (every constructor parameter) and <c>nullable</c> (the C# annotation) already describe it.
/// </summary>
internal sealed class WeglatenAlsNullSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (context.JsonPropertyInfo is not null || schema.Properties is not { Count: > 0 } properties
            || type.GetCustomAttribute<WeglatenAlsNullAttribute>() is null)
        {
            return Task.CompletedTask;
        }

        foreach (var eigenschap in context.JsonTypeInfo.Properties)
        {
            if (!KanNullZijn(eigenschap.AttributeProvider, eigenschap.PropertyType) || !properties.TryGetValue(eigenschap.Name, out var veld))
            {
                continue;
            }

            schema.Required?.Remove(eigenschap.Name);
            properties[eigenschap.Name] = NietNull(veld);
        }

        return Task.CompletedTask;
    }

    // A NullabilityInfoContext is not thread-safe, and documents of several hosts may be built at once: one per question.
    private static bool KanNullZijn(ICustomAttributeProvider? bron, Type type) =>
        Nullable.GetUnderlyingType(type) is not null
        || (!type.IsValueType && bron is PropertyInfo property && new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable);

    /// <summary>The field's schema without its "or null".</summary>
    private static IOpenApiSchema NietNull(IOpenApiSchema veld)
    {
        if (veld is not OpenApiSchema schema)
        {
            return veld;
        }

        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.Null) && type != JsonSchemaType.Null)
        {
            schema.Type = type & ~JsonSchemaType.Null;
        }

        foreach (var keuzes in new[] { schema.OneOf, schema.AnyOf })
        {
            if (keuzes is { Count: 2 } && keuzes.SingleOrDefault(k => k is OpenApiSchema { Type: JsonSchemaType.Null }) is { } leeg)
            {
                return keuzes.Single(k => k != leeg);
            }
        }

        return schema;
    }
}
