using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;

namespace Nijkerk.SociaalDomein.Host.Api;

/// <summary>
/// Describes a list's query parameters the way the slice's query validator reads them, so the codes and bounds are
/// written once: a filter checked against a fixed list (<c>status</c>, <c>kanaal</c>, <c>urgentie</c>, …) becomes an
/// <c>enum</c>, a length rule <c>maxLength</c>, and <c>pagina</c> and <c>paginaGrootte</c> get the bounds of
/// <see cref="PagineringValidator"/>. The slice is the static class that declares the endpoint's handler; its
/// <c>Query</c> is the request the endpoint sends.
/// </summary>
internal sealed class ParameterSchemas : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var query = operation.Parameters?.Where(p => p.In == ParameterLocation.Query).OfType<OpenApiParameter>().ToList() ?? [];
        if (query.Count == 0)
        {
            return Task.CompletedTask;
        }

        using var scope = context.ApplicationServices.CreateScope();
        var validators = new List<IValidator> { new PagineringValidator() };
        if (Slice(context) is { } slice && slice.GetNestedType("Query", BindingFlags.Public | BindingFlags.NonPublic) is { } type)
        {
            validators.AddRange(ValidatorSchemas.Validators(scope.ServiceProvider, type));
        }

        var regels = ValidatorSchemas.Regels(scope.ServiceProvider, validators);
        foreach (var parameter in query)
        {
            if (parameter.Schema is OpenApiSchema schema && parameter.Name is { } naam && regels.TryGetValue(naam, out var onderdelen))
            {
                foreach (var (validator, _) in onderdelen)
                {
                    ValidatorSchemas.Beschrijf(schema, validator);
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The static class whose Map declares the handler: a lambda lives in a class nested in it.</summary>
    private static Type? Slice(OpenApiOperationTransformerContext context)
    {
        var handler = context.Description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault();
        var type = handler?.DeclaringType;
        while (type is { DeclaringType: not null } && type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
        {
            type = type.DeclaringType;
        }

        return type;
    }
}
