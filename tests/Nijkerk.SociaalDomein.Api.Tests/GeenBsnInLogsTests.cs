using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>Sends BSNs through every path the API has for them, with logging at its most talkative, then searches the logs.</summary>
public sealed class GeenBsnInLogsTests(GeenBsnInLogsTests.Factory factory) : IClassFixture<GeenBsnInLogsTests.Factory>
{
    private static readonly string[] Bsns = ["111222333", "123456782", "999996356", "123456789", "234567806"];

    [Fact]
    public async Task Geen_enkel_bsn_komt_in_de_logs_ook_niet_bij_fouten()
    {
        var client = await factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        object Inwoner(string bsn, bool nieuwOndanksGelijkenis = false) =>
            new { voornamen = "Test", achternaam = "Persoon", geboortedatum = "1975-05-05", bsn, nieuwOndanksGelijkenis };

        var eerste = await client.PostAsJsonAsync("/api/v1/inwoners", Inwoner(Bsns[0]));
        eerste.StatusCode.Should().Be(HttpStatusCode.Created);
        (await client.PostAsJsonAsync("/api/v1/inwoners", Inwoner(Bsns[1]))).StatusCode.Should().Be(HttpStatusCode.Conflict, "a look-alike");
        var tweede = await client.PostAsJsonAsync("/api/v1/inwoners", Inwoner(Bsns[1], nieuwOndanksGelijkenis: true));
        tweede.StatusCode.Should().Be(HttpStatusCode.Created);
        (await client.PostAsJsonAsync("/api/v1/inwoners", Inwoner(Bsns[1], nieuwOndanksGelijkenis: true))).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await client.PostAsJsonAsync("/api/v1/inwoners", Inwoner(Bsns[3]))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.PostAsJsonAsync("/api/v1/inwoners/_zoek", new { bsn = Bsns[2] })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.PostAsJsonAsync("/api/v1/inwoners/_zoek", new { bsn = Bsns[0] })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.PostAsync("/api/v1/inwoners", new StringContent($"{{\"bsn\":\"{Bsns[2]}\",", Encoding.UTF8, "application/json")))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.PostAsync("/api/v1/inwoners", new StringContent($"{{\"bsn\":{Bsns[2]}}}", Encoding.UTF8, "application/json")))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest);

        var id = (await eerste.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString();
        var tweedeId = (await tweede.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString();
        (await client.GetAsync($"/api/v1/inwoners/{id}/bsn")).StatusCode.Should().Be(HttpStatusCode.OK);
        var etag = (await client.GetAsync($"/api/v1/inwoners/{id}")).Headers.ETag!.Tag;
        async Task<HttpStatusCode> WijzigAsync(string bsn)
        {
            using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/inwoners/{id}") { Content = JsonContent.Create(Inwoner(bsn)) };
            put.Headers.TryAddWithoutValidation("If-Match", etag);
            return (await client.SendAsync(put)).StatusCode;
        }

        (await WijzigAsync(Bsns[1])).Should().Be(HttpStatusCode.Conflict, "another inwoner has that BSN");
        (await WijzigAsync(Bsns[3])).Should().Be(HttpStatusCode.BadRequest);
        (await WijzigAsync(Bsns[4])).Should().Be(HttpStatusCode.NoContent);
        (await client.PostAsJsonAsync($"/api/v1/inwoners/{id}/samenvoeging", new { samenTeVoegenInwonerId = tweedeId }))
            .StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity, "two different BSNs are two persons");

        factory.Logs.Regels.Should().NotBeEmpty();
        factory.Logs.Regels.Should().NotContain(regel => Bsns.Any(bsn => regel.Contains(bsn, StringComparison.Ordinal)));
    }

    public sealed class Factory : ApiFactory
    {
        public LogVanger Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFilter(_ => true))
                .ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
        }
    }
}
