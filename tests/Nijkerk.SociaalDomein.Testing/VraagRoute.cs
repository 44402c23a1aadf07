using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;

namespace Nijkerk.SociaalDomein.Testing;

/// <summary>
/// The route of a question, driven through the API as the loket drives it: an inwoner, his aanmelding handed on, the
/// vraagverheldering it opens, and its afronding with an overdracht. For tests that start further down the route.
/// </summary>
public sealed class VraagRoute(HttpClient api)
{
    private static int volgnummer = Random.Shared.Next(10_000);

    /// <summary>A new inwoner (a birth date and house number of his own, so no likely duplicate is found).</summary>
    public async Task<Guid> InwonerAsync(string voornamen, string achternaam, string? bsn = null, string kern = "Nijkerk")
    {
        var nummer = Interlocked.Increment(ref volgnummer);
        var response = await api.PostAsJsonAsync("/api/v1/inwoners", new
        {
            voornamen, achternaam, geboortedatum = new DateOnly(1940, 1, 1).AddDays(nummer % 20_000), postcode = "3862 AB",
            huisnummer = 1 + (nummer % 9_000), woonplaats = kern, kern, bsn, nieuwOndanksGelijkenis = true,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>An aanmelding for the inwoner, handed on; waits until the outbox opened its vraagverheldering.</summary>
    public async Task<Guid> DoorgezetAsync(Guid inwoner, string vraag, string urgentie = "normaal") =>
        (await DoorgezetMetAanmeldingAsync(inwoner, vraag, urgentie)).Vraagverheldering;

    /// <summary>As <see cref="DoorgezetAsync"/>, answering the aanmelding's id beside the vraagverheldering's.</summary>
    public async Task<(Guid Aanmelding, Guid Vraagverheldering)> DoorgezetMetAanmeldingAsync(Guid inwoner, string vraag, string urgentie = "normaal")
    {
        var aanmelding = await api.PostAsJsonAsync("/api/v1/aanmeldingen", new { kanaal = "balie", bron = "inwoner-zelf", vraag, inwonerId = inwoner, urgentie });
        aanmelding.StatusCode.Should().Be(HttpStatusCode.Created, await aanmelding.Content.ReadAsStringAsync());
        var aanmeldingId = (await aanmelding.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await api.PostAsync($"/api/v1/aanmeldingen/{aanmeldingId}/doorzetting", null)).StatusCode.Should().Be(HttpStatusCode.Created);
        var klok = Stopwatch.StartNew();
        while (klok.Elapsed < TimeSpan.FromSeconds(30))
        {
            var overzicht = await api.GetFromJsonAsync<JsonElement>($"/api/v1/inwoners/{inwoner}/overzicht");
            var geopend = overzicht.GetProperty("vraagverhelderingen").EnumerateArray().FirstOrDefault(v => v.GetProperty("aanmeldingId").GetGuid() == aanmeldingId);
            if (geopend.ValueKind == JsonValueKind.Object)
            {
                return (aanmeldingId, geopend.GetProperty("id").GetGuid());
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("De doorgezette aanmelding opende geen vraagverheldering.");
    }

    /// <summary>
    /// Finishes the vraagverheldering with uitkomst overdracht: one hulpvraag per expertise (on leefgebied financien), the
    /// expertises, and enkelvoudig or meervoudig as the routing table makes it. Answers the afronding's response, so a test
    /// can also see it refused.
    /// </summary>
    public async Task<HttpResponseMessage> RondAfMetOverdrachtAsync(Guid id, params string[] expertises)
    {
        var versie = await VersieAsync(id);
        versie = await PutAsync($"/api/v1/vraagverhelderingen/{id}/rolgesprek", versie, new
        {
            vraagAchterDeVraag = "Zij wil weer overzicht over haar leven.",
            hulpvragen = expertises.Select(e => new { omschrijving = $"Hulp bij {e}", leefgebieden = new[] { "financien" }, expertises = new[] { e } }).ToArray(),
        });
        var teams = (await api.GetFromJsonAsync<JsonElement>("/api/v1/teams")).GetProperty("resultaten").EnumerateArray()
            .Where(t => t.GetProperty("expertises").EnumerateArray().Any(x => expertises.Contains(x.GetProperty("expertise").GetString())))
            .Count();
        await PutAsync($"/api/v1/vraagverhelderingen/{id}/expertises", versie, new { expertises, samenstelling = teams > 1 ? "meervoudig" : "enkelvoudig" });
        return await api.PostAsJsonAsync($"/api/v1/vraagverhelderingen/{id}/afronding", new { uitkomst = "overdracht" });
    }

    /// <summary>
    /// The inwoner's toestemming (a year, samenvatting and contactgegevens) for a partner, so an overdracht to it may go:
    /// schuldhulpverlening goes to Plangroep.
    /// </summary>
    public async Task<Guid> ToestemmingAsync(Guid inwoner, string partner = "Plangroep")
    {
        var vandaag = DateOnly.FromDateTime(DateTime.Today);
        var response = await api.PostAsJsonAsync($"/api/v1/inwoners/{inwoner}/toestemmingen", new
        {
            partnerOrganisatie = partner, gegevens = new[] { "samenvatting", "contactgegevens" }, doel = "De hulpvraag oppakken",
            wijze = "mondeling", gegevenOp = vandaag, geldigTot = vandaag.AddYears(1),
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public async Task<string> VersieAsync(Guid id) => (await api.GetAsync($"/api/v1/vraagverhelderingen/{id}")).Headers.ETag!.Tag;

    public async Task<JsonElement> DetailAsync(Guid id) => await api.GetFromJsonAsync<JsonElement>($"/api/v1/vraagverhelderingen/{id}");

    /// <summary>A PUT on the version given; answers the next version.</summary>
    public async Task<string> PutAsync(string adres, string versie, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, adres) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", versie);
        var response = await api.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
        return response.Headers.ETag!.Tag;
    }

    /// <summary>Puts it back in the werkvoorraad, so a colleague in the browser may record on it.</summary>
    public async Task GeefVrijAsync(Guid id) =>
        (await api.DeleteAsync($"/api/v1/vraagverhelderingen/{id}/behandelaar")).StatusCode.Should().Be(HttpStatusCode.NoContent);
}
