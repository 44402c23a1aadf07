using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Nijkerk.SociaalDomein.Host.Telemetrie;

/// <summary>
/// Logs on the console (JSON outside Development, one readable line per event in Development) and, when the standard
/// <c>OTEL_EXPORTER_OTLP_*</c> settings name a collector, OpenTelemetry traces, metrics and logs sent there over OTLP:
/// ASP.NET Core, HttpClient, the .NET runtime, Npgsql and the system's own <see cref="Meetpunten"/> (ADR 0027). Without
/// a collector nothing is collected: no spans are made and the gauges never query. <c>OTEL_SDK_DISABLED=true</c> turns
/// it off with a collector named.
/// </summary>
public static class TelemetrieSetup
{
    public const string ServiceNaam = "nijkerk-sociaaldomein";

    /// <summary>The settings that name a collector: the one for all signals or one per signal.</summary>
    private static readonly string[] Eindpunten =
    [
        "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT",
        "OTEL_EXPORTER_OTLP_LOGS_ENDPOINT",
    ];

    public static WebApplicationBuilder AddTelemetrie(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment())
        {
            builder.Logging.AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "HH:mm:ss ";
            });
        }
        else
        {
            builder.Logging.AddJsonConsole(options => options.UseUtcTimestamp = true);
        }

        // Meetpunten and its Peiling are registered by Toegang (ToegangModule), whose sign-in counts with them.
        if (IsAan(builder.Configuration))
        {
            builder.Services.AddOpenTelemetry()
                .ConfigureResource(resource =>
                {
                    // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES are read by the SDK itself and win.
                    if (string.IsNullOrEmpty(builder.Configuration["OTEL_SERVICE_NAME"]))
                    {
                        resource.AddService(ServiceNaam, serviceVersion: typeof(TelemetrieSetup).Assembly.GetName().Version?.ToString());
                    }
                })
                .WithTracing(tracing => tracing
                    .AddAspNetCoreInstrumentation(options =>
                    {
                        // The probes every few seconds are no one's request.
                        options.Filter = context => !context.Request.Path.StartsWithSegments("/health");
                        options.RecordException = false;
                    })
                    .AddHttpClientInstrumentation(options => options.RecordException = false)
                    // Npgsql's own activity source (what Npgsql.OpenTelemetry's AddNpgsql adds): the command text with its
                    // $1 placeholders, never the parameters' values.
                    .AddSource("Npgsql")
                    .AddProcessor(new GeenPersoonsgegevensInSporen()))
                .WithMetrics(metrics => metrics
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter("Npgsql")
                    .AddMeter(Meetpunten.MeterNaam)
                    // Made with the provider, so its gauges exist before the first collection.
                    .AddInstrumentation(services => services.GetRequiredService<Meetpunten>()))
                .UseOtlpExporter();
        }

        return builder;
    }

    public static bool IsAan(IConfiguration configuration) =>
        !string.Equals(configuration["OTEL_SDK_DISABLED"], "true", StringComparison.OrdinalIgnoreCase)
        && Eindpunten.Any(naam => !string.IsNullOrWhiteSpace(configuration[naam]));
}
