using System.Text.Json;
using Nijkerk.SociaalDomein.Host.Api;
using Nijkerk.SociaalDomein.Testing;
using Xunit.Abstractions;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>An integrator builds his bodies from the schemas the document names: each must be the type the operation reads.</summary>
public sealed class OpenApiSchemaNamenTests(ApiFactory factory, ITestOutputHelper output) : ApiTestBase(factory)
{
    [Fact]
    public async Task Aanmelding_en_inwoner_hebben_elk_een_eigen_schema_met_hun_eigen_velden()
    {
        var document = await DocumentAsync();

        var aanmelding = BodySchema(document, "/aanmeldingen");
        var inwoner = BodySchema(document, "/inwoners");

        aanmelding.Should().Be("RegistreerAanmeldingVerzoek");
        inwoner.Should().Be("RegistreerInwonerVerzoek");
        Properties(document, aanmelding).Should().Contain(["kanaal", "bron", "vraag", "urgentie"]).And.NotContain("achternaam");
        Properties(document, inwoner).Should().Contain("achternaam").And.NotContain("kanaal");
    }

    [Fact]
    public async Task Geen_schema_heet_naar_het_soort_record_alleen()
    {
        var namen = (await DocumentAsync()).GetProperty("components").GetProperty("schemas").EnumerateObject().Select(s => s.Name).ToList();
        output.WriteLine(string.Join('\n', namen));

        namen.Should().NotContain(["Command", "Body", "Query", "Invoer", "Wijziging", "Opdracht", "Verzoek"]);
    }

    [Fact]
    public void Twee_types_onder_een_naam_houden_het_document_tegen()
    {
        var naam = "Proef" + Guid.NewGuid().ToString("N");
        SchemaNamen.Claim(naam, typeof(EersteSlice.Command)).Should().Be(naam);
        SchemaNamen.Claim(naam, typeof(EersteSlice.Command)).Should().Be(naam, "the same type may ask again");

        var tweede = () => SchemaNamen.Claim(naam, typeof(TweedeSlice.Command));

        tweede.Should().Throw<InvalidOperationException>().WithMessage($"*{naam}*TweedeSlice*");
    }

    [Fact]
    public void Een_geneste_record_heet_naar_zijn_slice()
    {
        SchemaNamen.Naam(typeof(EersteSlice.Command)).Should().Be("EersteSliceVerzoek");
        SchemaNamen.Naam(typeof(TweedeSlice.Body)).Should().Be("TweedeSliceVerzoek");
        SchemaNamen.Naam(typeof(TweedeSlice.Command)).Should().Be("TweedeSliceOpdracht");
        SchemaNamen.Naam(typeof(TweedeSlice.Resultaat)).Should().Be("TweedeSliceResultaat");
        SchemaNamen.Naam(typeof(GeefProef.Proef)).Should().Be("Proef", "the slice's name adds nothing to its own noun");
    }

    private async Task<JsonElement> DocumentAsync() => await JsonAsync(await Anoniem.GetAsync("/api/v1/openapi.json"));

    private static string BodySchema(JsonElement document, string pad) =>
        document.GetProperty("paths").GetProperty(pad).GetProperty("post").GetProperty("requestBody").GetProperty("content")
            .GetProperty("application/json").GetProperty("schema").GetRawText() is var schema
            && JsonDocument.Parse(schema).RootElement is var element
            ? Referentie(element)
            : "";

    // Today a body may still come as oneOf [null, $ref]: the name is what this test is about.
    private static string Referentie(JsonElement schema) =>
        schema.ValueKind != JsonValueKind.Object ? ""
        : schema.TryGetProperty("$ref", out var verwijzing)
            ? verwijzing.GetString()!.Split('/')[^1]
            : schema.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array)
                .SelectMany(p => p.Value.EnumerateArray()).Select(Referentie).FirstOrDefault(n => n.Length > 0) ?? "";

    private static IEnumerable<string> Properties(JsonElement document, string schema) =>
        document.GetProperty("components").GetProperty("schemas").GetProperty(schema).GetProperty("properties").EnumerateObject().Select(p => p.Name);
}

internal static class EersteSlice
{
    public sealed record Command(string Naam);
}

internal static class TweedeSlice
{
    public sealed record Command(Guid Id, string Naam);

    public sealed record Body(string Naam);

    public sealed record Resultaat(Guid Id);
}

internal static class GeefProef
{
    public sealed record Proef(Guid Id);
}
