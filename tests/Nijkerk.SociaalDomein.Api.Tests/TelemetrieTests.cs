using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Host.Telemetrie;
using Nijkerk.SociaalDomein.Testing;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// The real host with a collector named in the standard OTEL_* settings (a small OTLP receiver on loopback) and an
/// in-memory exporter beside it: an inwoner is registered, searched and read with a BSN and a name that occur nowhere
/// else, a query string carries both, and a sign-in fails. Then neither the BSN nor the name may be in any span, span
/// event or tag, metric label, log line, or byte that went to the collector; and our own metrics are there (ADR 0027).
/// Alone, not beside other test classes: OpenTelemetry listens to a meter by its name in the whole process, so another
/// host's failed sign-ins would be counted here too.
/// </summary>
[Collection(nameof(TelemetrieTests))]
public sealed class TelemetrieTests(TelemetrieTests.Factory factory) : IClassFixture<TelemetrieTests.Factory>
{
    private const string Bsn = "274918304";
    private const string Voornamen = "Gerritdina";
    private const string Achternaam = "Zonnebloemhof";
    private static readonly string[] Geheim = [Bsn, Voornamen, Achternaam];

    [Fact]
    public async Task Geen_bsn_of_naam_in_sporen_metingen_logs_of_naar_de_collector_en_de_eigen_metingen_verschijnen()
    {
        var client = await factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);
        var inwoner = new { voornamen = Voornamen, achternaam = Achternaam, geboortedatum = "1961-02-14", postcode = "3861 KL", huisnummer = 12, bsn = Bsn };
        var geregistreerd = await client.PostAsJsonAsync("/api/v1/inwoners", inwoner);
        geregistreerd.StatusCode.Should().Be(HttpStatusCode.Created, await geregistreerd.Content.ReadAsStringAsync());
        var id = (await geregistreerd.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        (await client.PostAsJsonAsync("/api/v1/inwoners", inwoner)).StatusCode.Should().Be(HttpStatusCode.Conflict, "the BSN is known");
        (await client.PostAsJsonAsync("/api/v1/inwoners/_zoek", new { bsn = Bsn })).StatusCode.Should().Be(HttpStatusCode.OK);
        var opNaam = await client.PostAsJsonAsync("/api/v1/inwoners/_zoek", new { achternaam = Achternaam, geboortedatum = "1961-02-14" });
        (await opNaam.Content.ReadAsStringAsync()).Should().Contain(Achternaam, "the search found the inwoner");
        (await client.GetAsync($"/api/v1/inwoners/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync($"/api/v1/inwoners/{id}/bsn")).StatusCode.Should().Be(HttpStatusCode.OK);
        // A client that wrongly puts them in a URL: the query string stays out of the spans.
        (await client.GetAsync($"/inloggen?achternaam={Achternaam}&bsn={Bsn}")).StatusCode.Should().Be(HttpStatusCode.OK);

        var gebruiker = await factory.MaakGebruikerAsync(Rollen.Loketmedewerker);
        await LogInAsync(gebruiker, "een-verkeerd-wachtwoord");

        factory.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000).Should().BeTrue();
        factory.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000).Should().BeTrue();
        await factory.Collector.WachtOpAsync("/v1/traces", "/v1/metrics");

        var spans = Kopie(factory.Spans);
        spans.Should().Contain(span => span.Source.Name == "Npgsql" && Tekst(span).Contains("inwoner", StringComparison.Ordinal),
            "the SQL statements are traced, as text");
        spans.Should().Contain(span => span.DisplayName.Contains("inwoners/_zoek", StringComparison.Ordinal), "the API requests are traced");
        spans.Should().NotContain(span => Geheim.Any(geheim => Tekst(span).Contains(geheim, StringComparison.Ordinal)));

        var metingen = LaatsteMetingen();
        Labels(metingen).Should().NotContain(label => Geheim.Any(geheim => label.Contains(geheim, StringComparison.Ordinal)));
        Labels(metingen, "http.route").Should().Contain(route => route.Contains("inwoners/{id}", StringComparison.Ordinal))
            .And.NotContain(route => route.Contains(id!, StringComparison.Ordinal), "a route template is the label, not the path");

        Labels(metingen, "module", Meetpunten.OutboxAchterstand).Should().Contain(["intake", "overdracht", "vraagverheldering"]);
        Labels(metingen, "module", Meetpunten.OutboxGeparkeerd).Should().Contain("intake");
        metingen[Meetpunten.OutboxGeparkeerd].MetricPoints.Select(p => p.GetGaugeLastValueLong()).Should().OnlyContain(aantal => aantal == 0);
        Labels(metingen, "team", Meetpunten.OverdrachtenVerlopen).Should().Contain("wmo");
        var mislukt = metingen[Meetpunten.InloggenMislukt].MetricPoints.ToList();
        mislukt.Should().ContainSingle();
        Labels(mislukt[0]).Should().Equal("verkeerd-wachtwoord");
        mislukt[0].GetSumLong().Should().Be(1);

        factory.Logs.Regels.Should().NotBeEmpty();
        factory.Logs.Regels.Should().NotContain(regel => Geheim.Any(geheim => regel.Contains(geheim, StringComparison.Ordinal)));

        var verstuurd = factory.Collector.Ontvangen.ToList();
        verstuurd.Should().NotContain(bericht => Geheim.Any(geheim => Bevat(bericht.Inhoud, geheim)),
            "nothing with the BSN or the name goes to the collector");
        verstuurd.Should().Contain(bericht => bericht.Pad == "/v1/traces" && Bevat(bericht.Inhoud, "nijkerk-sociaaldomein"));
        verstuurd.Should().Contain(bericht => bericht.Pad == "/v1/metrics" && Bevat(bericht.Inhoud, Meetpunten.OutboxAchterstand));
    }

