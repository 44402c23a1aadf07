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
    private static readonly string[] Bsns = ["111222333", "123456782", "999996356", "123456789"];

    [Fact]
    public async Task Geen_enkel_bsn_komt_in_de_logs_ook_niet_bij_fouten()
    {
        var client = await factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        object Inwoner(string bsn) => new { voornamen = "Test", achternaam = "Persoon", geboortedatum = "1975-05-05", bsn };

        (await client.PostAsJsonAsync("/api/v1/inwoners", Inwoner(Bsns[0]))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await client.PostAsJsonAsync("/api/v1/inwoners", Inwoner(Bsns[1]))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await client.PostAsJsonAsync("/api/v1/inwoners", Inwoner(Bsns[1]))).StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await client.PostAsJsonAsync("/api/v1/inwoners", Inwoner(Bsns[3]))).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.PostAsJsonAsync("/api/v1/inwoners/_zoek", new { bsn = Bsns[2] })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.PostAsJsonAsync("/api/v1/inwoners/_zoek", new { bsn = Bsns[0] })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.PostAsync("/api/v1/inwoners", new StringContent($"{{\"bsn\":\"{Bsns[2]}\",", Encoding.UTF8, "application/json")))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.PostAsync("/api/v1/inwoners", new StringContent($"{{\"bsn\":{Bsns[2]}}}", Encoding.UTF8, "application/json")))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest);

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
