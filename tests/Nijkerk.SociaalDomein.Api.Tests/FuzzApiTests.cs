using System.Net;
using System.Text;
using System.Text.Json;
using Dapper;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;
using Xunit.Abstractions;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// Every operation the served document lists, called with what an integrator's bug or an attacker sends: wrong
/// types, nulls, huge strings, NUL and lone surrogates, very large and negative numbers, unknown codes, deep nesting,
/// empty and non-JSON bodies, and path parameters that are no id. No answer may be a 5xx, every refusal is
/// problem+json, and nothing is written.
/// </summary>
public sealed class FuzzApiTests(ApiFactory factory, ITestOutputHelper output) : ApiTestBase(factory)
{
    private static readonly string[] Schemas = ["intake", "vraagverheldering", "overdracht", "regie", "sociale_kaart"];

    [Fact]
    public async Task Geen_operatie_geeft_een_5xx_op_kapotte_invoer_en_er_wordt_niets_geschreven()
    {
        var document = await JsonAsync(await Anoniem.GetAsync("/api/v1/openapi.json"));
        var voor = await RijenAsync();
        var fouten = new List<string>();
        var verzoeken = 0;

        foreach (var pad in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operatie in pad.Value.EnumerateObject())
            {
                var methode = new HttpMethod(operatie.Name.ToUpperInvariant());
                foreach (var adres in Adressen(pad.Name, operatie.Value))
                {
                    foreach (var body in methode == HttpMethod.Get || methode == HttpMethod.Delete ? [null] : Bodies(document, operatie.Value))
                    {
                        verzoeken++;
                        var fout = await ProbeerAsync(methode, adres, body);
                        if (fout is not null)
                        {
                            fouten.Add(fout);
                        }
                    }
                }
            }
        }

        output.WriteLine($"{verzoeken} verzoeken");
        fouten.Should().BeEmpty();
        (await RijenAsync()).Should().Equal(voor, "a refused request writes nothing");
    }

    private async Task<string?> ProbeerAsync(HttpMethod methode, string adres, HttpContent? body)
    {
        using var request = new HttpRequestMessage(methode, "/api/v1" + adres) { Content = body };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        using var response = await Client.SendAsync(request);
        var status = (int)response.StatusCode;
        var soort = response.Content.Headers.ContentType?.MediaType;
        var wat = $"{methode} {adres} {Beschrijf(body)}";
        if (status >= 500)
        {
            return $"{status} op {wat}";
        }

        if (status >= 400 && soort != "application/problem+json")
        {
            return $"{status} zonder problem+json ({soort}) op {wat}";
        }

        // A 2xx is no failure by itself (an HSDS document with empty lists is a valid, empty import); that nothing was
        // written is checked on the tables afterwards.
        return null;
    }

    /// <summary>The path with its parameters filled in badly (no id, a huge number, NUL) and with an unknown id.</summary>
    private static IEnumerable<string> Adressen(string pad, JsonElement operatie)
    {
        var query = Query(operatie);
        if (!pad.Contains('{', StringComparison.Ordinal))
        {
            return [pad, pad + query];
        }

        // No %00 in a path: Kestrel refuses it with a 400 before the application (the test server cannot even send it).
        return new[] { Guid.NewGuid().ToString(), "geen-id", "99999999999999999999", "%2e%2e", new string('a', 2000) }
            .Select(waarde => System.Text.RegularExpressions.Regex.Replace(pad, @"\{[^}]+\}", waarde))
            .Append(System.Text.RegularExpressions.Regex.Replace(pad, @"\{[^}]+\}", Guid.NewGuid().ToString()) + query);
    }

    private static string Query(JsonElement operatie) =>
        operatie.TryGetProperty("parameters", out var parameters)
            ? "?" + string.Join('&', parameters.EnumerateArray()
                .Where(p => p.GetProperty("in").GetString() == "query")
                .Select((p, i) => $"{p.GetProperty("name").GetString()}={SlechteWaarden[i % SlechteWaarden.Length]}"))
            : "";

    private static readonly string[] SlechteWaarden = ["-1", "99999999999999999999", "%00", "abc", "1e400", "%ED%A0%80", "", "null"];

    private static IEnumerable<HttpContent?> Bodies(JsonElement document, JsonElement operatie)
    {
        yield return null;
        yield return AlsJson("");
        yield return AlsJson("null");
        yield return AlsJson("[]");
        yield return AlsJson("\"tekst\"");
        yield return AlsJson("{\"a\":");
        yield return AlsJson(new string('[', 5000) + new string(']', 5000));
        yield return new StringContent("<xml/>", Encoding.UTF8, "application/xml");
        var velden = Velden(document, operatie).ToList();
        foreach (var slecht in new[] { "12345678901234567890", "-1", "true", "[]", "{}", "\"\\u0000\"", "\"\\ud800\"", "\"onbekende-code\"", "1e400",
                     "\"" + new string('x', 100_000) + "\"" })
        {
            yield return AlsJson("{" + string.Join(',', velden.Select(v => $"\"{v}\":{slecht}")) + "}");
        }
    }

    private static IEnumerable<string> Velden(JsonElement document, JsonElement operatie)
    {
        if (!operatie.TryGetProperty("requestBody", out var body)
            || !body.GetProperty("content").TryGetProperty("application/json", out var json)
            || !json.GetProperty("schema").TryGetProperty("$ref", out var verwijzing))
        {
            return ["onbekend"];
        }

        var schema = document.GetProperty("components").GetProperty("schemas").GetProperty(verwijzing.GetString()!.Split('/')[^1]);
        return schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(p => p.Name) : ["onbekend"];
    }

    private static StringContent AlsJson(string tekst) => new(tekst, Encoding.UTF8, "application/json");

    private static string Beschrijf(HttpContent? body) =>
        body is null ? "(geen inhoud)" : body.ReadAsStringAsync().Result is var tekst && tekst.Length > 80 ? tekst[..80] + "…" : body.ReadAsStringAsync().Result;

    private async Task<List<long>> RijenAsync()
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        var tabellen = (await connection.QueryAsync<string>(
            "select format('%I.%I', schemaname, tablename) from pg_tables where schemaname = any(@Schemas) and tablename not in ('schema_versions') order by 1",
            new { Schemas })).ToList();
        var aantallen = new List<long>();
        foreach (var tabel in tabellen)
        {
            aantallen.Add(await connection.ExecuteScalarAsync<long>($"select count(*) from {tabel}"));
        }

        return aantallen;
    }
}
