using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

public sealed class AanmeldingenApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Een_post_zonder_inhoud_geeft_400_problem_json_met_nederlandse_meldingen_per_veld_en_schrijft_niets()
    {
        var voor = (await JsonAsync(await Client.GetAsync("/api/v1/aanmeldingen"))).GetProperty("totaal").GetInt32();

        var response = await Client.PostAsync("/api/v1/aanmeldingen", null);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await JsonAsync(response);
        problem.GetProperty("title").GetString().Should().Be("Ongeldige invoer");
        problem.GetProperty("status").GetInt32().Should().Be(400);
        var errors = problem.GetProperty("errors");
        errors.GetProperty("kanaal")[0].GetString().Should().Be("Kies het kanaal waarlangs de vraag binnenkwam.");
        errors.GetProperty("bron")[0].GetString().Should().Be("Kies van wie de vraag komt.");
        errors.GetProperty("vraag")[0].GetString().Should().Be("Noteer de vraag in de woorden van de inwoner.");
        errors.GetProperty("urgentie")[0].GetString().Should().Be("Kies de urgentie.");
        var na = (await JsonAsync(await Client.GetAsync("/api/v1/aanmeldingen"))).GetProperty("totaal").GetInt32();
        na.Should().Be(voor);
    }

    [Fact]
    public async Task Kapotte_json_en_een_verkeerd_mediatype_geven_een_problem_en_geen_interne_details()
    {
        var kapot = await Client.PostAsync("/api/v1/aanmeldingen", new StringContent("{\"kanaal\":", Encoding.UTF8, "application/json"));
        var tekst = await Client.PostAsync("/api/v1/aanmeldingen", new StringContent("hallo", Encoding.UTF8, "text/plain"));

        kapot.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await kapot.Content.ReadAsStringAsync()).Should().NotContain("System.").And.NotContain("JsonException");
        tekst.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        tekst.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Een_aanmelding_wordt_aangemaakt_en_is_op_te_vragen()
    {
        var id = await RegistreerAanmeldingAsync("Ik zoek hulp bij mijn administratie");

        var response = await Client.GetAsync($"/api/v1/aanmeldingen/{id}");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var aanmelding = await JsonAsync(response);
        aanmelding.GetProperty("vraag").GetString().Should().Be("Ik zoek hulp bij mijn administratie");
        aanmelding.GetProperty("status").GetString().Should().Be("open");
        aanmelding.GetProperty("geregistreerdOp").GetString().Should().EndWith("+00:00", "times are answered in UTC");
    }

    [Fact]
    public async Task Een_onbekende_aanmelding_geeft_404_problem_json()
    {
        var response = await Client.GetAsync($"/api/v1/aanmeldingen/{Guid.CreateVersion7()}");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await JsonAsync(response)).GetProperty("detail").GetString().Should().Be("Er is geen aanmelding met deze id.");
    }

    [Fact]
    public async Task De_lijst_is_gepagineerd_met_links_die_de_filters_behouden()
    {
        for (var i = 0; i < 3; i++)
        {
            await RegistreerAanmeldingAsync($"Chatvraag {i}", kanaal: "chat");
        }

        var pagina1 = await JsonAsync(await Client.GetAsync("/api/v1/aanmeldingen?kanaal=chat&paginaGrootte=2"));
        var volgende = pagina1.GetProperty("volgende").GetString()!;
        var pagina2 = await JsonAsync(await Client.GetAsync(new Uri(volgende).PathAndQuery));

        pagina1.GetProperty("totaal").GetInt32().Should().Be(3);
        pagina1.GetProperty("resultaten").GetArrayLength().Should().Be(2);
        pagina1.GetProperty("vorige").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        volgende.Should().Contain("kanaal=chat").And.Contain("pagina=2");
        pagina2.GetProperty("resultaten").GetArrayLength().Should().Be(1);
        pagina2.GetProperty("volgende").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Een_ongeldig_filter_geeft_400_met_het_veld()
    {
        var response = await Client.GetAsync("/api/v1/aanmeldingen?kanaal=fax&paginaGrootte=500");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        errors.TryGetProperty("kanaal", out _).Should().BeTrue();
        errors.TryGetProperty("paginaGrootte", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Een_doorgezette_aanmelding_verschijnt_eenmaal_in_de_werkvoorraad_vraagverheldering()
    {
        var id = await RegistreerAanmeldingAsync("Mijn vader redt het niet meer alleen thuis");
        var klok = Stopwatch.StartNew();

        var doorzetting = await Client.PostAsync($"/api/v1/aanmeldingen/{id}/doorzetting", null);

        doorzetting.StatusCode.Should().Be(HttpStatusCode.Created);
        var gevonden = 0;
        while (gevonden == 0 && klok.Elapsed < TimeSpan.FromSeconds(15))
        {
            var werkvoorraad = await JsonAsync(await Client.GetAsync("/api/v1/vraagverhelderingen?paginaGrootte=100"));
            gevonden = werkvoorraad.GetProperty("resultaten").EnumerateArray().Count(v => v.GetProperty("aanmeldingId").GetGuid() == id);
        }

        gevonden.Should().Be(1);
        Console.WriteLine($"Doorzetting zichtbaar in de werkvoorraad na {klok.ElapsedMilliseconds} ms");
        var tweede = await Client.PostAsync($"/api/v1/aanmeldingen/{id}/doorzetting", null);
        tweede.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
    }
}
