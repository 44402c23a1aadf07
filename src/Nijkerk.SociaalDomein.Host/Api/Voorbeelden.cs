using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;

namespace Nijkerk.SociaalDomein.Host.Api;

/// <summary>
/// The examples in the document, written once per type rather than per endpoint. A request body carries its own
/// example as <c>public static X Voorbeeld</c> (fictitious Dutch data its validator accepts); the operation's body
/// and, where the answer's type has one, its 2xx answer show it, serialised as the API writes it. An answer without
/// a <c>Voorbeeld</c> gets one built from its schema (<see cref="UitSchema"/>): the first code of an enum, a value per
/// format, a fictitious Dutch value per field name. A body without a <c>Voorbeeld</c> gets none, and the contract tests
/// fail on it.
/// </summary>
internal static class Voorbeelden
{
    public const string Eigenschap = "Voorbeeld";

    /// <summary>Shows the request body's and the answer's example, and marks the body as required (a missing one is a 400).</summary>
    public static Task ZetAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken _)
    {
        var json = context.ApplicationServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var body = context.Description.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body)?.Type;
        if (operation.RequestBody is OpenApiRequestBody verzoek)
        {
            verzoek.Required = true;
            if (body is not null && Van(body) is { } voorbeeld)
            {
                foreach (var media in verzoek.Content?.Values ?? [])
                {
                    media.Example = ZonderMethodeNamen(JsonSerializer.SerializeToNode(voorbeeld, body, json));
                }
            }
        }

        foreach (var antwoord in context.Description.SupportedResponseTypes.Where(r => r.StatusCode is >= 200 and < 300 && r.Type is not null && r.Type != typeof(void)))
        {
            if (operation.Responses?.GetValueOrDefault(antwoord.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)) is OpenApiResponse { Content: { } inhoud }
                && Van(antwoord.Type!) is { } voorbeeld)
            {
                foreach (var media in inhoud.Values)
                {
                    media.Example = ZonderMethodeNamen(JsonSerializer.SerializeToNode(voorbeeld, antwoord.Type!, json));
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Leaves out of an example every field whose name holds an HTTP method (<c>postcode</c>, <c>input</c>): the 2.2.0
    /// ruleset's rule nlgov:problem-invalid-input looks for operations with <c>$.paths..[?(@property.match(/post|put|patch/))]</c>,
    /// which also finds such a field inside an example and demands a 400 response of it. Those fields are optional.
    /// </summary>
    private static JsonNode? ZonderMethodeNamen(JsonNode? voorbeeld)
    {
        switch (voorbeeld)
        {
            case JsonObject velden:
                foreach (var naam in velden.Select(v => v.Key).ToList())
                {
                    if (MethodeNaam.IsMatch(naam))
                    {
                        velden.Remove(naam);
                    }
                    else
                    {
                        ZonderMethodeNamen(velden[naam]);
                    }
                }

                break;
            case JsonArray items:
                foreach (var item in items)
                {
                    ZonderMethodeNamen(item);
                }

                break;
        }

        return voorbeeld;
    }

    private sealed class MethodeNaamVerplicht : Exception;

    private static readonly System.Text.RegularExpressions.Regex MethodeNaam = new("(get)|(delete)|(put)|(post)|(patch)");

    /// <summary>The type's own <c>Voorbeeld</c>, or a page of one of its items' examples; null when it has none.</summary>
    public static object? Van(Type type)
    {
        if (type.GetProperty(Eigenschap, BindingFlags.Public | BindingFlags.Static) is { } eigenschap && type.IsAssignableFrom(eigenschap.PropertyType))
        {
            return eigenschap.GetValue(null);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Pagina<>) && Van(type.GetGenericArguments()[0]) is { } item)
        {
            var lijst = Array.CreateInstance(type.GetGenericArguments()[0], 1);
            lijst.SetValue(item, 0);
            return Activator.CreateInstance(type, 1, null, null, lijst);
        }

        return null;
    }

    /// <summary>
    /// A nullable reference comes out as <c>oneOf: [{nullable: true}, {$ref}]</c>; a schema with <c>nullable</c> but no
    /// <c>type</c> is invalid in OpenAPI 3.0, so an example cannot be checked against it. The null branch becomes a
    /// schema that takes null (or an empty object) alone.
    /// </summary>
    public static void AlleenNull(OpenApiDocument document)
    {
        var gezien = new HashSet<IOpenApiSchema>();
        void Loop(IOpenApiSchema? schema)
        {
            if (schema is not OpenApiSchema concreet || !gezien.Add(concreet))
            {
                return;
            }

            foreach (var keuze in concreet.OneOf ?? [])
            {
                if (keuze is OpenApiSchema { Type: JsonSchemaType.Null } leeg)
                {
                    // An object without fields or null: only null fits this branch and not the referenced one.
                    leeg.Type = JsonSchemaType.Object | JsonSchemaType.Null;
                    leeg.MaxProperties = 0;
                }
            }

            foreach (var deel in (concreet.OneOf ?? []).Concat(concreet.AllOf ?? []).Concat(concreet.AnyOf ?? [])
                         .Concat(concreet.Properties?.Values ?? []).Append(concreet.Items).Append(concreet.AdditionalProperties))
            {
                Loop(deel);
            }
        }

        foreach (var schema in document.Components?.Schemas?.Values ?? [])
        {
            Loop(schema);
        }

        foreach (var operation in document.Paths.Values.SelectMany(p => (IEnumerable<OpenApiOperation>?)p.Operations?.Values ?? []))
        {
            foreach (var media in (operation.RequestBody?.Content?.Values ?? []).Concat(((IEnumerable<IOpenApiResponse>?)operation.Responses?.Values ?? []).SelectMany(r => r.Content?.Values ?? [])))
            {
                Loop(media.Schema);
            }
        }
    }

    /// <summary>Gives every 2xx answer with a body that still lacks an example one built from its schema.</summary>
    public static void VulAntwoorden(OpenApiDocument document)
    {
        foreach (var operation in document.Paths.Values.SelectMany(p => (IEnumerable<OpenApiOperation>?)p.Operations?.Values ?? []))
        {
            foreach (var (status, antwoord) in operation.Responses ?? new OpenApiResponses())
            {
                if (!status.StartsWith('2') || antwoord is not OpenApiResponse { Content: { } inhoud })
                {
                    continue;
                }

                foreach (var media in inhoud.Values.Where(m => m.Example is null && m.Schema is not null))
                {
                    try
                    {
                        media.Example = UitSchema(document, media.Schema!, null, 0);
                    }
                    catch (MethodeNaamVerplicht)
                    {
                        // No example rather than one the rulesets refuse (see ZonderMethodeNamen).
                    }
                }
            }
        }
    }

    // Only a guard against a schema that refers to itself: a paged list of aanmeldingen with their overdrachten, each
    // with its laid-back ones, is ten levels deep and needs its example to the bottom.
    private const int MaximaleDiepte = 12;

    /// <summary>An example value that fits the schema: the first code, a value per format or field name.</summary>
    public static JsonNode? UitSchema(OpenApiDocument document, IOpenApiSchema schema, string? veld, int diepte)
    {
        if (schema is OpenApiSchemaReference verwijzing)
        {
            return verwijzing.Reference.Id is { } id && document.Components?.Schemas is { } schemas && schemas.TryGetValue(id, out var doel) && diepte < MaximaleDiepte
                ? UitSchema(document, doel, veld, diepte + 1)
                : null;
        }

        if (schema.Enum is { Count: > 0 } codes)
        {
            return codes.First(c => c is not null)!.DeepClone();
        }

        if (schema.AllOf is { Count: > 0 } alle)
        {
            return UitSchema(document, alle.First(), veld, diepte + 1);
        }

        if ((schema.OneOf ?? schema.AnyOf) is { Count: > 0 } keuzes)
        {
            return UitSchema(document, keuzes.FirstOrDefault(k => k.Type != JsonSchemaType.Null) ?? keuzes.First(), veld, diepte + 1);
        }

        var type = schema.Type ?? (schema.Properties is { Count: > 0 } ? JsonSchemaType.Object : JsonSchemaType.String);
        if (type.HasFlag(JsonSchemaType.Object))
        {
            var object_ = new JsonObject();
            foreach (var (naam, eigenschap) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                if (MethodeNaam.IsMatch(naam))
                {
                    // See ZonderMethodeNamen: left out when optional; a required one leaves the answer without example.
                    _ = schema.Required?.Contains(naam) == true ? throw new MethodeNaamVerplicht() : 0;
                    continue;
                }

                object_[naam] = diepte < MaximaleDiepte ? UitSchema(document, eigenschap, naam, diepte + 1) : null;
            }

            return object_;
        }

        if (type.HasFlag(JsonSchemaType.Array))
        {
            return schema.Items is { } items && diepte < MaximaleDiepte ? new JsonArray(UitSchema(document, items, veld, diepte + 1)) : new JsonArray();
        }

        if (type.HasFlag(JsonSchemaType.Boolean))
        {
            return JsonValue.Create(true);
        }

        if (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number))
        {
            return JsonValue.Create(schema.Minimum is { } minimum && int.TryParse(minimum, out var laagste) ? Math.Max(laagste, 1) : 1);
        }

        return JsonValue.Create(schema.Format switch
        {
            "uuid" => "0190a8c4-5f3e-7d21-9b6a-3c2e1f4d5a6b",
            "date" => "2026-03-02",
            "date-time" => "2026-03-02T09:30:00+00:00",
            "time-local" or "time" => "09:30:00",
            "email" => "s.devries@voorbeeld.nl",
            "uri" => "https://www.nijkerk.nl",
            _ => Tekst(veld),
        });
    }

    // Fictitious, but the kind of value an integrator will see in the field.
    private static readonly Dictionary<string, string> TekstPerVeld = new(StringComparer.OrdinalIgnoreCase)
    {
        ["voornamen"] = "Sanne",
        ["tussenvoegsel"] = "de",
        ["achternaam"] = "Vries",
        ["inwonerNaam"] = "Sanne de Vries",
        ["naam"] = "Sanne de Vries",
        ["behandelaar"] = "Petra Smit",
        ["medewerker"] = "Petra Smit",
        ["regisseur"] = "Petra Smit",
        ["geregistreerdDoor"] = "Petra Smit",
        ["gewijzigdDoor"] = "Petra Smit",
        ["organisatie"] = "Stichting Welzijn Nijkerk",
        ["partnerOrganisatie"] = "Plangroep",
        ["vraag"] = "Ik kan mijn rekeningen niet meer betalen en de post stapelt zich op.",
        ["toelichting"] = "Besproken met de inwoner; zij wil eerst overzicht in de schulden.",
        ["samenvatting"] = "Mevrouw heeft betalingsachterstanden en weinig netwerk; hulp bij geldzaken gewenst.",
        ["advies"] = "Verwezen naar het spreekuur van de schuldhulpverlening.",
        ["omschrijving"] = "Gratis spreekuur voor vragen over geld en post.",
        ["notitie"] = "Terugbelverzoek besproken met de inwoner.",
        ["reden"] = "De inwoner wil eerst zelf verder.",
        ["kern"] = "Nijkerk",
        ["straat"] = "Kerkstraat",
        ["huisnummer"] = "12",
        ["postcode"] = "3861 AB",
        ["woonplaats"] = "Nijkerk",
        ["telefoon"] = "033 245 1234",
        ["telefoonnummer"] = "033 245 1234",
        ["taal"] = "nl",
        ["relatie"] = "dochter",
        ["code"] = "financien",
        ["team"] = "werk-inkomen",
        ["expertise"] = "schuldhulpverlening",
        ["volgende"] = "https://sociaaldomein.nijkerk.nl/api/v1/aanmeldingen?pagina=2",
        ["vorige"] = "https://sociaaldomein.nijkerk.nl/api/v1/aanmeldingen?pagina=1",
        ["website"] = "https://www.nijkerk.nl",
        // A fictitious number from the range kept for tests, valid under the elfproef: never a real person's.
        ["bsn"] = "999990019",
    };

    private static string Tekst(string? veld) =>
        veld is not null && TekstPerVeld.TryGetValue(veld, out var tekst) ? tekst : "Voorbeeldtekst";
}
