using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FluentAssertions;

namespace Nijkerk.SociaalDomein.Testing;

/// <summary>
/// The route to an ondersteuningsplan, driven through the API: a meervoudige question (scored, handed over to Jeugd &amp;
/// Onderwijs and Werk &amp; Inkomen) lands in "regie gevraagd", and the teamleider assigns a regisseur. <paramref name="api"/>
/// drives the loket's part, <paramref name="teamleider"/> is a signed-in teamleider (role beleid).
/// </summary>
public sealed class RegieRoute(HttpClient api, HttpClient teamleider)
{
    /// <summary>The start scores the question is given: financiën 2, huisvesting 1, werk &amp; opleiding 3.</summary>
    public static readonly IReadOnlyDictionary<string, int> StartScores = new Dictionary<string, int>
    {
        ["financien"] = 2, ["huisvesting"] = 1, ["werk-opleiding"] = 3,
    };

    public VraagRoute Vraag { get; } = new(api);

    /// <summary>A meervoudige question of a new inwoner (or of <paramref name="inwoner"/>), waiting in "regie gevraagd".</summary>
    public async Task<(Guid Inwoner, Guid Regieverzoek)> GevraagdAsync(string achternaam, Guid? inwoner = null)
    {
        var wie = inwoner ?? await Vraag.InwonerAsync("Fatima", achternaam);
        var vraagverheldering = await Vraag.DoorgezetAsync(wie, "Schulden, geen werk en de kinderen lopen vast op school");
        var versie = await Vraag.VersieAsync(vraagverheldering);
        foreach (var (leefgebied, score) in StartScores)
        {
            versie = await Vraag.PutAsync($"/api/v1/vraagverhelderingen/{vraagverheldering}/leefgebieden/{leefgebied}", versie, new { score, toelichting = "Besproken aan de keukentafel." });
        }

        var afronding = await Vraag.RondAfMetOverdrachtAsync(vraagverheldering, "jeugd", "inkomen");
        afronding.StatusCode.Should().Be(HttpStatusCode.Created, await afronding.Content.ReadAsStringAsync());
        var klok = Stopwatch.StartNew();
        while (klok.Elapsed < TimeSpan.FromSeconds(30))
        {
            var lijst = await teamleider.GetFromJsonAsync<JsonElement>("/api/v1/regieverzoeken?paginaGrootte=100");
            var verzoek = lijst.GetProperty("resultaten").EnumerateArray()
                .FirstOrDefault(v => v.GetProperty("vraagverhelderingId").GetGuid() == vraagverheldering && v.GetProperty("teams").GetArrayLength() > 0);
            if (verzoek.ValueKind == JsonValueKind.Object)
            {
                return (wie, verzoek.GetProperty("id").GetGuid());
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("De meervoudige vraag kwam niet in 'regie gevraagd'.");
    }

    /// <summary>The teamleider assigns the regisseur with this display name; answers the response, so a test can see it refused.</summary>
    public async Task<HttpResponseMessage> WijsToeAsync(Guid regieverzoek, string regisseurNaam)
    {
        var regisseurs = await teamleider.GetFromJsonAsync<JsonElement>("/api/v1/regisseurs");
        var id = regisseurs.GetProperty("resultaten").EnumerateArray().Single(r => r.GetProperty("naam").GetString() == regisseurNaam).GetProperty("id").GetString();
        return await teamleider.PostAsJsonAsync($"/api/v1/regieverzoeken/{regieverzoek}/toewijzing", new { regisseurId = id, telefoon = "033 247 12 34" });
    }

    /// <summary>A running plan for a new inwoner's household, with the regisseur named <paramref name="regisseurNaam"/>.</summary>
    public async Task<(Guid Inwoner, Guid Plan, Guid Huishouden)> PlanAsync(string achternaam, string regisseurNaam)
    {
        var (inwoner, verzoek) = await GevraagdAsync(achternaam);
        var response = await WijsToeAsync(verzoek, regisseurNaam);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var gestart = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (inwoner, gestart.GetProperty("planId").GetGuid(), gestart.GetProperty("huishoudenId").GetGuid());
    }
}
