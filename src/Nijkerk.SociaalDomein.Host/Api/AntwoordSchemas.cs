using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;

namespace Nijkerk.SociaalDomein.Host.Api;

/// <summary>
/// An answer writes every field of its record, a null one as <c>null</c>: in a schema that only answers use, every
/// property is <c>required</c> (the nullable ones stay nullable). <see cref="ValidatorSchemas"/> reads a slice's result
/// records with the slice's command validator and would leave a created <c>id</c> optional; a record that also
/// appears in a request body keeps what the validator says. A record marked <see cref="WeglatenAlsNullAttribute"/> is
/// left to <see cref="WeglatenAlsNullSchemas"/>.
/// </summary>
internal sealed class AntwoordSchemas : IOpenApiSchemaTransformer
{
    private static readonly ConcurrentDictionary<IApiDescriptionGroupCollectionProvider, HashSet<Type>> Invoer = new();

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (context.JsonPropertyInfo is not null || schema.Properties is not { Count: > 0 } properties
            || type.Namespace?.StartsWith("Nijkerk.", StringComparison.Ordinal) != true
            || type.GetCustomAttribute<WeglatenAlsNullAttribute>() is not null)
        {
            return Task.CompletedTask;
        }

        var provider = context.ApplicationServices.GetRequiredService<IApiDescriptionGroupCollectionProvider>();
        if (Invoer.GetOrAdd(provider, InvoerTypes).Contains(type))
        {
            return Task.CompletedTask;
        }

        schema.Required = new HashSet<string>(properties.Keys);
        return Task.CompletedTask;
    }

    /// <summary>Every type a request body holds, the body itself and what it nests.</summary>
    private static HashSet<Type> InvoerTypes(IApiDescriptionGroupCollectionProvider provider)
    {
        var types = new HashSet<Type>();
        var bodies = provider.ApiDescriptionGroups.Items.SelectMany(g => g.Items).SelectMany(d => d.ParameterDescriptions)
            .Where(p => p.Source == BindingSource.Body && p.Type is not null).Select(p => p.Type);
        foreach (var body in bodies)
        {
            Voegtoe(body, types);
        }

        return types;
    }

    private static void Voegtoe(Type type, HashSet<Type> types)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray)
        {
            Voegtoe(type.GetElementType()!, types);
            return;
        }

        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                Voegtoe(argument, types);
            }
        }

        if (type.Namespace?.StartsWith("Nijkerk.", StringComparison.Ordinal) != true || !types.Add(type))
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Voegtoe(property.PropertyType, types);
        }
    }
}
