using System.Net;
using System.Net.Http.Json;
using System.Text;
using Nijkerk.SociaalDomein.Testing.Contract;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// The check every API test's client goes through (<see cref="ContractHandler"/>) fails on what an integrator would
/// trip over: a field the document does not describe, a required field that is missing, a null where none is allowed,
/// an undocumented status or media type. Without a host: a small document and canned responses.
/// </summary>
public sealed class ContractHandlerTests
{
    private const string Document = """
        {
          "openapi": "3.0.4",
          "paths": {
            "/dingen/{id}": {
              "get": {
                "responses": {
                  "200": { "description": "Het ding.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Ding" } } } },
                  "204": { "description": "Leeg." },
                  "404": { "description": "Niet gevonden.", "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Probleem" } } } }
                }
              }
            },
            "/dingen/zoeken": {
              "get": {
                "responses": { "200": { "description": "Lijst.", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Ding" } } } } } }
              }
            }
          },
          "components": {
            "schemas": {
              "Ding": {
                "type": "object",
                "required": ["id", "naam", "toelichting"],
                "properties": {
                  "id": { "type": "string", "format": "uuid" },
                  "naam": { "type": "string" },
                  "toelichting": { "type": "string", "nullable": true },
                  "status": { "type": "string", "enum": ["open", "afgerond"] }
                }
              },
              "Probleem": {
                "type": "object",
                "required": ["status", "title"],
                "properties": { "status": { "type": "integer" }, "title": { "type": "string" } }
              }
            }
          }
        }
        """;

    private const string Ding = "/api/v1/dingen/7d3f0a52-4c1e-4d1a-9a57-2f8f0c1b6e11";

    [Fact]
    public async Task Een_respons_volgens_het_document_komt_door()
    {
        using var response = await AntwoordAsync(Ding, HttpStatusCode.OK, "application/json",
            """{"id":"7d3f0a52-4c1e-4d1a-9a57-2f8f0c1b6e11","naam":"Fiets","toelichting":null,"status":"open"}""");

        (await response.Content.ReadFromJsonAsync<Dictionary<string, object?>>()).Should().ContainKey("naam", "the test still reads the body");
        (await AntwoordAsync(Ding, HttpStatusCode.NoContent)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await AntwoordAsync("/api/v1/dingen/zoeken", HttpStatusCode.OK, "application/json", "[]")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await AntwoordAsync("/api/v1/bestaat/niet", HttpStatusCode.NotFound)).StatusCode.Should().Be(HttpStatusCode.NotFound, "a route the document does not list is not checked");
        (await AntwoordAsync("/inloggen", HttpStatusCode.OK, "text/html", "<p>")).StatusCode.Should().Be(HttpStatusCode.OK, "a page is no API");
    }

    [Fact]
    public async Task Een_veld_dat_het_document_niet_beschrijft_faalt()
    {
        var fout = await FoutAsync(Ding, HttpStatusCode.OK, "application/json",
            """{"id":"7d3f0a52-4c1e-4d1a-9a57-2f8f0c1b6e11","naam":"Fiets","toelichting":null,"isLeeg":false}""");

        fout.Message.Should().Contain("GET /dingen/{id} → 200").And.Contain("/isLeeg");
    }

    [Fact]
    public async Task Een_verplicht_veld_dat_ontbreekt_faalt()
    {
        var fout = await FoutAsync(Ding, HttpStatusCode.OK, "application/json", """{"id":"7d3f0a52-4c1e-4d1a-9a57-2f8f0c1b6e11","naam":"Fiets"}""");

        fout.Message.Should().Contain("required").And.Contain("toelichting");
    }

    [Fact]
    public async Task Null_waar_het_document_geen_null_toestaat_en_een_onbekende_code_falen()
    {
        (await FoutAsync(Ding, HttpStatusCode.OK, "application/json", """{"id":"7d3f0a52-4c1e-4d1a-9a57-2f8f0c1b6e11","naam":null,"toelichting":null}"""))
            .Message.Should().Contain("/naam");
        (await FoutAsync(Ding, HttpStatusCode.OK, "application/json", """{"id":"7d3f0a52-4c1e-4d1a-9a57-2f8f0c1b6e11","naam":"Fiets","toelichting":null,"status":"Open"}"""))
            .Message.Should().Contain("/status");
        (await FoutAsync("/api/v1/dingen/zoeken", HttpStatusCode.OK, "application/json", """[{"id":"x","naam":"Fiets","toelichting":null,"extra":1}]"""))
            .Message.Should().Contain("/0/extra");
    }

    [Fact]
    public async Task Een_ongedocumenteerde_status_mediatype_of_probleem_faalt()
    {
        (await FoutAsync(Ding, HttpStatusCode.InternalServerError, "application/problem+json", """{"status":500,"title":"Fout"}"""))
            .Message.Should().Contain("status 500 is voor deze operatie niet gedocumenteerd");
        (await FoutAsync(Ding, HttpStatusCode.NotFound, "application/json", """{"status":404,"title":"Niet gevonden"}"""))
            .Message.Should().Contain("mediatype application/json");
        (await FoutAsync(Ding, HttpStatusCode.NotFound, "application/problem+json", """{"status":404}"""))
            .Message.Should().Contain("title");
        (await FoutAsync(Ding, HttpStatusCode.NoContent, "application/json", "{}"))
            .Message.Should().Contain("het document beschrijft er geen");
    }

    private static async Task<ContractSchendingException> FoutAsync(string pad, HttpStatusCode status, string? mediaType = null, string? body = null)
    {
        var poging = () => AntwoordAsync(pad, status, mediaType, body);
        return (await poging.Should().ThrowAsync<ContractSchendingException>()).Which;
    }

    private static async Task<HttpResponseMessage> AntwoordAsync(string pad, HttpStatusCode status, string? mediaType = null, string? body = null)
    {
        var server = new Nep(request => request.RequestUri!.AbsolutePath == "/api/v1/openapi.json"
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Document, Encoding.UTF8, "application/json") }
            : new HttpResponseMessage(status) { Content = body is null ? new ByteArrayContent([]) : new StringContent(body, Encoding.UTF8, mediaType!) });
        using var client = new HttpClient(new ContractHandler(new ContractBron()) { InnerHandler = server }) { BaseAddress = new Uri("http://localhost") };
        return await client.GetAsync(pad);
    }

    private sealed class Nep(Func<HttpRequestMessage, HttpResponseMessage> antwoord) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(antwoord(request));
    }
}
