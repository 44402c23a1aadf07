using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Nijkerk.SociaalDomein.Browser.Tests;

/// <summary>The starting data of a vraagverheldering, made through the API as the desk would: an inwoner and a doorgezette aanmelding.</summary>
internal static class VraagverhelderingStart
{
    private static int volgnummer = Random.Shared.Next(1000);

    public static async Task<Guid> InwonerAsync(HttpClient api, string voornamen, string achternaam)
    {
        var nummer = Interlocked.Increment(ref volgnummer);
        var response = await api.PostAsJsonAsync("/api/v1/inwoners", new
        {
            voornamen,
            achternaam,
            geboortedatum = new DateOnly(1960, 1, 1).AddDays(nummer),
            postcode = "3871 AB",
            huisnummer = nummer,
            woonplaats = "Hoevelaken",
            kern = "Hoevelaken",
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>An aanmelding of the inwoner handed on to vraagverheldering; waits until the outbox opened it.</summary>
    public static async Task<Guid> DoorgezetAsync(HttpClient api, Guid inwoner, string vraag)
    {
        var aanmelding = await api.PostAsJsonAsync("/api/v1/aanmeldingen", new { kanaal = "balie", bron = "inwoner-zelf", vraag, inwonerId = inwoner, urgentie = "hoog" });
        aanmelding.EnsureSuccessStatusCode();
        var aanmeldingId = (await aanmelding.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await api.PostAsync($"/api/v1/aanmeldingen/{aanmeldingId}/doorzetting", null)).EnsureSuccessStatusCode();
        var klok = Stopwatch.StartNew();
        while (klok.Elapsed < TimeSpan.FromSeconds(30))
        {
            var overzicht = await api.GetFromJsonAsync<JsonElement>($"/api/v1/inwoners/{inwoner}/overzicht");
            var geopend = overzicht.GetProperty("vraagverhelderingen").EnumerateArray()
                .FirstOrDefault(v => v.GetProperty("aanmeldingId").GetGuid() == aanmeldingId);
            if (geopend.ValueKind == JsonValueKind.Object)
            {
                return geopend.GetProperty("id").GetGuid();
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("De doorgezette aanmelding opende geen vraagverheldering.");
    }
}
