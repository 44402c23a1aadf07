using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Host.Toegang;
using Nijkerk.SociaalDomein.Testing.Contract;
using Xunit;

namespace Nijkerk.SociaalDomein.Testing;

/// <summary>The real host, on a database of this test class's own, with the outbox dispatcher running.</summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>
    /// The address test clients call, over https as a browser does behind TLS: outside Development every cookie is
    /// Secure (ADR 0017), and a client sends a Secure cookie over https only. For a client made with its own
    /// options, set <c>BaseAddress = ApiFactory.Adres</c>.
    /// </summary>
    public static readonly Uri Adres = new("https://localhost");

    public ApiFactory() => ClientOptions.BaseAddress = Adres;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync() => ConnectionString = await TestDatabases.CreateAsync();

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();

    private readonly ContractBron contract = new();

    /// <summary>A client whose every API response is held to the served OpenAPI document (<see cref="ContractHandler"/>).</summary>
    public new HttpClient CreateClient() => CreateClient(ClientOptions);

    /// <inheritdoc cref="CreateClient()"/>
    public new HttpClient CreateClient(WebApplicationFactoryClientOptions options)
    {
        var handlers = new List<DelegatingHandler>();
        if (options.AllowAutoRedirect)
        {
            handlers.Add(new RedirectHandler(options.MaxAutomaticRedirections));
        }

        if (options.HandleCookies)
        {
            handlers.Add(new CookieContainerHandler());
        }

        // Innermost, so it sees every response the host gives, redirects included.
        handlers.Add(new ContractHandler(contract));
        return CreateDefaultClient(options.BaseAddress, [.. handlers]);
    }

    /// <summary>A client that calls as an integrator with a fresh API key carrying these scopes.</summary>
    public async Task<HttpClient> ClientMetSleutelAsync(IEnumerable<string> scopes, string? organisatie = null)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add(ApiSleutelHandler.Header, await MaakSleutelAsync(scopes, organisatie));
        return client;
    }

    public async Task<string> MaakSleutelAsync(IEnumerable<string> scopes, string? organisatie = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var (_, sleutel) = await scope.ServiceProvider.GetRequiredService<ApiSleutels>().MaakAsync("Test " + Guid.NewGuid(), scopes, organisatie);
        return sleutel;
    }

    public async Task TrekInAsync(string sleutel)
    {
        await using var scope = Services.CreateAsyncScope();
        var sleutels = scope.ServiceProvider.GetRequiredService<ApiSleutels>();
        await sleutels.TrekInAsync((await sleutels.ZoekAsync(sleutel))!.Id);
    }

    /// <summary>A staff account with these roles; returns its user name. Every test account has <see cref="Wachtwoord"/>.</summary>
    public async Task<string> MaakGebruikerAsync(params string[] rollen)
    {
        var naam = "test-" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<InlogDienst>().MaakAsync(naam, "Test " + string.Join(" en ", rollen), Wachtwoord, rollen, []);
        return naam;
    }

    public const string Wachtwoord = "test-wachtwoord-lang-genoeg";

    /// <summary>A staff account with this display name, one role and these teams (e.g. a Wmo vakspecialist); returns its user name.</summary>
    public async Task<string> MaakMedewerkerAsync(string naam, string rol, params string[] teams)
    {
        var gebruikersnaam = "test-" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<InlogDienst>().MaakAsync(gebruikersnaam, naam, Wachtwoord, [rol], teams);
        return gebruikersnaam;
    }

    /// <summary>
    /// A client signed in through the sign-in page as this staff account, carrying its session cookie: the API as the
    /// pages' user calls it (his roles and teams), with every API response held to the document as ever.
    /// </summary>
    public async Task<HttpClient> IngelogdeClientAsync(string gebruikersnaam)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Adres, AllowAutoRedirect = false, HandleCookies = true });
        var formulier = await (await client.GetAsync("/inloggen")).Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(formulier, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await client.PostAsync("/inloggen", new FormUrlEncodedContent(
            [new("Gebruikersnaam", gebruikersnaam), new("Wachtwoord", Wachtwoord), new("__RequestVerificationToken", token)]));
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect || response.Headers.Location?.ToString().Contains("/inloggen", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"Inloggen als {gebruikersnaam} lukte niet: {(int)response.StatusCode} naar {response.Headers.Location}.");
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Omgeving);
        foreach (var (key, value) in TestDatabases.Settings(ConnectionString).Concat(ExtraSettings()))
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>The host environment a test class's own factory runs in.</summary>
    protected virtual string Omgeving => "Testing";

    /// <summary>Settings a test class's own factory adds or overrides.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [];

    /// <summary>Every scope an API key may carry.</summary>
    public static IReadOnlyList<string> AlleScopes => TestModules.Registry.Scopes;
}
