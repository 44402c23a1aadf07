using System.Net;
using System.Text.Json;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>A query parameter that does not parse is the caller's mistake: a 400 problem+json, never a 500.</summary>
public sealed class ParametersApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    [Theory]
    [InlineData("/api/v1/aanmeldingen?pagina=abc")]
    [InlineData("/api/v1/aanmeldingen?pagina=99999999999999999999")]
    [InlineData("/api/v1/aanmeldingen?paginaGrootte=1.5")]
    [InlineData("/api/v1/aanmeldingen?van=gisteren")]
    [InlineData("/api/v1/aanmeldingen?tot=2026-13-45")]
    [InlineData("/api/v1/sociale-kaart/voorzieningen?kosteloos=misschien")]
    [InlineData("/api/v1/sociale-kaart/voorzieningen?openOp=morgen")]
    public async Task Een_parameter_die_niet_te_lezen_is_geeft_400_problem_json(string pad)
    {
        var response = await Client.GetAsync(pad);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, pad);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await response.Content.ReadAsStringAsync()).Should().NotContain("System.").And.NotContain("Exception");
    }

    /// <summary>
    /// Every id in a path of the document, and every typed query parameter, sent as something that does not parse: a 400
    /// that names the parameter in <c>errors</c> (never a 404 from a route constraint, never a 500), without echoing the value.
    /// </summary>
    [Fact]
    public async Task Elke_parameter_die_niet_te_lezen_is_geeft_400_met_de_naam_van_de_parameter()
    {
        var document = await JsonAsync(await Anoniem.GetAsync("/api/v1/openapi.json"));
        var fouten = new List<string>();
        var getest = 0;
        foreach (var pad in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operatie in pad.Value.EnumerateObject())
            {
                var parameters = operatie.Value.TryGetProperty("parameters", out var lijst) ? lijst.EnumerateArray().ToList() : [];
                foreach (var parameter in parameters.Where(Getypeerd))
                {
                    var naam = parameter.GetProperty("name").GetString()!;
                    var inPad = parameter.GetProperty("in").GetString() == "path";
                    var adres = System.Text.RegularExpressions.Regex.Replace(pad.Name, @"\{([^}]+)\}",
                        m => inPad && m.Groups[1].Value == naam ? "kapot-xyz" : Guid.NewGuid().ToString());
                    if (!inPad)
                    {
                        adres += $"?{naam}=kapot-xyz";
                    }

                    using var request = new HttpRequestMessage(new HttpMethod(operatie.Name.ToUpperInvariant()), "/api/v1" + adres);
                    if (operatie.Name is "post" or "put" or "patch")
                    {
                        request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                    }

                    request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
                    using var response = await Client.SendAsync(request);
                    getest++;
                    var tekst = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode != HttpStatusCode.BadRequest || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    {
                        fouten.Add($"{(int)response.StatusCode} op {operatie.Name} {adres}");
                    }
                    else if (!JsonDocument.Parse(tekst).RootElement.TryGetProperty("errors", out var errors) || !errors.TryGetProperty(naam, out _))
                    {
                        fouten.Add($"{operatie.Name} {adres}: errors noemt {naam} niet: {tekst}");
                    }
                    else if (tekst.Contains("kapot-xyz", StringComparison.Ordinal))
                    {
                        fouten.Add($"{operatie.Name} {adres}: het antwoord herhaalt de waarde");
                    }
                }
            }
        }

        fouten.Should().BeEmpty();
        getest.Should().BeGreaterThan(30, "every operation with an id in its path is walked");
    }

    /// <summary>
    /// The document gives each list's paging its bounds and each fixed filter its codes, from the same validators the
    /// API checks them with.
    /// </summary>
    [Fact]
    public async Task Paginering_en_filters_staan_met_grenzen_en_codes_in_het_document()
    {
        var document = await JsonAsync(await Anoniem.GetAsync("/api/v1/openapi.json"));
        var lijsten = 0;
        foreach (var pad in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operatie in pad.Value.EnumerateObject().Where(o => o.Value.TryGetProperty("parameters", out _)))
            {
                var parameters = operatie.Value.GetProperty("parameters").EnumerateArray()
                    .Where(p => p.GetProperty("in").GetString() == "query")
                    .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("schema"));
                if (parameters.TryGetValue("pagina", out var pagina))
                {
                    lijsten++;
                    pagina.GetProperty("minimum").GetInt32().Should().Be(1, pad.Name);
                    pagina.GetProperty("maximum").GetInt32().Should().Be(10_000, pad.Name);
                    parameters["paginaGrootte"].GetProperty("minimum").GetInt32().Should().Be(1, pad.Name);
                    parameters["paginaGrootte"].GetProperty("maximum").GetInt32().Should().Be(100, pad.Name);
                }

                foreach (var filter in new[] { "status", "kanaal", "bron", "urgentie", "behandelaar" }.Where(parameters.ContainsKey))
                {
                    parameters[filter].GetProperty("enum").GetArrayLength().Should().BeGreaterThan(1, $"{pad.Name} ?{filter}= takes fixed codes");
                }
            }
        }

        lijsten.Should().BeGreaterThanOrEqualTo(6);
        var werkvoorraad = document.GetProperty("paths").GetProperty("/vraagverhelderingen").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("schema"));
        werkvoorraad["urgentie"].GetProperty("enum").EnumerateArray().Select(e => e.GetString()).Should().BeEquivalentTo(["normaal", "hoog", "crisis"]);
        werkvoorraad["behandelaar"].GetProperty("enum").EnumerateArray().Select(e => e.GetString()).Should().BeEquivalentTo(["vrij", "mij", "collega"]);
        var voorzieningen = document.GetProperty("paths").GetProperty("/sociale-kaart/voorzieningen").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Single(p => p.GetProperty("name").GetString() == "kern").GetProperty("schema");
        voorzieningen.GetProperty("enum").EnumerateArray().Select(e => e.GetString()).Should().Contain("Hoevelaken");
    }

    [Theory]
    [InlineData("/api/v1/vraagverhelderingen?urgentie=spoed", "urgentie")]
    [InlineData("/api/v1/aanmeldingen?pagina=0", "pagina")]
    [InlineData("/api/v1/aanmeldingen?pagina=10001", "pagina")]
    [InlineData("/api/v1/aanmeldingen?paginaGrootte=101", "paginaGrootte")]
    public async Task Een_waarde_buiten_de_gedocumenteerde_codes_of_grenzen_is_400(string adres, string veld)
    {
        var response = await Client.GetAsync(adres);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await JsonAsync(response)).GetProperty("errors").EnumerateObject().Select(e => e.Name).Should().Contain(n => n.EndsWith(veld, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A parameter whose value the server parses: an id, a number, a date, a yes/no.</summary>
    private static bool Getypeerd(JsonElement parameter)
    {
        if (parameter.GetProperty("in").GetString() is not ("path" or "query") || !parameter.TryGetProperty("schema", out var schema))
        {
            return false;
        }

        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : null;
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        return type is "integer" or "boolean" || format is "uuid" or "date" or "date-time";
    }
}
