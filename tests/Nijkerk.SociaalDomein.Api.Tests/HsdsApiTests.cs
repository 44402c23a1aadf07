using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>A regional directory exchanging the sociale kaart with ours in Open Referral HSDS.</summary>
public sealed class HsdsApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task De_export_is_hsds_met_snake_case_velden_en_wordt_ongewijzigd_weer_ingelezen()
    {
        var export = await ExportAsync();

        var paasbos = export["services"]!.AsArray().Single(s => (string?)s!["name"] == "Gebiedsteam Paasbos")!;
        paasbos["organization_id"]!.GetValue<string>().Should().NotBeEmpty();
        paasbos["status"]!.GetValue<string>().Should().Be("active");
        paasbos["assured_date"]!.GetValue<string>().Should().Be("2026-11-01");
        export["schedules"]!.AsArray().Should().Contain(s => (string?)s!["service_id"] == (string?)paasbos["id"]
            && (string?)s!["byday"] == "WE" && (string?)s!["opens_at"] == "14:00" && (string?)s!["freq"] == "WEEKLY");
        var response = await Client.PostAsync("/api/v1/sociale-kaart/import", Inhoud(export.ToJsonString()));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var verslag = await JsonAsync(response);
        verslag.GetProperty("doorgevoerd").GetBoolean().Should().BeTrue();
        verslag.GetProperty("aangemaakt").GetInt32().Should().Be(0);
        verslag.GetProperty("bijgewerkt").GetInt32().Should().Be(0);
        verslag.GetProperty("ongewijzigd").GetInt32().Should().Be(verslag.GetProperty("records").GetArrayLength()).And.BeGreaterThan(50);
    }

    [Fact]
    public async Task Een_geweigerd_record_geeft_422_met_per_record_de_uitkomst_en_de_reden()
    {
        var export = await ExportAsync();
        var locatie = export["locations"]!.AsArray()[0]!;
        locatie["organization_id"] = Guid.CreateVersion7().ToString();

        var response = await Client.PostAsync("/api/v1/sociale-kaart/import", Inhoud(export.ToJsonString()));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var records = (await JsonAsync(response)).GetProperty("verslag").GetProperty("records").EnumerateArray().ToList();
        var geweigerd = records.Should().ContainSingle(r => r.GetProperty("uitkomst").GetString() == "geweigerd").Subject;
        geweigerd.GetProperty("type").GetString().Should().Be("location");
        geweigerd.GetProperty("id").GetString().Should().Be((string?)locatie["id"]);
        geweigerd.GetProperty("naam").GetString().Should().Be((string?)locatie["name"]);
        geweigerd.GetProperty("reden").GetString().Should().Contain("organization_id");
    }

    [Fact]
    public async Task Een_bestand_dat_geen_json_of_geen_hsds_is_geeft_400()
    {
        (await Client.PostAsync("/api/v1/sociale-kaart/import", Inhoud("dit is geen json"))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Client.PostAsync("/api/v1/sociale-kaart/import", Inhoud("""{"services": "geen lijst"}"""))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Client.PostAsync("/api/v1/sociale-kaart/import", Inhoud("""{"naam": "iets anders"}"""))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Inlezen_vraagt_het_recht_om_de_sociale_kaart_te_beheren_en_exporteren_het_recht_om_te_lezen()
    {
        var lezer = await Factory.ClientMetSleutelAsync([SocialeKaartRechten.Lezen]);
        var export = await lezer.GetStringAsync("/api/v1/sociale-kaart/export");

        (await lezer.PostAsync("/api/v1/sociale-kaart/import", Inhoud(export))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var ander = await Factory.ClientMetSleutelAsync([IntakeRechten.AanmeldingenLezen]);
        (await ander.GetAsync("/api/v1/sociale-kaart/export")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Een_bestand_boven_de_gewone_grens_van_1_mb_wordt_ingelezen()
    {
        var export = (await ExportAsync()).ToJsonString();
        var groot = export + new string(' ', 1_500_000);

        var response = await Client.PostAsync("/api/v1/sociale-kaart/import", Inhoud(groot));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private async Task<JsonNode> ExportAsync()
    {
        var response = await Client.GetAsync("/api/v1/sociale-kaart/export");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static StringContent Inhoud(string tekst) => new(tekst, Encoding.UTF8, "application/json");
}