    private async Task LogInAsync(string gebruikersnaam, string wachtwoord)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ApiFactory.Adres, AllowAutoRedirect = false, HandleCookies = true });
        var formulier = await (await client.GetAsync("/inloggen")).Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(formulier, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var antwoord = await client.PostAsync("/inloggen", new FormUrlEncodedContent(
            [new("Gebruikersnaam", gebruikersnaam), new("Wachtwoord", wachtwoord), new("__RequestVerificationToken", token)]));
        (await antwoord.Content.ReadAsStringAsync()).Should().Contain("onjuist wachtwoord");
    }

    /// <summary>Everything a span carries that an exporter sends: name, tags, events and their tags, status, baggage.</summary>
    private static string Tekst(Activity span) => string.Join("\n", new[] { span.DisplayName, span.OperationName, span.StatusDescription ?? "" }
        .Concat(span.TagObjects.Select(tag => $"{tag.Key}={tag.Value}"))
        .Concat(span.Events.SelectMany(e => e.Tags.Select(tag => $"{e.Name} {tag.Key}={tag.Value}")))
        .Concat(span.Baggage.Select(b => $"{b.Key}={b.Value}")));

    private Dictionary<string, MetricSnapshot> LaatsteMetingen() =>
        Kopie(factory.Metingen).GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.Last());

    private static IEnumerable<string> Labels(Dictionary<string, MetricSnapshot> metingen, string? sleutel = null, string? meting = null) =>
        metingen.Values.Where(m => meting is null || m.Name == meting)
            .SelectMany(m => m.MetricPoints).SelectMany(p => Labels(p, sleutel));

    private static IEnumerable<string> Labels(MetricPoint punt, string? sleutel = null)
    {
        var labels = new List<string>();
        foreach (var tag in punt.Tags)
        {
            if (sleutel is null || tag.Key == sleutel)
            {
                labels.Add(tag.Value?.ToString() ?? "");
            }
        }

        return labels;
    }

    // The exporters go on adding (the dispatcher's statements, a periodic reader) while the test reads.
    private static List<T> Kopie<T>(List<T> lijst)
    {
        while (true)
        {
            try
            {
                return [.. lijst];
            }
            catch (InvalidOperationException)
            {
            }
            catch (ArgumentException)
            {
            }
        }
    }

    private static bool Bevat(byte[] inhoud, string tekst) => inhoud.AsSpan().IndexOf(Encoding.UTF8.GetBytes(tekst)) >= 0;

    public sealed class Factory : ApiFactory
    {
        public OtlpOntvanger Collector { get; } = new();

        public LogVanger Logs { get; } = new();

        public List<Activity> Spans { get; } = [];

        public List<MetricSnapshot> Metingen { get; } = [];

        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
        [
            new("OTEL_EXPORTER_OTLP_ENDPOINT", Collector.Adres),
            new("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"),
            new("OTEL_BSP_SCHEDULE_DELAY", "100"),
            new("OTEL_BLRP_SCHEDULE_DELAY", "100"),
            new("Telemetrie:PeilSeconden", "0"),
        ];

        // The host's own log levels (appsettings), as in production: the test hears what a collector would get.
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.AddSingleton<ILoggerProvider>(Logs);
                services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans));
                services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Metingen));
            });
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                Collector.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
    }

    /// <summary>A collector on loopback that takes OTLP over HTTP and keeps every body it was sent.</summary>
    public sealed class OtlpOntvanger : IAsyncDisposable
    {
        private readonly HttpListener listener = new();
        private readonly Task lus;

        public OtlpOntvanger()
        {
            var poort = VrijePoort();
            Adres = $"http://127.0.0.1:{poort}";
            listener.Prefixes.Add(Adres + "/");
            listener.Start();
            lus = Task.Run(LusAsync);
        }

        public string Adres { get; }

        public ConcurrentQueue<(string Pad, byte[] Inhoud)> Ontvangen { get; } = new();

        public async Task WachtOpAsync(params string[] paden)
        {
            var tot = DateTime.UtcNow.AddSeconds(15);
            while (!paden.All(pad => Ontvangen.Any(o => o.Pad == pad)) && DateTime.UtcNow < tot)
            {
                await Task.Delay(100);
            }

            Ontvangen.Select(o => o.Pad).Should().Contain(paden, "the exporter sends to the collector the OTEL_* settings name");
        }

        private async Task LusAsync()
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                try
                {
                    using var inhoud = new MemoryStream();
                    var invoer = context.Request.Headers["Content-Encoding"] == "gzip"
                        ? new GZipStream(context.Request.InputStream, CompressionMode.Decompress)
                        : context.Request.InputStream;
                    await invoer.CopyToAsync(inhoud);
                    Ontvangen.Enqueue((context.Request.Url!.AbsolutePath, inhoud.ToArray()));
                    context.Response.StatusCode = 200;
                    context.Response.ContentType = "application/x-protobuf";
                    context.Response.Close();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
                {
                    // The host's last flush while the receiver stops: nothing left to check.
                }
            }
        }

        private static int VrijePoort()
        {
            using var socket = new TcpListener(IPAddress.Loopback, 0);
            socket.Start();
            return ((IPEndPoint)socket.LocalEndpoint).Port;
        }

        public async ValueTask DisposeAsync()
        {
            if (!listener.IsListening)
            {
                return;
            }

            listener.Stop();
            listener.Close();
            await lus;
        }
    }
}

/// <summary>Runs <see cref="TelemetrieTests"/> with no other test class at the same time.</summary>
[CollectionDefinition(nameof(TelemetrieTests), DisableParallelization = true)]
public sealed class TelemetrieAlleen;
