using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Nijkerk.SociaalDomein.Testing.Contract;

/// <summary>
/// The served OpenAPI document, read as a contract for responses: which statuses an operation answers, with which
/// media type and which body. The OpenAPI 3.0 schemas are turned into JSON Schema 2020-12 (<c>nullable</c> becomes a
/// <c>null</c> type, component references point into <c>$defs</c>) and made strict: an object with described
/// properties gets <c>unevaluatedProperties: false</c>, so a field the document does not describe is an error, as is a
/// documented required field that is missing. The strictness is for this check only; the served document is unchanged.
/// </summary>
public sealed class ApiContract
{
    public const string BasePath = "/api/v1";

    private static readonly string[] Weggelaten = ["nullable", "example", "examples", "discriminator", "xml", "externalDocs"];

    private readonly List<Operatie> operaties = [];
    private readonly JsonObject defs;
    private readonly ConcurrentDictionary<string, JsonSchema> schemas = new();
    private readonly string id = "https://contract.test/" + Guid.NewGuid().ToString("N");
    private int teller;

    public ApiContract(string openApiJson)
    {
        var document = JsonNode.Parse(openApiJson)!.AsObject();
        defs = new JsonObject();
        foreach (var (naam, schema) in document["components"]?["schemas"]?.AsObject() ?? [])
        {
            defs[naam] = Strikt(schema!);
        }

        foreach (var (pad, item) in document["paths"]!.AsObject())
        {
            foreach (var (methode, operatie) in item!.AsObject())
            {
                if (operatie is JsonObject o && o["responses"] is JsonObject antwoorden)
                {
                    operaties.Add(new Operatie(methode.ToUpperInvariant(), pad, pad.Split('/', StringSplitOptions.RemoveEmptyEntries), antwoorden));
                }
            }
        }
    }

