using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using Xunit.Abstractions;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// An outside integrator who has only the served document: for every POST and PUT it sends the document's own example,
/// and separately a minimal body built from the schema (the required fields, the first code of an enum, a value of the
/// format), with the path filled from resources it made through the API first. Each must be accepted: a 2xx, or a
/// state error the operation documents (409, 412, 422) where the resource's state asks for it; never a 400, a 404
/// or a 5xx. An operation with a body but no example fails here.
/// </summary>
public sealed class IntegratorAcceptatieTests(ApiFactory factory, ITestOutputHelper output) : ApiTestBase(factory)
{
    private static readonly string[] Toestandsfouten = ["409", "412", "422"];

    /// <summary>
    /// Minimal bodies a schema cannot make valid, because a rule ties fields together: search by BSN, or by name and date
    /// of birth, or by postcode and house number; a terugbelverzoek goes to a medewerker or a team; a leefgebied has a score
    /// or is niet besproken; an HSDS import carries at least one of its five arrays, each optional on its own; a herroutering
    /// names a team or a partner. The example
    /// shows how and the description says so.
    /// </summary>
    private static readonly HashSet<string> MinimaalNietUitSchema =
        ["post /inwoners/_zoek", "post /aanmeldingen/{id}/terugbelverzoeken", "put /vraagverhelderingen/{id}/leefgebieden/{code}",
         "post /sociale-kaart/import", "post /overdrachten/{id}/herroutering"];

    /// <summary>
    /// Operations for staff only (the ijsbreker's, the regisseur's closing, the beheerder's rota): no key can be given
    /// their right, so every key, even one with all scopes, is refused (403). Their own API tests call them signed in.
    /// </summary>
    private static readonly HashSet<string> AlleenVoorMedewerkers =
        ["post /ijsbrekersrooster", "post /escalaties/{id}/besluiten", "post /escalaties/{id}/uitgaven",
         "post /escalaties/{id}/uitgaven/{uitgaveId}/goedkeuring", "post /escalaties/{id}/afhandeling", "post /plannen/{id}/afsluiting",
         "post /monitoring/herbouw",
         "put /knelpunten/{id}/behandeling", "put /bewaartermijnen/{categorie}", "post /vernietigingslijsten/{id}/beoordeling"];

    private JsonElement document;
    // Shared by the tests of the class, which share one database: every code made here is new.
    private static int volgnummer;

    [Fact]
    public async Task Elke_post_en_put_aanvaardt_het_voorbeeld_uit_het_document()
    {
        document = await JsonAsync(await Anoniem.GetAsync("/api/v1/openapi.json"));
        var fouten = new List<string>();
        foreach (var (methode, pad, operatie) in Operaties())
        {
            JsonNode? body = null;
            if (operatie.TryGetProperty("requestBody", out var verzoek))
            {
                if (!verzoek.GetProperty("content").GetProperty("application/json").TryGetProperty("example", out var voorbeeld))
                {
                    fouten.Add($"{methode} {pad}: het document geeft geen voorbeeld van de body");
                    continue;
                }

                body = JsonNode.Parse(voorbeeld.GetRawText());
            }

            if (AlleenVoorMedewerkers.Contains($"{methode} {pad}"))
            {
                fouten.AddRange(await GeweigerdAsync(methode, pad, body));
                continue;
            }

            if (await StuurAsync(methode, pad, operatie, body) is { } fout)
            {
                fouten.Add(fout);
            }
        }

        fouten.Should().BeEmpty();
    }

    [Fact]
    public async Task Elke_post_en_put_aanvaardt_een_minimale_body_uit_het_schema()
    {
        document = await JsonAsync(await Anoniem.GetAsync("/api/v1/openapi.json"));
        var fouten = new List<string>();
        foreach (var (methode, pad, operatie) in Operaties().Where(o => o.Operatie.TryGetProperty("requestBody", out _)))
        {
            if (MinimaalNietUitSchema.Contains($"{methode} {pad}") || AlleenVoorMedewerkers.Contains($"{methode} {pad}"))
            {
                continue;
            }

            var media = operatie.GetProperty("requestBody").GetProperty("content").GetProperty("application/json");
            var voorbeeld = media.TryGetProperty("example", out var v) ? v : default;
            var body = Minimaal(media.GetProperty("schema"), voorbeeld, null);
            if (await StuurAsync(methode, pad, operatie, body) is { } fout)
            {
                fouten.Add(fout);
            }
        }

        fouten.Should().BeEmpty();
    }

