using System.Globalization;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Host.Toegang;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Browser.Tests;

public sealed class TermijnenBeheerTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task De_beheerder_zet_een_termijn_en_een_sluitingsdag_met_het_toetsenbord_en_ziet_een_foute_datum_naast_het_veld()
    {
        var page = await fixture.NewPageAsync(Rollen.FunctioneelBeheerder);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" })
            .GetByRole(AriaRole.Link, new() { Name = "Termijnen en sluitingsdagen" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WachtOpAsync("**/beheer/termijnen");
        (await page.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Koningsdag" }).CountAsync()).Should().Be(1,
            "de feestdagen van de komende twaalf maanden staan erbij");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        // A term outside 1 to 20: the Dutch message next to that team's field, nothing saved.
        await page.GetByLabel("Werkdagen voor Wmo").FillAsync("25");
        await page.GetByRole(AriaRole.Button, new() { Name = "Termijn van Wmo opslaan" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("Een termijn is 1 tot en met 20 werkdagen.").WaitForAsync();
        (await page.GetByLabel("Werkdagen voor Wmo").GetAttributeAsync("aria-invalid")).Should().Be("true");
        (await page.GetByLabel("Werkdagen voor Wmo").InputValueAsync()).Should().Be("25", "what was typed comes back");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        await page.GetByLabel("Werkdagen voor Wmo").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Termijn van Wmo opslaan" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("De termijn van Wmo is 3 werkdag(en)").WaitForAsync();
        (await page.GetByLabel("Werkdagen voor Wmo").InputValueAsync()).Should().Be("3");

        // A closing day in the past: refused, with the Dutch message next to the date.
        await page.GetByLabel("Datum", new() { Exact = true }).FillAsync("2020-01-07");
        await page.GetByLabel("Omschrijving").FillAsync("Personeelsdag");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sluitingsdag toevoegen" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("dinsdag 7 januari 2020 ligt in het verleden. Een sluitingsdag is vandaag of later.").WaitForAsync();
        (await page.GetByLabel("Datum", new() { Exact = true }).GetAttributeAsync("aria-invalid")).Should().Be("true");
        (await page.GetByLabel("Omschrijving").InputValueAsync()).Should().Be("Personeelsdag");
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        var dag = KomendeGewoneWerkdag();
        await page.GetByLabel("Datum", new() { Exact = true }).FillAsync(dag.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sluitingsdag toevoegen" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var tekst = dag.ToString("dddd d MMMM yyyy", new CultureInfo("nl-NL"));
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Sluitingsdag {tekst} is toegevoegd." }).WaitForAsync();
        (await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Personeelsdag" }).CountAsync()).Should().Be(1);
        (await Toegankelijkheid.ControleerAsync(page)).Should().BeEmpty();

        // The same day again is refused; then it is removed with its own button.
        await page.GetByLabel("Datum", new() { Exact = true }).FillAsync(dag.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Omschrijving").FillAsync("Nog eens");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sluitingsdag toevoegen" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText($"Op {tekst} is de gemeente al gesloten (Personeelsdag).").WaitForAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = $"Sluitingsdag {tekst} verwijderen" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "is verwijderd" }).WaitForAsync();
        (await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Personeelsdag" }).CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task Een_loketmedewerker_komt_niet_op_de_termijnenpagina_en_een_teamleider_ziet_alleen_de_verlopen_overdrachten_van_zijn_team()
    {
        var loket = await fixture.NewPageAsync(Rollen.Loketmedewerker);
        (await loket.GetByRole(AriaRole.Link, new() { Name = "Termijnen en sluitingsdagen" }).CountAsync()).Should().Be(0);
        var response = await loket.GotoAsync("/beheer/termijnen");
        response!.Url.Should().NotEndWith("/beheer/termijnen");

        // One verlopen overdracht of Wmo (offered straight into the table: the offer is another slice's) and one of Jeugd.
        var wmo = await VerlopenAsync("wmo", "wmo-2015");
        var jeugd = await VerlopenAsync("jeugd-onderwijs", "jeugd");
        var naam = "teamleider-" + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<InlogDienst>().MaakAsync(naam, "Teamleider Wmo", ApiFactory.Wachtwoord, [Rollen.Beleid], ["wmo"]);
        }

        var teamleider = await fixture.AnoniemePaginaAsync();
        await BrowserFixture.LogInAsync(teamleider, naam, ApiFactory.Wachtwoord);
        await teamleider.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).WaitForAsync(new() { Timeout = 60_000 });
        await teamleider.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdnavigatie" })
            .GetByRole(AriaRole.Link, new() { Name = "Verlopen overdrachten" }).FocusAsync();
        await teamleider.Keyboard.PressAsync("Enter");
        await teamleider.WachtOpAsync("**/overdrachten/verlopen");
        var rij = teamleider.GetByRole(AriaRole.Row).Filter(new() { HasText = "wmo-2015" });
        (await rij.TextContentAsync()).Should().Contain("Wmo").And.Contain("3 dagen");
        (await rij.GetByRole(AriaRole.Link).CountAsync()).Should().Be(0, "de teamleider opent geen overdracht: hij ziet geen inwoner");
        (await teamleider.GetByRole(AriaRole.Row).Filter(new() { HasText = "jeugd" }).CountAsync()).Should().Be(0, "Jeugd is niet zijn team");
        (await teamleider.GetByText("Test Inwoner").CountAsync()).Should().Be(0, "de teamleider ziet geen inwoner");
        (await Toegankelijkheid.ControleerAsync(teamleider)).Should().BeEmpty();
        (await teamleider.GotoAsync($"/overdrachten/{wmo}"))!.Url.Should().NotEndWith($"/overdrachten/{wmo}", "een overdracht lezen is niet aan de teamleider");
    }

    private async Task<Guid> VerlopenAsync(string team, string expertise)
    {
        var id = Guid.CreateVersion7();
        var nu = DateTimeOffset.UtcNow;
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.ExecuteAsync(
            """
            insert into overdracht.overdracht (id, aanmelding_id, inwoner_id, inwoner_naam, team_code, expertises, samenvatting, status,
                aangeboden_op, verloopt_op, verlopen_op)
            values (@id, @aanmelding, @inwoner, 'Test Inwoner', @team, array[@expertise], 'Samenvatting', 'verlopen', @aangeboden, @verlooptOp, @verlooptOp)
            """,
            new
            {
                id, aanmelding = Guid.CreateVersion7(), inwoner = Guid.CreateVersion7(), team, expertise,
                aangeboden = nu.AddDays(-6), verlooptOp = nu.AddDays(-3).AddMinutes(-5),
            });
        return id;
    }

    // A Tuesday or Wednesday some weeks ahead that is no public holiday (those fall on other weekdays or fixed dates).
    private static DateOnly KomendeGewoneWerkdag()
    {
        var dag = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40);
        while (dag.DayOfWeek is not (DayOfWeek.Tuesday or DayOfWeek.Wednesday)
               || (dag.Month, dag.Day) is (1, 1) or (4, 27) or (5, 5) or (12, 25) or (12, 26))
        {
            dag = dag.AddDays(1);
        }

        return dag;
    }
}
