using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Host.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// The session cookie of a real sign-in, aged by re-sealing it with the host's own keys and earlier times: what the
/// host would have issued that long ago.
/// </summary>
public sealed partial class SessieTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Sessie = "nsd-sessie";

    [Fact]
    public async Task De_crisisbanner_peiling_verlengt_de_sessie_niet_een_pagina_wel()
    {
        var cookie = Verouderd(await InloggenAsync(), uitgegeven: TimeSpan.FromMinutes(20), ingelogd: TimeSpan.FromMinutes(20));

        var peiling = await VraagAsync("/crisismeldingen", cookie);
        var pagina = await VraagAsync("/", cookie);

        peiling.StatusCode.Should().BeOneOf(HttpStatusCode.OK, HttpStatusCode.NoContent);
        SessieCookie(peiling).Should().BeNull("a poll is no activity of the person");
        pagina.StatusCode.Should().Be(HttpStatusCode.OK);
        SessieCookie(pagina).Should().NotBeNull("past half the sliding window a page request renews the session");
    }

    [Fact]
    public async Task Een_sessie_ouder_dan_de_maximale_duur_wordt_geweigerd_hoe_actief_ook()
    {
        var cookie = await InloggenAsync();

        var binnen = await VraagAsync("/", Verouderd(cookie, uitgegeven: TimeSpan.FromMinutes(1), ingelogd: TimeSpan.FromHours(9.9)));
        var buiten = await VraagAsync("/", Verouderd(cookie, uitgegeven: TimeSpan.FromMinutes(1), ingelogd: TimeSpan.FromHours(10.1)));
        var api = await VraagAsync("/api/v1/aanmeldingen", Verouderd(cookie, uitgegeven: TimeSpan.FromMinutes(1), ingelogd: TimeSpan.FromHours(10.1)));

        binnen.StatusCode.Should().Be(HttpStatusCode.OK);
        buiten.StatusCode.Should().Be(HttpStatusCode.Redirect);
        buiten.Headers.Location!.ToString().Should().Contain("/inloggen");
        api.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private async Task<string> InloggenAsync()
    {
        var naam = await factory.MaakGebruikerAsync(Rollen.Loketmedewerker);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ApiFactory.Adres, AllowAutoRedirect = false, HandleCookies = false });
        var formulier = await client.GetAsync("/inloggen");
        var token = Token().Match(await formulier.Content.ReadAsStringAsync()).Groups[1].Value;
        var antiforgery = string.Join("; ", formulier.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var poging = new HttpRequestMessage(HttpMethod.Post, "/inloggen")
        {
            Content = new FormUrlEncodedContent([new("Gebruikersnaam", naam), new("Wachtwoord", ApiFactory.Wachtwoord), new("__RequestVerificationToken", token)]),
        };
        poging.Headers.Add("Cookie", antiforgery);

        var response = await client.SendAsync(poging);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return SessieCookie(response) ?? throw new InvalidOperationException("Geen sessiecookie na inloggen.");
    }

    // The same person and claims, sealed as if issued `uitgegeven` ago (30 minutes sliding) and signed in `ingelogd` ago.
    private string Verouderd(string cookie, TimeSpan uitgegeven, TimeSpan ingelogd)
    {
        var format = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(CookieAuthenticationDefaults.AuthenticationScheme).TicketDataFormat;
        var ticket = format.Unprotect(cookie)!;
        var identity = (ClaimsIdentity)ticket.Principal.Identity!;
        identity.RemoveClaim(identity.FindFirst(Claims.IngelogdOp));
        var nu = DateTimeOffset.UtcNow;
        identity.AddClaim(new Claim(Claims.IngelogdOp, (nu - ingelogd).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        var eigenschappen = new AuthenticationProperties { IssuedUtc = nu - uitgegeven, ExpiresUtc = nu - uitgegeven + TimeSpan.FromMinutes(30) };
        return format.Protect(new AuthenticationTicket(ticket.Principal, eigenschappen, ticket.AuthenticationScheme));
    }

    private Task<HttpResponseMessage> VraagAsync(string pad, string cookie)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ApiFactory.Adres, AllowAutoRedirect = false, HandleCookies = false });
        var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        verzoek.Headers.Add("Cookie", $"{Sessie}={cookie}");
        return client.SendAsync(verzoek);
    }

    private static string? SessieCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Select(c => c.Split(';')[0]).Where(c => c.StartsWith(Sessie + "=", StringComparison.Ordinal))
                .Select(c => c[(Sessie.Length + 1)..]).FirstOrDefault(c => c.Length > 0)
            : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
