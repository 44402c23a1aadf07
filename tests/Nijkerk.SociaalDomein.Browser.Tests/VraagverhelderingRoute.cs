using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Nijkerk.SociaalDomein.Browser.Tests;

/// <summary>Prepares a vraagverheldering through the API, as the loket would have recorded it, for a page to show.</summary>
internal sealed class VraagverhelderingRoute(HttpClient api)
{
    private static int volgnummer;

    public async Task<Guid> InwonerAsync(string voornamen, string achternaam, string? bsn = null)
    {
        var nummer = Interlocked.Increment(ref volgnummer);
        var response = await api.PostAsJsonAsync("/api/v1/inwoners", new
        {
            voornamen, achternaam, geboortedatum = new DateOnly(1961, 5, 1).AddDays(nummer), postcode = "3862 AB", huisnummer = 40 + nummer,
            woonplaats = "Nijkerk", kern = "Nijkerk", bsn, nieuwOndanksGelijkenis = true,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>An aanmelding for the inwoner, handed on; waits until the outbox opened its vraagverheldering.</summary>
    public async Task<Guid> DoorgezetAsync(Guid inwoner, string vraag)
    {
        var aanmelding = await api.PostAsJsonAsync("/api/v1/aanmeldingen", new { kanaal = "balie", bron = "inwoner-zelf", vraag, inwonerId = inwoner, urgentie = "normaal" });
        var aanmeldingId = (await aanmelding.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await api.PostAsync($"/api/v1/aanmeldingen/{aanmeldingId}/doorzetting", null)).StatusCode.Should().Be(HttpStatusCode.Created);
        var klok = Stopwatch.StartNew();
        while (klok.Elapsed < TimeSpan.FromSeconds(30))
        {
            var overzicht = await api.GetFromJsonAsync<JsonElement>($"/api/v1/inwoners/{inwoner}/overzicht");
            var geopend = overzicht.GetProperty("vraagverhelderingen").EnumerateArray().FirstOrDefault(v => v.GetProperty("aanmeldingId").GetGuid() == aanmeldingId);
            if (geopend.ValueKind == JsonValueKind.Object)
            {
                return geopend.GetProperty("id").GetGuid();
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("De doorgezette aanmelding opende geen vraagverheldering.");
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
