using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// One browser on a host: a cookie jar, signing in and out through the real forms with their antiforgery tokens, and
/// its session cookie to copy, as someone at a shared desk or with a stolen cookie would.
/// </summary>
internal sealed partial class Sessiebrowser
{
    public const string Sessiecookie = "nsd-sessie";

    private readonly CookieContainer jar = new();

    public Sessiebrowser(ApiFactory host) => Client = host.CreateDefaultClient(ApiFactory.Adres, new CookieContainerHandler(jar));

    public HttpClient Client { get; }

    /// <summary>The session cookie's value as the browser holds it now, or null when it holds none.</summary>
    public string? Sessie => jar.GetCookies(ApiFactory.Adres)[Sessiecookie]?.Value;

    public async Task InloggenAsync(string gebruikersnaam, string wachtwoord = ApiFactory.Wachtwoord)
    {
        var formulier = await Client.GetStringAsync("/inloggen");
        var antwoord = await Client.PostAsync("/inloggen", new FormUrlEncodedContent(
            [new("Gebruikersnaam", gebruikersnaam), new("Wachtwoord", wachtwoord), new("__RequestVerificationToken", Token(formulier))]));
        antwoord.StatusCode.Should().Be(HttpStatusCode.Redirect);
        antwoord.Headers.Location!.ToString().Should().NotContain("/inloggen", "the sign-in succeeded");
        Sessie.Should().NotBeNull();
    }

    /// <summary>Presses "Uitloggen" on the home page, as the layout's form posts it.</summary>
    public async Task UitloggenAsync()
    {
        var pagina = await Client.GetStringAsync("/");
        var antwoord = await Client.PostAsync("/uitloggen", new FormUrlEncodedContent([new("__RequestVerificationToken", Token(pagina))]));
        antwoord.StatusCode.Should().Be(HttpStatusCode.Redirect);
        antwoord.Headers.Location!.ToString().Should().Contain("/inloggen?uitgelogd=true");
        Sessie.Should().BeNull("signing out deletes the cookie in this browser");
    }

    /// <summary>A request elsewhere with nothing but this copied session cookie.</summary>
    public static Task<HttpResponseMessage> MetCookieAsync(ApiFactory host, string sessie, string pad)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ApiFactory.Adres, AllowAutoRedirect = false, HandleCookies = false });
        var verzoek = new HttpRequestMessage(HttpMethod.Get, pad);
        verzoek.Headers.Add("Cookie", $"{Sessiecookie}={sessie}");
        return client.SendAsync(verzoek);
    }

    private static string Token(string html) => TokenVeld().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenVeld();
}
