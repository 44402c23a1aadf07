using System.Net.Http.Json;
using System.Text.Json;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>An integrator's view: plain HTTP against the real host, JSON in and out.</summary>
public abstract class ApiTestBase(ApiFactory factory) : IClassFixture<ApiFactory>
{
    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    protected HttpClient Client { get; } = factory.CreateClient();

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
