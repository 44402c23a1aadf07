using Dapper;
using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Browser.Tests;

/// <summary>The invitation and the gespreksverslag the inwoner gets on paper: plain Dutch, no BSN, no navigation when printed.</summary>
public sealed class UitnodigingEnVerslagTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static int bsnTeller;

    [Fact]
    public async Task De_uitnodiging_wordt_afgedrukt_zonder_navigatie_en_de_verzending_wordt_met_het_toetsenbord_vastgelegd()
    {
        var (inwoner, id, bsn) = await GesprekGeplandAsync();
        var page = await fixture.NewPageAsync(Rollen.Loketmedewerker);

        await page.GotoAsync($"/vraagverhelderingen/{id}/uitnodiging");

        var tekst = await page.Locator("main").InnerTextAsync();
        tekst.Should().Contain("Beste Anneke Molenaar").And.Contain("Ik red het niet meer met de administratie")
            .And.Contain("Joost Molenaar, uw zoon").And.Contain("onafhankelijke cliëntondersteuner").And.Contain("Het kost u niets")
            .And.Contain("We komen bij u thuis").And.Contain("Financiën").And.Contain("Wat legt u klaar?")
            .And.Contain("nog niet verstuurd");
        (await page.ContentAsync()).Should().NotContain(bsn);
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        (await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" }).IsVisibleAsync()).Should().BeFalse();
        (await page.GetByRole(AriaRole.Button, new() { Name = "Verzending vastleggen" }).IsVisibleAsync()).Should().BeFalse();
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Uitnodiging voor een gesprek" }).IsVisibleAsync()).Should().BeTrue();
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Wat legt u klaar?" }).IsVisibleAsync()).Should().BeTrue();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        (await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" }).IsVisibleAsync()).Should().BeTrue();

        // Without a way of sending: the Dutch message next to the field, nothing recorded.
        await page.GetByRole(AriaRole.Button, new() { Name = "Verzending vastleggen" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("Kies hoe de uitnodiging is verstuurd").WaitForAsync();
        (await page.GetByLabel("Hoe").GetAttributeAsync("aria-invalid")).Should().Be("true");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
        (await AantalAsync("select count(*) from vraagverheldering.uitnodiging_verzonden where vraagverheldering_id = @id", new { id })).Should().Be(0);

        await page.GetByLabel("Hoe").FocusAsync();
        await page.Keyboard.TypeAsync("Per p");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verzending vastleggen" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        (await page.GetByRole(AriaRole.Status).TextContentAsync()).Should().Contain("de uitnodiging is verstuurd");
        (await page.Locator("main").InnerTextAsync()).Should().Contain("per post").And.NotContain("nog niet verstuurd");
        (await AantalAsync("select count(*) from audit.verwerking where persoon_id = @inwoner and omschrijving = 'Verzending van de uitnodiging vastgelegd'",
            new { inwoner })).Should().Be(1);
        (await AantalAsync("select count(*) from audit.verwerking where persoon_id = @inwoner and omschrijving = 'Uitnodiging voor het gesprek ingezien'",
            new { inwoner })).Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task Het_gespreksverslag_toont_scores_en_afspraken_en_wordt_afgedrukt_zonder_navigatie()
    {
        var (inwoner, id, bsn) = await GesprekGeplandAsync();
        var page = await fixture.NewPageAsync(Rollen.Loketmedewerker);

        await page.GotoAsync($"/vraagverhelderingen/{id}/gespreksverslag");

        var rij = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Financiën" });
        (await rij.InnerTextAsync()).Should().Contain("2: Niet zelfredzaam").And.Contain("Post blijft liggen");
        var tekst = await page.Locator("main").InnerTextAsync();
        tekst.Should().Contain("Verslag van ons gesprek").And.Contain("Administratie op orde").And.Contain("Zoon opent samen de post")
            .And.Contain("Schuldhulpverlening").And.Contain("nog niet afgerond");
        (await page.ContentAsync()).Should().NotContain(bsn);
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        (await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" }).IsVisibleAsync()).Should().BeFalse();
        (await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).IsVisibleAsync()).Should().BeFalse();
        (await page.GetByRole(AriaRole.Heading, new() { Name = "Hoe gaat het met u?" }).IsVisibleAsync()).Should().BeTrue();
        (await AantalAsync("select count(*) from audit.verwerking where persoon_id = @inwoner and omschrijving = 'Gespreksverslag voor de inwoner ingezien'",
            new { inwoner })).Should().Be(1);
    }

    private async Task<(Guid Inwoner, Guid Id, string Bsn)> GesprekGeplandAsync()
    {
        var route = new VraagRoute(await fixture.ClientMetSleutelAsync(ApiFactory.AlleScopes));
        var bsn = NieuwBsn();
        var inwoner = await route.InwonerAsync("Anneke", "Molenaar", bsn);
        var id = await route.DoorgezetAsync(inwoner, "Ik red het niet meer met de administratie");
        var versie = await route.PutAsync($"/api/v1/vraagverhelderingen/{id}/gesprek", await route.VersieAsync(id), new
        {
            vorm = "huisbezoek",
            tijdstip = DateTimeOffset.UtcNow.AddDays(5),
            plaats = "Bij mevrouw thuis",
            deelnemers = new object[]
            {
                new { soort = "inwoner", naam = "Anneke Molenaar" },
                new { soort = "netwerk", naam = "Joost Molenaar", relatie = "zoon" },
            },
            clientondersteuningAangeboden = true,
        });
        versie = await route.PutAsync($"/api/v1/vraagverhelderingen/{id}/leefgebieden/financien", versie, new { score = 2, toelichting = "Post blijft liggen" });
        versie = await route.PutAsync($"/api/v1/vraagverhelderingen/{id}/rolgesprek", versie, new
        {
            vraagAchterDeVraag = "Zij wil grip op haar geld houden.",
            hulpvragen = new object[]
            {
                new
                {
                    omschrijving = "Administratie op orde", leefgebieden = new[] { "financien" }, netwerk = "Zoon opent samen de post",
                    gemeente = "Schuldhulpverlening", expertises = new[] { "schuldhulpverlening" },
                },
            },
        });
        await route.PutAsync($"/api/v1/vraagverhelderingen/{id}/expertises", versie, new { expertises = new[] { "schuldhulpverlening" }, samenstelling = "enkelvoudig" });
        await route.GeefVrijAsync(id);
        return (inwoner, id, bsn);
    }

    // A BSN of its own per call: the 11-proef on a number counted up from a fixed start.
    private static string NieuwBsn()
    {
        while (true)
        {
            var kandidaat = (387654306 + Interlocked.Increment(ref bsnTeller)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var cijfers = kandidaat.Select(c => c - '0').ToArray();
            if ((Enumerable.Range(0, 8).Sum(i => cijfers[i] * (9 - i)) - cijfers[8]) % 11 == 0)
            {
                return kandidaat;
            }
        }
    }

    private async Task<long> AantalAsync(string sql, object parameters)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }
}
