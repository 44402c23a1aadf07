using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Nijkerk.SociaalDomein.Host.Api;

/// <summary>
/// What the document promises about answers, as the API tests hold it to them (docs/adr/0019): every problem field the
/// API writes is in <c>Probleem</c> (the trace id, and the extra fields of a 404 or 409), and every operation documents
/// the refusals any request can get: 500, and for a body 413 (too large) and 415 (not JSON). Runs after
/// <see cref="OpenApiDocumentSetup"/>'s own document transformer, which adds <c>Probleem</c>.
/// </summary>
internal sealed class AntwoordContract : IOpenApiDocumentTransformer
{
    private const string Probleem = "Probleem";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        if (document.Components?.Schemas is { } schemas && schemas.TryGetValue(Probleem, out var gevonden) && gevonden is OpenApiSchema probleem)
        {
            VulAan(probleem, Importverslag(document));
        }

        foreach (var (pad, item) in document.Paths)
        {
            if (pad == "/openapi.json")
            {
                continue;
            }

            foreach (var operatie in item.Operations?.Values.ToList() ?? [])
            {
                operatie.Responses ??= [];
                Weigering(document, operatie, "500", "Onverwachte fout; de fout is gelogd. Probeer het later opnieuw.");
                if (operatie.RequestBody is not null)
                {
                    Weigering(document, operatie, "413", "Het verzoek is te groot.");
                    Weigering(document, operatie, "415", "De body is geen application/json.");
                }
            }
        }

        return Task.CompletedTask;
    }

    private static void Weigering(OpenApiDocument document, OpenApiOperation operatie, string status, string beschrijving) =>
        operatie.Responses!.TryAdd(status, new OpenApiResponse
        {
            Description = beschrijving,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(Probleem, document) },
            },
        });

    /// <summary>The schema of a successful import's answer, which a refused import carries as <c>verslag</c>.</summary>
    private static IOpenApiSchema? Importverslag(OpenApiDocument document) =>
        document.Paths.TryGetValue("/sociale-kaart/import", out var item)
        && item.Operations is { } operaties && operaties.TryGetValue(HttpMethod.Post, out var importeer)
        && importeer.Responses is { } antwoorden && antwoorden.TryGetValue("200", out var gelukt)
        && gelukt.Content is { } inhoud && inhoud.TryGetValue("application/json", out var json)
        && json.Schema is OpenApiSchemaReference verslag
            ? verslag
            : null;

    private static void VulAan(OpenApiSchema probleem, IOpenApiSchema? importverslag)
    {
        probleem.Properties ??= new Dictionary<string, IOpenApiSchema>();
        probleem.Properties["traceId"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "Kenmerk van dit verzoek in de logboeken; noem het bij een vraag aan de beheerder.",
        };
        probleem.Properties["bestaandeId"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Format = "uuid",
            Description = "Bij 409 op een inwoner met een BSN dat al bekend is: de id van de bestaande inwoner, alleen voor een sleutel die BSN's mag inzien.",
        };
        probleem.Properties["kandidaten"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Array,
            Description = "Bij 409 op een nieuwe inwoner die op een bekende lijkt: de gelijkende inwoners (nooit een BSN), alleen voor een sleutel met inwoners:lezen.",
            Items = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string> { "id", "voornamen", "voorvoegsel", "achternaam", "geboortedatum" },
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["id"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" },
                    ["voornamen"] = new OpenApiSchema { Type = JsonSchemaType.String },
                    ["voorvoegsel"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                    ["achternaam"] = new OpenApiSchema { Type = JsonSchemaType.String },
                    ["geboortedatum"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
                },
            },
        };
        // In OpenAPI 3.0 a reference takes no description of its own beside it.
        probleem.Properties["verslag"] = importverslag ?? new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "Bij 422 op een import van de sociale kaart: per record de uitkomst en de reden.",
        };
        probleem.Properties["planId"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Format = "uuid",
            Description = "Bij 409 op de start van een ondersteuningsplan: het lopende plan van het huishouden.",
        };
        probleem.Properties["regisseur"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "Bij 409 op de start van een ondersteuningsplan: de regisseur van het lopende plan.",
        };
        probleem.Properties["escalatieId"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Format = "uuid",
            Description = "Bij 409 op een escalatie van een plan: de escalatie die nog open is.",
        };
        probleem.Properties["versie"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Integer,
            Format = "int32",
            Description = "Bij 412 op een ondersteuningsplan: de huidige versie; stuur die na het bekijken van de wijzigingen in If-Match.",
        };
        probleem.Properties["wijzigingen"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Array,
            Description = "Bij 412 op een ondersteuningsplan: wie sinds uw versie wat wijzigde (het soort wijziging, niet de inhoud).",
            Items = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string> { "versie", "op", "door", "onderdeel", "onderdeelId", "omschrijving" },
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["versie"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                    ["op"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" },
                    ["door"] = new OpenApiSchema { Type = JsonSchemaType.String },
                    ["onderdeel"] = new OpenApiSchema { Type = JsonSchemaType.String },
                    ["onderdeelId"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Format = "uuid" },
                    ["omschrijving"] = new OpenApiSchema { Type = JsonSchemaType.String },
                },
            },
        };
        probleem.Properties["samengevoegdIn"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Format = "uuid",
            Description = "Bij 404 op een samengevoegde inwoner: de id van de inwoner waarin deze is opgegaan.",
        };
    }
}
