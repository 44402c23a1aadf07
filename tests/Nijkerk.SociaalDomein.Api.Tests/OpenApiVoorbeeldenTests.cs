using System.Text.Json;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// Every operation in the served document says in Dutch what it does and shows an example of what to send and what
/// comes back, so an integrator can start from the document alone.
/// </summary>
public sealed class OpenApiVoorbeeldenTests(ApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Elke_operatie_heeft_een_samenvatting_een_voorbeeldverzoek_en_een_voorbeeldantwoord()
    {
        var document = await JsonAsync(await Anoniem.GetAsync("/api/v1/openapi.json"));
        var ontbreekt = new List<string>();
        var operaties = 0;
        foreach (var pad in document.GetProperty("paths").EnumerateObject().Where(p => p.Name != "/openapi.json"))
        {
            foreach (var operatie in pad.Value.EnumerateObject())
            {
                operaties++;
                var wie = $"{operatie.Name.ToUpperInvariant()} {pad.Name}";
                if (!operatie.Value.TryGetProperty("summary", out var samenvatting) || string.IsNullOrWhiteSpace(samenvatting.GetString()))
                {
                    ontbreekt.Add($"{wie}: samenvatting");
                }

                if (operatie.Value.TryGetProperty("requestBody", out var verzoek))
                {
                    verzoek.GetProperty("required").GetBoolean().Should().BeTrue($"{wie} needs its body; without one it is a 400");
                    foreach (var media in verzoek.GetProperty("content").EnumerateObject().Where(m => !m.Value.TryGetProperty("example", out _)))
                    {
                        ontbreekt.Add($"{wie}: voorbeeld van de body ({media.Name})");
                    }
                }

                foreach (var antwoord in operatie.Value.GetProperty("responses").EnumerateObject().Where(a => a.Name.StartsWith('2')))
                {
                    if (antwoord.Value.TryGetProperty("content", out var inhoud)
                        && inhoud.EnumerateObject().Any(m => (!m.Value.TryGetProperty("example", out var voorbeeld) || voorbeeld.ValueKind == JsonValueKind.Null)
                            && !EistMethodeNaam(document, m.Value.GetProperty("schema"), 0)))
                    {
                        ontbreekt.Add($"{wie}: voorbeeld van het antwoord {antwoord.Name}");
                    }
                }
            }
        }

        ontbreekt.Should().BeEmpty();
        operaties.Should().BeGreaterThan(50);
    }

    /// <summary>
    /// An answer that must hold a field named like an HTTP method (<c>postcode</c>) has no example: the 2.2.0 ruleset's
    /// nlgov:problem-invalid-input reads such a field inside an example as an operation and demands a 400 of it.
    /// </summary>
    private static bool EistMethodeNaam(JsonElement document, JsonElement schema, int diepte)
    {
        if (diepte > 6)
        {
            return false;
        }

        if (schema.TryGetProperty("$ref", out var verwijzing))
        {
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(verwijzing.GetString()!.Split('/')[^1]);
        }

        var verplicht = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
        return verplicht.Any(n => System.Text.RegularExpressions.Regex.IsMatch(n, "(get)|(delete)|(put)|(post)|(patch)"))
            || (schema.TryGetProperty("items", out var items) && EistMethodeNaam(document, items, diepte + 1))
            || (schema.TryGetProperty("properties", out var velden)
                && velden.EnumerateObject().Any(v => verplicht.Contains(v.Name) && EistMethodeNaam(document, v.Value, diepte + 1)));
    }

    [Fact]
    public async Task Het_voorbeeld_van_een_aanmelding_is_fictief_nederlands_en_zonder_hulpeigenschappen()
    {
        var document = await JsonAsync(await Anoniem.GetAsync("/api/v1/openapi.json"));
        var voorbeeld = document.GetProperty("paths").GetProperty("/aanmeldingen").GetProperty("post").GetProperty("requestBody")
            .GetProperty("content").GetProperty("application/json").GetProperty("example");

        voorbeeld.GetProperty("kanaal").GetString().Should().Be("telefoon");
        voorbeeld.GetProperty("melder").GetProperty("relatie").GetString().Should().Be("dochter");
        voorbeeld.GetProperty("melder").TryGetProperty("isLeeg", out _).Should().BeFalse("a helper property is not part of the body");
        document.GetProperty("components").GetProperty("schemas").GetProperty("RegistreerAanmeldingMelder")
            .GetProperty("properties").TryGetProperty("isLeeg", out _).Should().BeFalse("a helper property is not part of the body");
        document.GetRawText().Should().NotContain("isLeeg");
    }
}
