using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Monitoring.Tests;

/// <summary>
/// Teamleider / beleid sees monitoring figures only, never a person (domain.md, Roles; issue 14 point 7): every page
/// and API resource about an inwoner, an aanmelding, a vraagverheldering, an overdracht, a household or a plan answers
/// 403 to him, also for an inwoner and an aanmelding that exist.
/// </summary>
public sealed class BeleidZietGeenPersoonTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Geen_pagina_of_api_over_een_persoon_antwoordt_aan_beleid()
    {
        var loket = await factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var inwoner = await new VraagRoute(loket).InwonerAsync("Bea", "Verborgen");
        var aanmelding = await loket.PostAsJsonAsync("/api/v1/aanmeldingen", new { kanaal = "balie", bron = "inwoner-zelf", vraag = "Hulp bij de huur.", inwonerId = inwoner, urgentie = "normaal" });
        aanmelding.StatusCode.Should().Be(HttpStatusCode.Created);
        var aanmeldingId = (await aanmelding.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var onbekend = Guid.NewGuid();
        var beleid = await factory.IngelogdeClientAsync(await factory.MaakMedewerkerAsync("Bert Beleid", Rollen.Beleid));

        string[] paginas =
        [
            $"/inwoners/{inwoner}", $"/inwoners/{inwoner}/toestemmingen", $"/inwoners/{inwoner}/wijzigen", "/inwoners/nieuw",
            "/aanmeldingen", $"/aanmeldingen/{aanmeldingId}", "/aanmeldingen/nieuw", "/werkvoorraad", "/terugbelverzoeken",
            "/vraagverhelderingen", $"/vraagverhelderingen/{onbekend}", "/overdrachten", $"/overdrachten/{onbekend}",
            "/overdrachten/mijn-inwoners", $"/huishoudens/{onbekend}", "/plannen", $"/plannen/{onbekend}", $"/plannen/{onbekend}/afdruk",
            "/escalaties",
        ];
        string[] api =
        [
            $"/api/v1/inwoners/{inwoner}", $"/api/v1/inwoners/{inwoner}/bsn", $"/api/v1/inwoners/{inwoner}/overzicht",
            $"/api/v1/inwoners/{inwoner}/toestemmingen", "/api/v1/aanmeldingen", $"/api/v1/aanmeldingen/{aanmeldingId}",
            "/api/v1/terugbelverzoeken", "/api/v1/vraagverhelderingen", $"/api/v1/vraagverhelderingen/{onbekend}",
            "/api/v1/overdrachten", $"/api/v1/overdrachten/{onbekend}", $"/api/v1/huishoudens/{onbekend}", "/api/v1/plannen",
            $"/api/v1/plannen/{onbekend}", "/api/v1/escalaties",
        ];

        foreach (var adres in api)
        {
            (await beleid.GetAsync(adres)).StatusCode.Should().Be(HttpStatusCode.Forbidden, adres);
        }

        // A page sends him to "geen toegang", which says so in Dutch with status 403.
        foreach (var adres in paginas)
        {
            var pagina = await beleid.GetAsync(adres);
            pagina.StatusCode.Should().Be(HttpStatusCode.Redirect, adres);
            pagina.Headers.Location!.AbsolutePath.Should().Be("/geen-toegang", adres);
            var geweigerd = await beleid.GetAsync(pagina.Headers.Location);
            geweigerd.StatusCode.Should().Be(HttpStatusCode.Forbidden, adres);
            (await geweigerd.Content.ReadAsStringAsync()).Should().Contain("Geen toegang");
        }

        (await beleid.PostAsJsonAsync("/api/v1/inwoners/_zoek", new { achternaam = "Verborgen" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
