using System.Net.Http.Json;
using System.Text.Json;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>An integrator's view: plain HTTP against the real host, JSON in and out.</summary>
public abstract class ApiTestBase(ApiFactory factory) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>An integrator whose key carries every scope.</summary>
    protected HttpClient Client { get; private set; } = null!;

    /// <summary>Nobody signed in.</summary>
    protected HttpClient Anoniem { get; } = factory.CreateClient();

    public async Task InitializeAsync() => Client = await Factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);

    public Task DisposeAsync() => Task.CompletedTask;

    protected ApiFactory Factory { get; } = factory;

    protected async Task<Guid> RegistreerAanmeldingAsync(string vraag = "Ik kan mijn rekeningen niet meer betalen", string kanaal = "website-formulier")
    {
        var response = await Client.PostAsJsonAsync("/api/v1/aanmeldingen", new { kanaal, bron = "inwoner-zelf", vraag, urgentie = "normaal" });
        response.StatusCode.Should().Be(System.Net.HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    protected static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Json);
}
