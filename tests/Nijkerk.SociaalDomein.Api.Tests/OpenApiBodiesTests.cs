using System.Text.Json;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>The document describes each body as its validator reads it, so a client built from it sends what is accepted.</summary>
public sealed class OpenApiBodiesTests(ApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task De_aanmelding_vraagt_precies_wat_de_validator_eist_met_de_codes_als_enum()
    {
        var schema = Schema(await DocumentAsync(), "RegistreerAanmeldingVerzoek");

        Namen(schema.GetProperty("required")).Should().BeEquivalentTo(["kanaal", "bron", "vraag", "urgentie"]);
        var velden = schema.GetProperty("properties");
        Namen(velden.GetProperty("kanaal").GetProperty("enum")).Should().Contain(["telefoon", "website-formulier", "balie"]);
        Namen(velden.GetProperty("urgentie").GetProperty("enum")).Should().BeEquivalentTo(["normaal", "hoog", "crisis"]);
        velden.GetProperty("vraag").GetProperty("maxLength").GetInt32().Should().Be(4000);
        velden.GetProperty("vraag").TryGetProperty("nullable", out _).Should().BeFalse("a required field is never null");
        velden.GetProperty("inwonerId").GetProperty("nullable").GetBoolean().Should().BeTrue("an aanmelding may come without a known inwoner");
        velden.GetProperty("inwonerId").GetProperty("format").GetString().Should().Be("uuid");
    }

    [Fact]
    public async Task De_inwoner_vraagt_naam_en_geboortedatum_en_kent_email_en_postcode()
    {
        var velden = Schema(await DocumentAsync(), "RegistreerInwonerVerzoek");

        Namen(velden.GetProperty("required")).Should().BeEquivalentTo(["voornamen", "achternaam", "geboortedatum"]);
        velden.GetProperty("properties").GetProperty("email").GetProperty("format").GetString().Should().Be("email");
        velden.GetProperty("properties").GetProperty("geboortedatum").GetProperty("format").GetString().Should().Be("date");
    }

    [Fact]
    public async Task Het_gesprek_vraagt_alleen_de_vorm_met_vorm_en_levensgebeurtenis_als_enum()
    {
        var document = await DocumentAsync();
        var pad = document.GetProperty("paths").EnumerateObject().Single(p => p.Name.EndsWith("/vraagverhelderingen/{id}/gesprek", StringComparison.Ordinal));
        var verwijzing = pad.Value.GetProperty("put").GetProperty("requestBody").GetProperty("content").GetProperty("application/json")
            .GetProperty("schema").GetProperty("$ref").GetString()!;
        var schema = Schema(document, verwijzing.Split('/')[^1]);

        Namen(schema.GetProperty("required")).Should().BeEquivalentTo(["vorm"], "the validator asks the vorm only; a gesprek is planned step by step");
        var velden = schema.GetProperty("properties");
        Namen(velden.GetProperty("vorm").GetProperty("enum")).Should().Contain(["balie", "huisbezoek", "telefoon", "beeldbellen"]);
        Namen(velden.GetProperty("levensgebeurtenis").GetProperty("enum")).Should().Contain(["ontslag", "scheiding", "verhuizing"]);
        velden.GetProperty("plaats").GetProperty("maxLength").GetInt32().Should().Be(300);
    }

    [Fact]
    public async Task Geen_request_body_is_null_en_geen_geheel_getal_is_ook_tekst()
    {
        var document = await DocumentAsync();

        foreach (var pad in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operatie in pad.Value.EnumerateObject())
            {
                if (operatie.Value.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("application/json", out var json))
                {
                    var schema = json.GetProperty("schema");
                    schema.TryGetProperty("oneOf", out _).Should().BeFalse($"{operatie.Name} {pad.Name} takes a body, never null");
                    schema.TryGetProperty("nullable", out _).Should().BeFalse($"{operatie.Name} {pad.Name} takes a body, never null");
                }
            }
        }

        document.GetRawText().Should().NotContain("\"anyOf\"", "an integer is documented as an integer, not also as a string with a pattern");
    }

    private async Task<JsonElement> DocumentAsync() => await JsonAsync(await Anoniem.GetAsync("/api/v1/openapi.json"));

    private static JsonElement Schema(JsonElement document, string naam) =>
        document.GetProperty("components").GetProperty("schemas").GetProperty(naam);

    private static IEnumerable<string?> Namen(JsonElement reeks) => reeks.EnumerateArray().Select(e => e.GetString());
}
