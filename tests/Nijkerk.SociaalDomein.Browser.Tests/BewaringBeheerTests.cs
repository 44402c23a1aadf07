using Dapper;
using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Npgsql;

namespace Nijkerk.SociaalDomein.Browser.Tests;

public sealed class BewaringBeheerTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task De_beheerder_wijzigt_een_bewaartermijn_met_het_toetsenbord_en_ziet_een_termijn_van_nul_naast_het_veld_geweigerd()
    {
        var page = await fixture.NewPageAsync(Rollen.FunctioneelBeheerder);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" })
            .GetByRole(AriaRole.Link, new() { Name = "Bewaartermijnen" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WachtOpAsync("**/beheer/bewaartermijnen");
        (await page.Locator("#termijn-jeugd p").TextContentAsync()).Should().Contain("Nu: 20 jaar").And.Contain("Jeugdwet art. 7.3.8",
            "de bron van de langere termijn voor jeugdhulp staat erbij");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        var jeugd = page.Locator("#termijn-jeugd");
        await jeugd.GetByLabel("Termijn", new() { Exact = true }).FillAsync("0");
        await jeugd.GetByRole(AriaRole.Button).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("De termijn moet ten minste 1 zijn").WaitForAsync();
        jeugd = page.Locator("#termijn-jeugd");
        (await jeugd.GetByLabel("Termijn", new() { Exact = true }).GetAttributeAsync("aria-invalid")).Should().Be("true");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
        (await TermijnAsync("jeugd")).Should().Be(20, "a refused term changes nothing");

        await jeugd.GetByLabel("Termijn", new() { Exact = true }).FillAsync("25");
        await jeugd.GetByRole(AriaRole.Button).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "De bewaartermijn is gewijzigd." }).WaitForAsync();
        (await page.Locator("#termijn-jeugd").TextContentAsync()).Should().Contain("Nu: 25 jaar");
        (await TermijnAsync("jeugd")).Should().Be(25);
    }

    [Fact]
    public async Task De_beheerder_wijst_een_lijst_niet_af_zonder_reden_en_keurt_haar_met_het_toetsenbord_goed_waarna_de_verklaring_blijft()
    {
        var lijst = Guid.CreateVersion7();
        await using (var connection = new NpgsqlConnection(fixture.ConnectionString))
        {
            await connection.ExecuteAsync(
                """
                insert into bewaring.vernietigingslijst (id, status, voorgesteld_op, peildatum, aantal_dossiers)
                values (@lijst, 'voorgesteld', now(), current_date, 3);
                insert into bewaring.lijstregel (lijst_id, categorie, afgesloten_in, aantal_dossiers)
                values (@lijst, 'toegang', date '2022-03-01', 3);
                """,
                new { lijst });
        }

        var page = await fixture.NewPageAsync(Rollen.FunctioneelBeheerder);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" })
            .GetByRole(AriaRole.Link, new() { Name = "Vernietigingslijsten" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WachtOpAsync("**/beheer/vernietigingslijsten");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
        await page.Locator($"a[href='/beheer/vernietigingslijsten/{lijst}']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WachtOpAsync($"**/beheer/vernietigingslijsten/{lijst}");
        // In words, as the beheerder and the archivist read a verklaring: the category's description and the status, not their codes.
        (await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "03-2022" }).TextContentAsync())
            .Should().Contain("Vraag aan de toegang zonder voorziening of traject erna").And.Contain("3");
        (await page.Locator("#status").TextContentAsync()).Should().Be("Voorgesteld, wacht op beoordeling");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await page.GetByRole(AriaRole.Button, new() { Name = "Afwijzen" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("Geef een reden waarom u de lijst afwijst.").WaitForAsync();
        (await page.GetByLabel("Reden (nodig bij afwijzen)").GetAttributeAsync("aria-invalid")).Should().Be("true");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
        (await StatusAsync(lijst)).Should().Be("voorgesteld", "a refusal without a reason changes nothing");

        await page.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren en vernietigen" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "De lijst is goedgekeurd en uitgevoerd." }).WaitForAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Verklaring van vernietiging" }).WaitForAsync();
        (await page.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren en vernietigen" }).CountAsync()).Should().Be(0, "an executed list is not judged again");
        (await StatusAsync(lijst)).Should().Be("uitgevoerd");
        (await page.Locator("#status").TextContentAsync()).Should().Be("Uitgevoerd");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();
    }

    [Fact]
    public async Task Een_loketmedewerker_komt_niet_bij_de_bewaartermijnen_of_de_vernietigingslijsten()
    {
        var loket = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        (await loket.GetByRole(AriaRole.Link, new() { Name = "Vernietigingslijsten" }).CountAsync()).Should().Be(0);
        (await loket.GotoAsync("/beheer/bewaartermijnen"))!.Url.Should().NotEndWith("/beheer/bewaartermijnen");
        (await loket.GotoAsync("/beheer/vernietigingslijsten"))!.Url.Should().NotEndWith("/beheer/vernietigingslijsten");
    }

    private async Task<int> TermijnAsync(string categorie)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        return await connection.ExecuteScalarAsync<int>("select termijn from bewaring.bewaartermijn where categorie = @categorie", new { categorie });
    }

    private async Task<string> StatusAsync(Guid lijst)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        return await connection.ExecuteScalarAsync<string>("select status from bewaring.vernietigingslijst where id = @lijst", new { lijst }) ?? "";
    }
}
