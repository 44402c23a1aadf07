using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Overdracht.Contracts;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// Intake's side of the overdracht, from the outside: routing to the vakspecialist who accepted the inwoner's overdracht,
/// and a laid-back overdracht back in the loket's list with its reason and the kastje-muur count.
/// </summary>
public sealed partial class OverdrachtIntakeApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    private async Task<(string Gebruikersnaam, string Id)> VakspecialistAsync()
    {
        var naam = await Factory.MaakGebruikerAsync(Rollen.Vakspecialist);
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        var id = await connection.ExecuteScalarAsync<Guid>("select id from toegang.gebruiker where gebruikersnaam = @naam", new { naam });
        return (naam, id.ToString());
    }

    // As Overdracht records an acceptance: the foundation's table, written here because the accepting slice is another's.
    private async Task AccepteerdeAsync(Guid inwoner, string medewerkerId, string naam, string telefoon)
    {
        await using var connection = new NpgsqlConnection(Factory.ConnectionString);
        await connection.ExecuteAsync(
            """
            insert into overdracht.overdracht (id, aanmelding_id, inwoner_id, team_code, expertises, samenvatting, status, aangeboden_op, verloopt_op,
                                               geaccepteerd_op, geaccepteerd_door, aanspreekpunt_naam, aanspreekpunt_telefoon)
            values (@id, @aanmelding, @inwoner, 'wmo', array['wmo-2015'], 'Meneer kan niet meer zelf douchen.', 'geaccepteerd', now() - interval '3 days',
                    now() - interval '1 day', now() - interval '2 days', @medewerkerId, @naam, @telefoon)
            """,
            new { id = Guid.CreateVersion7(), aanmelding = Guid.CreateVersion7(), inwoner, medewerkerId, naam, telefoon });
    }

    private async Task<HttpClient> IngelogdAsync(string gebruikersnaam)
    {
        var browser = Factory.CreateClient();
        var token = Token().Match(await browser.GetStringAsync("/inloggen")).Groups[1].Value;
        var ingelogd = await browser.PostAsync("/inloggen", new FormUrlEncodedContent(
            [new("Gebruikersnaam", gebruikersnaam), new("Wachtwoord", ApiFactory.Wachtwoord), new("__RequestVerificationToken", token)]));
        ingelogd.StatusCode.Should().Be(HttpStatusCode.OK);
        return browser;
    }

    private async Task<Guid> AanmeldingAsync(Guid inwonerId, string vraag)
    {
        var response = await Client.PostAsJsonAsync("/api/v1/aanmeldingen", new { kanaal = "telefoon", bron = "inwoner-zelf", vraag, inwonerId, urgentie = "normaal" });
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        return (await JsonAsync(response)).GetProperty("id").GetGuid();
    }

    private async Task PubliceerAsync(IEvent gebeurtenis)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = Actor.Systeem;
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(gebeurtenis);
    }

    [Fact]
    public async Task Routeren_naar_de_vakspecialist_van_een_geaccepteerde_overdracht_geeft_201_en_zet_haar_alleen_in_zijn_lijst()
    {
        var (wilma, wilmaId) = await VakspecialistAsync();
        var (kees, _) = await VakspecialistAsync();
        var inwoner = await new VraagRoute(Client).InwonerAsync("Gerrit", "Hoekstra");
        await AccepteerdeAsync(inwoner, wilmaId, "Wilma Wmo", "033 245 6789");
        var aanmelding = await AanmeldingAsync(inwoner, "De traplift doet het niet meer");

        var routering = await Client.PostAsync($"/api/v1/aanmeldingen/{aanmelding}/routering", null);

        routering.StatusCode.Should().Be(HttpStatusCode.Created, await routering.Content.ReadAsStringAsync());
        var body = await JsonAsync(routering);
        body.GetProperty("rol").GetString().Should().Be("vakspecialist");
        body.GetProperty("aanspreekpunt").GetString().Should().Be("Wilma Wmo");
        (await JsonAsync(await Client.GetAsync($"/api/v1/aanmeldingen/{aanmelding}"))).GetProperty("status").GetString().Should().Be("gerouteerd");
        var aanspreekpunt = (await JsonAsync(await Client.GetAsync($"/api/v1/inwoners/{inwoner}/overzicht"))).GetProperty("aanspreekpunt");
        aanspreekpunt.GetProperty("naam").GetString().Should().Be("Wilma Wmo");
        aanspreekpunt.GetProperty("rol").GetString().Should().Be("vakspecialist");
        aanspreekpunt.GetProperty("telefoon").GetString().Should().Be("033 245 6789");
        aanspreekpunt.GetProperty("team").GetString().Should().Be("Wmo");

        var bijWilma = await (await IngelogdAsync(wilma)).GetStringAsync("/aanmeldingen/aan-mij-gerouteerd");
        var bijKees = await (await IngelogdAsync(kees)).GetStringAsync("/aanmeldingen/aan-mij-gerouteerd");

        bijWilma.Should().Contain("De traplift doet het niet meer").And.Contain($"data-id=\"{aanmelding}\"");
        bijKees.Should().NotContain("De traplift doet het niet meer", "only the vakspecialist it was routed to sees it");
    }

    [Fact]
    public async Task Een_vakspecialist_leest_geen_aanmelding_die_niet_aan_hem_gerouteerd_is()
    {
        var (wilma, _) = await VakspecialistAsync();
        var aanmelding = await RegistreerAanmeldingAsync("Vraag die bij het loket blijft");
        var browser = await IngelogdAsync(wilma);

        var pagina = await browser.GetAsync($"/aanmeldingen/{aanmelding}");

        pagina.RequestMessage!.RequestUri!.AbsolutePath.Should().Be("/geen-toegang");
        (await pagina.Content.ReadAsStringAsync()).Should().NotContain("Vraag die bij het loket blijft");
    }

    [Fact]
    public async Task Een_teruggelegde_overdracht_staat_met_reden_team_en_kastje_muurtelling_in_de_lijst_tot_zij_opnieuw_gerouteerd_is()
    {
        var route = new VraagRoute(Client);
        var inwoner = await route.InwonerAsync("Fatma", "Yilmaz");
        var (aanmelding, _) = await route.DoorgezetMetAanmeldingAsync(inwoner, "Ik kom niet rond en de schulden groeien");
        var naarWerk = new OverdrachtAangeboden(
            Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.CreateVersion7(), aanmelding, inwoner, "werk-inkomen", null, ["inkomen"], DateTimeOffset.UtcNow.AddDays(2), null);
        await PubliceerAsync(naarWerk);
        await PubliceerAsync(new OverdrachtTeruggelegd(
            Guid.CreateVersion7(), DateTimeOffset.UtcNow, naarWerk.OverdrachtId, aanmelding, inwoner, "werk-inkomen", null, "niet-ons-team",
            "Hoort niet bij ons team", "Eerst schuldhulp via Plangroep."));

        var lijst = await JsonAsync(await Client.GetAsync("/api/v1/aanmeldingen?overdracht=teruggelegd&paginaGrootte=100"));
        var detail = await JsonAsync(await Client.GetAsync($"/api/v1/aanmeldingen/{aanmelding}"));

        var regel = lijst.GetProperty("resultaten").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == aanmelding);
        regel.GetProperty("status").GetString().Should().Be("doorgezet");
        foreach (var overdrachten in new[] { regel.GetProperty("overdrachten"), detail.GetProperty("overdrachten") })
        {
            overdrachten.GetProperty("aantalOverdrachten").GetInt32().Should().Be(1);
            overdrachten.GetProperty("aantalTeruggelegd").GetInt32().Should().Be(1);
            var terug = overdrachten.GetProperty("teruggelegd").EnumerateArray().Should().ContainSingle().Subject;
            terug.GetProperty("overdrachtId").GetGuid().Should().Be(naarWerk.OverdrachtId);
            terug.GetProperty("team").GetString().Should().Be("Werk & Inkomen");
            terug.GetProperty("redenOmschrijving").GetString().Should().Be("Hoort niet bij ons team");
            terug.GetProperty("toelichting").GetString().Should().Be("Eerst schuldhulp via Plangroep.");
        }

        await PubliceerAsync(naarWerk with { EventId = Guid.CreateVersion7(), OverdrachtId = Guid.CreateVersion7(), TeamCode = "wmo", VorigeOverdrachtId = naarWerk.OverdrachtId });

        var daarna = await JsonAsync(await Client.GetAsync("/api/v1/aanmeldingen?overdracht=teruggelegd&paginaGrootte=100"));
        daarna.GetProperty("resultaten").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).Should().NotContain(aanmelding);
        var kastjeMuur = (await JsonAsync(await Client.GetAsync($"/api/v1/aanmeldingen/{aanmelding}"))).GetProperty("overdrachten");
        kastjeMuur.GetProperty("aantalOverdrachten").GetInt32().Should().Be(2);
        kastjeMuur.GetProperty("aantalTeruggelegd").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Een_onbekend_overdrachtfilter_geeft_400_met_de_keuzes_in_het_nederlands()
    {
        var response = await Client.GetAsync("/api/v1/aanmeldingen?overdracht=kwijt");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await JsonAsync(response)).GetProperty("errors").GetProperty("overdracht")[0].GetString().Should().Be("Onbekende keuze; kies uit: teruggelegd, verlopen.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
