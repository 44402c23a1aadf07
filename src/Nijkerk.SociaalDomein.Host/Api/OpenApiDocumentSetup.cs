using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;

namespace Nijkerk.SociaalDomein.Host.Api;

/// <summary>
/// Shapes the generated OpenAPI document to the Dutch API Design Rules: OpenAPI 3.0, the server at /api/v1
/// with paths relative to it (including /openapi.json itself), contact details, the API-Version header on
/// every success, every error as problem+json, and a documented 400 wherever input is taken.
/// </summary>
internal static class OpenApiDocumentSetup
{
    private const string ProblemSchema = "Probleem";
    private const string SleutelSchema = "apiSleutel";

    /// <summary>The document's own tag; every other tag a module declares (<see cref="IModule.ApiTags"/>).</summary>
    private static readonly ApiTag ApiTag = new("API", "Over deze API zelf.");

    public static IServiceCollection AddOpenApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
            options.CreateSchemaReferenceId = SchemaNamen.Van;
            // A time of day without a zone (TimeOnly) is "time-local" in the API Design Rules, not "time".
            options.AddSchemaTransformer((schema, _, _) =>
            {
                if (schema.Format == "time")
                {
                    schema.Format = "time-local";
                }

                // The reader also takes a number written as a string; the document promises the number itself.
                if (schema.Type is { } type && type.HasFlag(JsonSchemaType.String)
                    && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)))
                {
                    schema.Type = type & ~JsonSchemaType.String;
                    schema.Pattern = null;
                }

