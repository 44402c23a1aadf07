using System.Net;
using Dapper;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Host.Toegang.Beheer;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// Signing out ends the account's sessions on the server (ADR 0005): a copied cookie, another browser's, from the
/// moment the sign-out is answered. So does deactivating the account, also after it is activated again.
/// </summary>
public sealed class UitloggenTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Na_uitloggen_wordt_een_gekopieerde_sessiecookie_geweigerd_op_de_pagina_en_in_de_api()
    {
        var browser = new Sessiebrowser(factory);
        await browser.InloggenAsync(await factory.MaakGebruikerAsync(Rollen.Loketmedewerker));
        var kopie = browser.Sessie!;
        (await Sessiebrowser.MetCookieAsync(factory, kopie, "/api/v1/aanmeldingen")).StatusCode.Should().Be(HttpStatusCode.OK, "the copy works while signed in");

        await browser.UitloggenAsync();

        var pagina = await Sessiebrowser.MetCookieAsync(factory, kopie, "/aanmeldingen");
        pagina.StatusCode.Should().Be(HttpStatusCode.Redirect);
        pagina.Headers.Location!.ToString().Should().Contain("/inloggen");
        (await Sessiebrowser.MetCookieAsync(factory, kopie, "/api/v1/aanmeldingen")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Uitloggen_beeindigt_ook_de_sessie_in_een_andere_browser_en_daarna_inloggen_werkt_weer()
    {
        var naam = await factory.MaakGebruikerAsync(Rollen.Loketmedewerker);
        var bureau = new Sessiebrowser(factory);
        var thuis = new Sessiebrowser(factory);
        await bureau.InloggenAsync(naam);
        await thuis.InloggenAsync(naam);

        await bureau.UitloggenAsync();

        (await thuis.Client.GetAsync("/api/v1/aanmeldingen")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "uitloggen ends every session of the account");
        await bureau.InloggenAsync(naam);
        (await bureau.Client.GetAsync("/api/v1/aanmeldingen")).StatusCode.Should().Be(HttpStatusCode.OK, "a sign-in after it is a new session");
        await thuis.InloggenAsync(naam);
        (await thuis.Client.GetAsync("/api/v1/aanmeldingen")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Een_gedeactiveerd_account_krijgt_zijn_oude_sessie_niet_terug_als_het_weer_actief_wordt()
    {
        var naam = await factory.MaakGebruikerAsync(Rollen.Loketmedewerker);
        var browser = new Sessiebrowser(factory);
        await browser.InloggenAsync(naam);
        var kopie = browser.Sessie!;
        var id = await IdVanAsync(naam);

        await WijzigAsync(id, actief: false);
        (await Sessiebrowser.MetCookieAsync(factory, kopie, "/api/v1/aanmeldingen")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "deactivated");
        await WijzigAsync(id, actief: true);

        (await Sessiebrowser.MetCookieAsync(factory, kopie, "/api/v1/aanmeldingen")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the session ended with the deactivation");
        (await browser.Client.GetAsync("/api/v1/aanmeldingen")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        await browser.InloggenAsync(naam);
        (await browser.Client.GetAsync("/api/v1/aanmeldingen")).StatusCode.Should().Be(HttpStatusCode.OK, "active again, the account signs in anew");
    }

    private async Task WijzigAsync(Guid id, bool actief)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = TestActors.AlleRechten;
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new BeheerGebruikers.Wijzig(id, [Rollen.Loketmedewerker], [], actief, Deblokkeer: false));
    }

    private async Task<Guid> IdVanAsync(string gebruikersnaam)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        return await connection.QuerySingleAsync<Guid>("select id from toegang.gebruiker where gebruikersnaam = @gebruikersnaam", new { gebruikersnaam });
    }
}