    /// <summary>
    /// What is wrong with this response by the document, or an empty list. A request outside the API, for the document
    /// itself, or for a path and method the document does not list (a route that does not exist) is not checked.
    /// </summary>
    public IReadOnlyList<string> Controleer(string methode, string pad, int status, string? mediaType, ReadOnlySpan<byte> body)
    {
        if (!pad.StartsWith(BasePath + "/", StringComparison.Ordinal))
        {
            return [];
        }

        var relatief = pad[BasePath.Length..];
        if (relatief is "/openapi.json" || relatief.StartsWith("/docs", StringComparison.Ordinal))
        {
            return [];
        }

        var operatie = Zoek(methode, relatief);
        if (operatie is null)
        {
            return [];
        }

        var wie = $"{operatie.Methode} {operatie.Pad} → {status}";
        var statusTekst = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var antwoord = operatie.Antwoorden[statusTekst] ?? operatie.Antwoorden[statusTekst[0] + "XX"] ?? operatie.Antwoorden["default"];
        if (antwoord is not JsonObject beschreven)
        {
            return [$"{wie}: status {status} is voor deze operatie niet gedocumenteerd (wel: {string.Join(", ", operatie.Antwoorden.Select(a => a.Key))})"];
        }

        var inhoud = beschreven["content"] as JsonObject;
        if (inhoud is null || inhoud.Count == 0)
        {
            return body.Length == 0 ? [] : [$"{wie}: de respons heeft een body ({mediaType}), het document beschrijft er geen"];
        }

        if (mediaType is null || body.Length == 0)
        {
            return [$"{wie}: de respons heeft geen body, het document beschrijft {string.Join(" of ", inhoud.Select(i => i.Key))}"];
        }

        if (inhoud[mediaType] is not JsonObject media)
        {
            return [$"{wie}: mediatype {mediaType} is niet gedocumenteerd (wel: {string.Join(", ", inhoud.Select(i => i.Key))})"];
        }

        if (media["schema"] is not JsonObject schema || !IsJson(mediaType))
        {
            return [];
        }

        JsonElement instantie;
        try
        {
            instantie = JsonDocument.Parse(body.ToArray()).RootElement;
        }
        catch (JsonException e)
        {
            return [$"{wie}: de body is geen JSON: {e.Message}"];
        }

        var sleutel = $"{operatie.Methode} {operatie.Pad} {statusTekst} {mediaType}";
        var gebouwd = schemas.GetOrAdd(sleutel, _ => Bouw(schema));
        var uitslag = gebouwd.Evaluate(instantie, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (uitslag.IsValid)
        {
            return [];
        }

        var fouten = (uitslag.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{wie}: {Pointer(d.InstanceLocation.ToString())} {e.Key}: {e.Value} (schema {d.EvaluationPath})"))
            .Distinct()
            .ToList();
        return fouten.Count > 0 ? fouten : [$"{wie}: de body past niet in het gedocumenteerde schema"];
    }

    /// <summary>The operation for this method and path: a literal segment beats a path parameter.</summary>
    private Operatie? Zoek(string methode, string pad)
    {
        var delen = pad.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        return operaties
            .Where(o => o.Methode == methode && o.Delen.Length == delen.Length
                && o.Delen.Zip(delen).All(p => IsParameter(p.First) || p.First == p.Second))
            .OrderByDescending(o => o.Delen.Count(d => !IsParameter(d)))
            .FirstOrDefault();
    }

    private static bool IsParameter(string deel) => deel.StartsWith('{') && deel.EndsWith('}');

    private static bool IsJson(string mediaType) =>
        mediaType == "application/json" || mediaType.EndsWith("+json", StringComparison.Ordinal);

    private static string Pointer(string pointer) => pointer.Length == 0 ? "/" : pointer;

    private JsonSchema Bouw(JsonObject schema)
    {
        var basis = new Uri($"{id}/{Interlocked.Increment(ref teller)}");
        var wortel = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = basis.ToString(),
            ["$defs"] = defs.DeepClone(),
            ["allOf"] = new JsonArray(Strikt(schema)),
        };
        return JsonSchema.Build(JsonSerializer.SerializeToElement(wortel), new BuildOptions { SchemaRegistry = new SchemaRegistry() }, basis);
    }

    /// <summary>An OpenAPI 3.0 schema as a strict JSON Schema 2020-12.</summary>
    internal static JsonNode Strikt(JsonNode node)
    {
        if (node is not JsonObject bron)
        {
            return node.DeepClone();
        }

        var doel = new JsonObject();
        foreach (var (sleutel, waarde) in bron)
        {
            if (waarde is null || Weggelaten.Contains(sleutel))
            {
                continue;
            }

            doel[sleutel] = sleutel switch
            {
                "$ref" => waarde.GetValue<string>().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal),
                "properties" or "patternProperties" => new JsonObject(waarde.AsObject().Select(p => KeyValuePair.Create(p.Key, (JsonNode?)Strikt(p.Value!)))),
                "items" or "additionalProperties" or "not" => Strikt(waarde),
                "allOf" or "anyOf" or "oneOf" => new JsonArray([.. waarde.AsArray().Select(s => (JsonNode?)Strikt(s!))]),
                _ => waarde.DeepClone(),
            };
        }

        // OpenAPI 3.0 writes exclusiveMinimum/-Maximum as a flag beside minimum/maximum.
        foreach (var (exclusief, grens) in new[] { ("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum") })
        {
            if (doel[exclusief] is JsonValue vlag && vlag.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
            {
                doel.Remove(exclusief);
                if (vlag.GetValue<bool>() && doel[grens] is { } waarde)
                {
                    doel.Remove(grens);
                    doel[exclusief] = waarde;
                }
            }
        }

        if (doel.ContainsKey("properties") && !doel.ContainsKey("additionalProperties") && !doel.ContainsKey("unevaluatedProperties"))
        {
            doel["unevaluatedProperties"] = false;
        }

        if (bron["nullable"] is JsonValue nullable && nullable.GetValueKind() == JsonValueKind.True)
        {
            if (doel["type"] is JsonValue type)
            {
                doel["type"] = new JsonArray(type.GetValue<string>(), "null");
                if (doel["enum"] is JsonArray keuzes && !keuzes.Any(k => k is null))
                {
                    keuzes.Add(null);
                }
            }
            else
            {
                return new JsonObject { ["anyOf"] = new JsonArray(doel, new JsonObject { ["type"] = "null" }) };
            }
        }

        return doel;
    }

    private sealed record Operatie(string Methode, string Pad, string[] Delen, JsonObject Antwoorden);
}