    /// <summary>Every POST and PUT; those on a path without parameters first, so a creating call meets an empty store.</summary>
    private IEnumerable<(string Methode, string Pad, JsonElement Operatie)> Operaties() =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Name is "post" or "put").Select(o => (Methode: o.Name, Pad: p.Name, Operatie: o.Value)))
            .OrderBy(o => o.Pad.Contains('{', StringComparison.Ordinal))
            .ToList();

    private async Task<string?> StuurAsync(string methode, string pad, JsonElement operatie, JsonNode? body)
    {
        var adres = await AdresAsync(pad);
        if (body is JsonObject velden)
        {
            await VulIdsAsync(velden);
        }

        using var request = new HttpRequestMessage(new HttpMethod(methode.ToUpperInvariant()), "/api/v1" + adres);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        if (VraagtVersie(operatie) && await ETagAsync(adres) is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        using var response = await KlantVoor(adres).SendAsync(request);
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        output.WriteLine($"{status} {methode} {adres}{(status.StartsWith('2') ? "" : " " + await response.Content.ReadAsStringAsync())}");
        var gedocumenteerd = operatie.GetProperty("responses").TryGetProperty(status, out _);
        return status.StartsWith('2') || (Toestandsfouten.Contains(status) && gedocumenteerd)
            ? null
            : $"{status} op {methode} {pad} met {body?.ToJsonString() ?? "(geen body)"}: {await response.Content.ReadAsStringAsync()}";
    }

    /// <summary>A staff-only operation, with any ids in its path: the key with every scope is refused (403), nothing else.</summary>
    private async Task<IEnumerable<string>> GeweigerdAsync(string methode, string pad, JsonNode? body)
    {
        var adres = Regex.Replace(pad, @"\{[^}]+\}", _ => Guid.NewGuid().ToString());
        using var request = new HttpRequestMessage(new HttpMethod(methode.ToUpperInvariant()), "/api/v1" + adres);
        request.Content = new StringContent(body?.ToJsonString() ?? "{}", Encoding.UTF8, "application/json");
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        using var response = await Client.SendAsync(request);
        output.WriteLine($"{(int)response.StatusCode} {methode} {adres} (alleen voor medewerkers)");
        return response.StatusCode == HttpStatusCode.Forbidden ? [] : [$"{(int)response.StatusCode} op {methode} {pad}: alleen voor medewerkers, een sleutel hoort 403 te krijgen"];
    }

    private static bool VraagtVersie(JsonElement operatie) =>
        operatie.GetProperty("responses").TryGetProperty("428", out _) || operatie.GetProperty("responses").TryGetProperty("412", out _);

    /// <summary>The ETag of the resource the path edits: the path up to its first id, as the GET answers it.</summary>
    private async Task<string?> ETagAsync(string adres)
    {
        var delen = adres.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var tot = Array.FindIndex(delen, d => Guid.TryParse(d, out _));
        var resource = "/" + string.Join('/', delen[..(tot + 1)]);
        using var response = await KlantVoor(resource).GetAsync("/api/v1" + resource);
        return response.Headers.ETag?.ToString();
    }

    /// <summary>The path with each parameter filled by a resource of that kind, made through the API.</summary>
    private async Task<string> AdresAsync(string pad)
    {
        var adres = pad;
        (string Code, string Leefgebied)? methode = null;
        foreach (Match parameter in Regex.Matches(pad, @"\{([^}]+)\}"))
        {
            var voor = pad[..parameter.Index];
            var waarde = (parameter.Groups[1].Value, voor) switch
            {
                ("id", _) when voor.EndsWith("/inwoners/", StringComparison.Ordinal) => (await InwonerAsync()).ToString(),
                ("id", _) when voor.EndsWith("/aanmeldingen/", StringComparison.Ordinal) => (await AanmeldingAsync(null)).ToString(),
                ("id", _) when voor.EndsWith("/vraagverhelderingen/", StringComparison.Ordinal) => (await VraagverhelderingAsync()).ToString(),
                ("id", _) when voor.EndsWith("/overdrachten/", StringComparison.Ordinal) => (await OverdrachtAsync()).ToString(),
                ("id", _) when voor.EndsWith("/plannen/", StringComparison.Ordinal) => (await PlanAsync()).ToString(),
                ("actieId", _) => (await ActieAsync(Guid.Parse(adres.Split('/')[2]))).ToString(),
                ("id", _) when voor.EndsWith("/regieverzoeken/", StringComparison.Ordinal) => (await new RegieRoute(Client, Client).GevraagdAsync("Acceptatie")).Regieverzoek.ToString(),
                ("id", _) when voor.EndsWith("/huishoudens/", StringComparison.Ordinal) => (await HuishoudenAsync()).ToString(),
                ("id", _) when voor.EndsWith("/sociale-kaart/organisaties/", StringComparison.Ordinal) => (await OrganisatieAsync()).ToString(),
                ("id", _) when voor.EndsWith("/sociale-kaart/voorzieningen/", StringComparison.Ordinal) => (await VoorzieningAsync()).ToString(),
                ("id", _) when voor.EndsWith("/knelpunten/", StringComparison.Ordinal) => (await KnelpuntAsync()).ToString(),
                ("toestemmingId", _) => (await MaakAsync($"/inwoners/{adres.Split('/')[2]}/toestemmingen", VoorbeeldVan("/inwoners/{id}/toestemmingen"))).ToString(),
                ("terugbelverzoekId", _) => await TerugbelverzoekAsync(Guid.Parse(adres.Split('/')[2])),
                ("methode", _) => (methode ??= await MethodeAsync()).Code,
                ("code", _) when voor.StartsWith("/methoden/", StringComparison.Ordinal) => (methode ??= await MethodeAsync()).Leefgebied,
                ("code", _) => await LeefgebiedAsync(),
                ("tabel", _) when voor.EndsWith("/monitoring/kerncijfers/", StringComparison.Ordinal) => "uitkomsten",
                _ => throw new InvalidOperationException($"Onbekende padparameter {parameter.Value} in {pad}: leer de test hoe die te maken."),
            };
            adres = adres.Replace(parameter.Value, waarde, StringComparison.Ordinal);
        }

        return adres;
    }

    /// <summary>An id in the body points at something that exists: one of that kind, made through the API.</summary>
    private async Task VulIdsAsync(JsonObject velden)
    {
        foreach (var (naam, waarde) in velden.ToList())
        {
            // A list of objects (the members of a household) holds ids of its own: each item points at one of its own.
            if (waarde is JsonArray lijst)
            {
                foreach (var item in lijst.OfType<JsonObject>())
                {
                    await VulIdsAsync(item);
                }

                continue;
            }

            if (waarde is not JsonValue || !Guid.TryParse(waarde.ToString(), out _))
            {
                continue;
            }

            velden[naam] = naam switch
            {
                "organisatieId" => (await OrganisatieAsync()).ToString(),
                "regisseurId" => await RegisseurAsync(),
                _ when naam.EndsWith("InwonerId", StringComparison.OrdinalIgnoreCase) => (await InwonerAsync()).ToString(),
                _ => waarde.ToString(),
            };
        }
    }

    /// <summary>
    /// The required fields only, each with the first code of its enum, else the example's value, else a value of its
    /// format; a list with as many items as its minItems; a yes/no true.
    /// </summary>
    private JsonNode? Minimaal(JsonElement schema, JsonElement voorbeeld, string? veld)
    {
        if (schema.TryGetProperty("$ref", out var verwijzing))
        {
            schema = document.GetProperty("components").GetProperty("schemas").GetProperty(verwijzing.GetString()!.Split('/')[^1]);
        }

        if (schema.TryGetProperty("enum", out var codes))
        {
            return JsonNode.Parse(codes.EnumerateArray().First(c => c.ValueKind != JsonValueKind.Null).GetRawText());
        }

        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : schema.TryGetProperty("properties", out _) ? "object" : "string";
        switch (type)
        {
            case "object":
                var object_ = new JsonObject();
                var verplicht = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
                foreach (var naam in verplicht)
                {
                    var deel = voorbeeld.ValueKind == JsonValueKind.Object && voorbeeld.TryGetProperty(naam, out var w) ? w : default;
                    object_[naam] = Minimaal(schema.GetProperty("properties").GetProperty(naam), deel, naam);
                }

                return object_;
            case "array":
                var aantal = schema.TryGetProperty("minItems", out var minItems) ? minItems.GetInt32() : 0;
                var lijst = new JsonArray();
                for (var i = 0; i < aantal; i++)
                {
                    // An item of the example where it has one, as an integrator copies it; else one built from the schema.
                    lijst.Add(voorbeeld.ValueKind == JsonValueKind.Array && voorbeeld.GetArrayLength() > i
                        ? JsonNode.Parse(voorbeeld[i].GetRawText())
                        : Minimaal(schema.GetProperty("items"), default, veld));
                }

                return lijst;
            case "boolean":
                return JsonValue.Create(true);
            case "integer" or "number":
                return voorbeeld.ValueKind == JsonValueKind.Number ? JsonValue.Create(voorbeeld.GetInt32())
                    : JsonValue.Create(schema.TryGetProperty("minimum", out var minimum) ? Math.Max(minimum.GetInt32(), 1) : 1);
        }

        if (voorbeeld.ValueKind == JsonValueKind.String)
        {
            return JsonValue.Create(voorbeeld.GetString());
        }

        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        var tekst = format switch
        {
            "uuid" => Guid.NewGuid().ToString(),
            "date" => "2020-01-15",
            "date-time" => DateTimeOffset.UtcNow.AddHours(-1).ToString("O"),
            "email" => "voorbeeld@voorbeeld.nl",
            _ => $"voorbeeld-{++volgnummer}",
        };
        if (schema.TryGetProperty("pattern", out var patroon) && !Regex.IsMatch(tekst, patroon.GetString()!))
        {
            voorbeeld.ValueKind.Should().Be(JsonValueKind.String, $"the example shows a value for {veld} that matches its pattern");
            return JsonValue.Create(voorbeeld.GetString());
        }

        return JsonValue.Create(tekst);
    }

    // The resources the paths need, made through the API with the document's own examples.
    private JsonNode VoorbeeldVan(string pad) =>
        JsonNode.Parse(document.GetProperty("paths").GetProperty(pad).GetProperty("post").GetProperty("requestBody")
            .GetProperty("content").GetProperty("application/json").GetProperty("example").GetRawText())!;

    private async Task<Guid> MaakAsync(string pad, JsonNode body)
    {
        using var response = await Client.PostAsync("/api/v1" + pad, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        response.StatusCode.Should().Be(HttpStatusCode.Created, $"POST {pad} {body.ToJsonString()}: {await response.Content.ReadAsStringAsync()}");
        return (await JsonAsync(response)).GetProperty("id").GetGuid();
    }

    private async Task<Guid> InwonerAsync()
    {
        var body = VoorbeeldVan("/inwoners");
        body["nieuwOndanksGelijkenis"] = true;
        return await MaakAsync("/inwoners", body);
    }

    private async Task<Guid> AanmeldingAsync(Guid? inwoner)
    {
        var body = VoorbeeldVan("/aanmeldingen");
        body["inwonerId"] = inwoner?.ToString();
        return await MaakAsync("/aanmeldingen", body);
    }

    /// <summary>A household of new inwoners, from the document's example.</summary>
    private async Task<Guid> HuishoudenAsync()
    {
        var body = VoorbeeldVan("/huishoudens");
        await VulIdsAsync(body.AsObject());
        return await MaakAsync("/huishoudens", body);
    }

    private async Task<Guid> OrganisatieAsync() => await MaakAsync("/sociale-kaart/organisaties", VoorbeeldVan("/sociale-kaart/organisaties"));

    private async Task<Guid> VoorzieningAsync()
    {
        var body = VoorbeeldVan("/sociale-kaart/voorzieningen");
        body["organisatieId"] = (await OrganisatieAsync()).ToString();
        return await MaakAsync("/sociale-kaart/voorzieningen", body);
    }

    /// <summary>A knelpunt of its own: the example under a new description, since the same open one would only be counted.</summary>
    private async Task<Guid> KnelpuntAsync()
    {
        var body = VoorbeeldVan("/knelpunten");
        body["omschrijving"] = $"{body["omschrijving"]} ({++volgnummer})";
        return await MaakAsync("/knelpunten", body);
    }

    private async Task<string> TerugbelverzoekAsync(Guid aanmelding) =>
        (await MaakAsync($"/aanmeldingen/{aanmelding}/terugbelverzoeken", VoorbeeldVan("/aanmeldingen/{id}/terugbelverzoeken"))).ToString();

    /// <summary>A method of the test's own (the example's, under a new code), so renaming its leefgebied touches nobody else's.</summary>
    private async Task<(string Code, string Leefgebied)> MethodeAsync()
    {
        var body = VoorbeeldVan("/methoden");
        var code = $"{body["code"]}-{++volgnummer}";
        body["code"] = code;
        body["naam"] = $"{body["naam"]} {volgnummer}";
        foreach (var leefgebied in body["leefgebieden"]!.AsArray())
        {
            leefgebied!["code"] = $"{leefgebied["code"]}-{volgnummer}";
        }

        using var response = await Client.PostAsync("/api/v1/methoden", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (code, body["leefgebieden"]![0]!["code"]!.GetValue<string>());
    }

    private async Task<string> LeefgebiedAsync() =>
        (await JsonAsync(await Client.GetAsync("/api/v1/leefgebieden"))).GetProperty("resultaten")[0].GetProperty("code").GetString()!;

    /// <summary>An aanmelding of a new inwoner, handed on; waits until the outbox opened its vraagverheldering.</summary>
    private async Task<Guid> VraagverheldingAsyncKern(Guid inwoner, Guid aanmelding)
    {
        (await Client.PostAsync($"/api/v1/aanmeldingen/{aanmelding}/doorzetting", null)).StatusCode.Should().Be(HttpStatusCode.Created);
        var klok = Stopwatch.StartNew();
        while (klok.Elapsed < TimeSpan.FromSeconds(15))
        {
            var overzicht = await JsonAsync(await Client.GetAsync($"/api/v1/inwoners/{inwoner}/overzicht"));
            var geopend = overzicht.GetProperty("vraagverhelderingen").EnumerateArray()
                .FirstOrDefault(v => v.GetProperty("aanmeldingId").GetGuid() == aanmelding);
            if (geopend.ValueKind == JsonValueKind.Object)
            {
                return geopend.GetProperty("id").GetGuid();
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("De doorgezette aanmelding opende geen vraagverheldering.");
    }

    private async Task<Guid> VraagverhelderingAsync()
    {
        var inwoner = await InwonerAsync();
        return await VraagverheldingAsyncKern(inwoner, await AanmeldingAsync(inwoner));
    }

    /// <summary>
    /// A plan is kept by the people with a part in it, signed in (PlanToegang): a municipal key has no part in a plan (404)
    /// and cannot hold plannen:beheren or plannen:bijdragen (staff rights, not scopes), so a plan's paths are called as its
    /// regisseur, as the plan page does.
    /// </summary>
    private HttpClient KlantVoor(string adres) => adres.StartsWith("/plannen/", StringComparison.Ordinal) && planRegisseur is not null ? planRegisseur : Client;

    private HttpClient? planRegisseur;
    private Guid? integratorPlan;

    /// <summary>One running plan for the class's operations, started through the real route; its regisseur signed in.</summary>
    private async Task<Guid> PlanAsync()
    {
        if (integratorPlan is { } bestaand)
        {
            return bestaand;
        }

        var naam = "Regisseur " + Interlocked.Increment(ref volgnummer);
        planRegisseur = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync(naam, Rollen.Regisseur));
        var teamleider = await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync("Tamara Teamleider", Rollen.Beleid));
        var (_, plan, _) = await new RegieRoute(Client, teamleider).PlanAsync("Acceptatieplan", naam);
        integratorPlan = plan;
        return plan;
    }

    /// <summary>An actie of the plan, added by its regisseur with the document's own example.</summary>
    private async Task<Guid> ActieAsync(Guid plan)
    {
        using var gelezen = await planRegisseur!.GetAsync($"/api/v1/plannen/{plan}");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/plannen/{plan}/acties")
        {
            Content = new StringContent(VoorbeeldVan("/plannen/{id}/acties").ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", gelezen.Headers.ETag!.ToString());
        using var response = await planRegisseur.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response)).GetProperty("id").GetGuid();
    }

    /// <summary>A staff account with the role regisseur, by the id GET /regisseurs gives.</summary>
    private async Task<string> RegisseurAsync()
    {
        var naam = "Regisseur " + Interlocked.Increment(ref volgnummer);
        await Factory.MaakMedewerkerAsync(naam, Rollen.Regisseur);
        var regisseurs = await JsonAsync(await Client.GetAsync("/api/v1/regisseurs"));
        return regisseurs.GetProperty("resultaten").EnumerateArray().Single(r => r.GetProperty("naam").GetString() == naam).GetProperty("id").GetString()!;
    }


    /// <summary>An overdracht still offered (to Wmo), from a vraagverheldering afgerond with an overdracht.</summary>
    private async Task<Guid> OverdrachtAsync()
    {
        var route = new VraagRoute(Client);
        var (aanmelding, vraagverheldering) = await route.DoorgezetMetAanmeldingAsync(await route.InwonerAsync("Olga", "Overdracht"), "Hulp in huis");
        (await route.RondAfMetOverdrachtAsync(vraagverheldering, "wmo-2015")).StatusCode.Should().Be(HttpStatusCode.Created);
        var klok = Stopwatch.StartNew();
        while (klok.Elapsed < TimeSpan.FromSeconds(30))
        {
            using var lijst = await Client.GetAsync("/api/v1/overdrachten?paginaGrootte=100");
            var gevonden = JsonDocument.Parse(await lijst.Content.ReadAsStringAsync()).RootElement.GetProperty("resultaten").EnumerateArray()
                .FirstOrDefault(o => o.GetProperty("aanmeldingId").GetGuid() == aanmelding);
            if (gevonden.ValueKind == JsonValueKind.Object)
            {
                return gevonden.GetProperty("id").GetGuid();
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("Geen overdracht aangeboden.");
    }
}