                return Task.CompletedTask;
            });
            options.AddSchemaTransformer<ValidatorSchemas>();
            options.AddSchemaTransformer<WeglatenAlsNullSchemas>();
            options.AddSchemaTransformer<AntwoordSchemas>();
            options.AddOperationTransformer<ParameterSchemas>();
            options.AddOperationTransformer(Voorbeelden.ZetAsync);
            options.AddOperationTransformer((operation, context, _) =>
            {
                NietLeegBody(operation);
                if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IdempotentieMetadata>().Any())
                {
                    operation.Parameters ??= [];
                    operation.Parameters.Add(IdempotentieParameter());
                }

                return Task.CompletedTask;
            });
            options.AddDocumentTransformer((document, context, _) =>
            {
                Describe(document);
                document.Components ??= new OpenApiComponents();
                document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
                document.Components.Schemas[ProblemSchema] = Problem();
                document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
                {
                    [SleutelSchema] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.ApiKey,
                        In = ParameterLocation.Header,
                        Name = "X-Api-Key",
                        Description = "De API-sleutel van uw systeem, uitgegeven door de functioneel beheerder. Elke sleutel heeft scopes; een partnersleutel ziet alleen wat aan de eigen organisatie is gericht.",
                    },
                };
                RelativeToServer(document);
                foreach (var (path, item) in document.Paths)
                {
                    foreach (var (method, operation) in item.Operations ?? [])
                    {
                        Conform(document, method, operation);
                    }
                }

                Voorbeelden.AlleenNull(document);
                Voorbeelden.VulAntwoorden(document);
                document.Paths["/openapi.json"] = OpenApiJsonPath();
                // Every error now points at Probleem; the framework's own problem schemas are left unused.
                document.Components.Schemas.Remove("ProblemDetails");
                document.Components.Schemas.Remove("HttpValidationProblemDetails");
                var tags = context.ApplicationServices.GetRequiredService<ModuleRegistry>().ApiTags.Append(ApiTag);
                document.Tags = new HashSet<OpenApiTag>(tags.Select(t => new OpenApiTag { Name = t.Naam, Description = t.Beschrijving }));
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer<AntwoordContract>();
        });

    /// <summary>
    /// A body parameter of a reference type comes out as "null or X"; no operation here accepts a missing body as
    /// meaningful (it is a 400), so the document asks for X.
    /// </summary>
    private static void NietLeegBody(OpenApiOperation operation)
    {
        foreach (var media in operation.RequestBody?.Content?.Values ?? [])
        {
            if (media.Schema is OpenApiSchema { OneOf: { Count: 2 } keuzes } && keuzes.SingleOrDefault(k => k is OpenApiSchemaReference) is { } body)
            {
                media.Schema = body;
            }
        }
    }

    private static void Describe(OpenApiDocument document)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Sociaal Domein API",
            Version = ApiVersion.Full,
            Description = "De API van het ene loket sociaal domein van de gemeente Nijkerk: aanmeldingen, inwoners, " +
                "vraagverheldering, overdrachten, regie en de sociale kaart. Voor websiteformulieren, telefonie en partners.",
            Contact = new OpenApiContact
            {
                Name = "Gemeente Nijkerk, team Sociaal Domein",
                Email = "api-sociaaldomein@nijkerk.nl",
                Url = new Uri("https://www.nijkerk.nl"),
            },
        };
        document.Servers = [new OpenApiServer { Url = ApiVersion.BasePath, Description = "Deze omgeving" }];
    }

    private static void RelativeToServer(OpenApiDocument document)
    {
        var paths = new OpenApiPaths();
        foreach (var (path, item) in document.Paths)
        {
            paths[path.StartsWith(ApiVersion.BasePath, StringComparison.Ordinal) ? path[ApiVersion.BasePath.Length..] : path] = item;
        }

        document.Paths = paths;
    }

    private static void Conform(OpenApiDocument document, HttpMethod method, OpenApiOperation operation)
    {
        operation.Responses ??= [];
        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SleutelSchema, document)] = [] }];
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Niet aangemeld: geen, een onbekende of een ingetrokken API-sleutel." });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = "De sleutel heeft niet de scope voor deze handeling." });
        operation.Responses.TryAdd("429", new OpenApiResponse { Description = "Te veel verzoeken; probeer het over een minuut opnieuw." });
        var takesInput = method == HttpMethod.Post || method == HttpMethod.Put || method == HttpMethod.Patch
            || (operation.Parameters?.Count ?? 0) > 0;
        if (takesInput && !operation.Responses.ContainsKey("400"))
        {
            operation.Responses["400"] = new OpenApiResponse { Description = "Ongeldige invoer" };
        }

        foreach (var (status, response) in operation.Responses)
        {
            if (response is not OpenApiResponse concrete)
            {
                continue;
            }

            if (status.StartsWith('2') || status.StartsWith('3'))
            {
                concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
                concrete.Headers[ApiVersion.Header] = VersionHeader();
            }
            else
            {
                concrete.Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, document) },
                };
            }
        }
    }

    private static OpenApiParameter IdempotentieParameter() => new()
    {
        Name = Idempotentie.Header,
        In = ParameterLocation.Header,
        Required = false,
        Description = "Een sleutel die u zelf kiest (bijvoorbeeld een UUID) om dit verzoek veilig te herhalen. Hetzelfde verzoek met " +
            "dezelfde sleutel geeft opnieuw het eerste resultaat (201, dezelfde id en Location, kop Idempotent-Replayed: true) en maakt " +
            "niets nieuws; dezelfde sleutel met een andere inhoud geeft 409. Een sleutel geldt per API-sleutel, 24 uur lang.",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = Idempotentie.MaximaleLengte },
    };

    private static OpenApiHeader VersionHeader() => new()
    {
        Description = "De volledige versie van de API (SemVer).",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = @"^\d+\.\d+\.\d+$" },
        Example = JsonValue.Create(ApiVersion.Full),
    };

    private static OpenApiSchema Problem() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "Een fout volgens RFC 9457 (problem+json).",
        Required = new HashSet<string> { "status", "title", "detail" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Soort fout (URI)." },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Korte omschrijving." },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "HTTP-statuscode." },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Uitleg voor deze keer." },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Verwijzing naar dit voorval." },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Per veld de meldingen, bij ongeldige invoer.",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
        },
    };

    private static OpenApiPathItem OpenApiJsonPath() => new()
    {
        Operations = new Dictionary<HttpMethod, OpenApiOperation>
        {
            [HttpMethod.Get] = new()
            {
                OperationId = "geefOpenApiDocument",
                Summary = "Dit OpenAPI-document",
                Description = "De beschrijving van versie 1 van deze API, openbaar en zonder aanmelden op te halen.",
                Tags = new HashSet<OpenApiTagReference> { new("API") },
                Responses = new OpenApiResponses
                {
                    ["200"] = new OpenApiResponse
                    {
                        Description = "Het OpenAPI-document van versie 1.",
                        Headers = new Dictionary<string, IOpenApiHeader>
                        {
                            [ApiVersion.Header] = VersionHeader(),
                            ["access-control-allow-origin"] = new OpenApiHeader
                            {
                                Description = "Altijd *: het document is openbaar.",
                                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                            },
                        },
                        Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() },
                    },
                },
            },
        },
    };
}
