using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Tests;

/// <summary>
/// The built host as a child process of its own (<c>dotnet Nijkerk.SociaalDomein.Host.dll</c>) on a free loopback
/// port and the given database, with the outbox dispatcher on: a process a test can really kill.
/// </summary>
internal sealed class HostProces : IAsyncDisposable
{
    private readonly Process process;

    private HostProces(Process process, Uri adres)
    {
        this.process = process;
        Adres = adres;
    }

    public Uri Adres { get; }

    public static async Task<HostProces> StartAsync(string connectionString)
    {
        var poort = VrijePoort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Nijkerk.SociaalDomein.Host.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in TestDatabases.Settings(connectionString))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        // The test database is cloned from a migrated template: start-up need not take the migration lock.
        start.Environment["Database__MigrateOnStart"] = "false";
        start.Environment["Outbox__Enabled"] = "true";
        start.Environment["Outbox__PollMilliseconds"] = "200";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{poort}";
        var process = Process.Start(start)!;
        // Drained, so a full pipe never stalls the host.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var host = new HostProces(process, new Uri($"http://127.0.0.1:{poort}"));
        using var client = new HttpClient { BaseAddress = host.Adres, Timeout = TimeSpan.FromSeconds(2) };
        var tot = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < tot && !process.HasExited)
        {
            try
            {
                if ((await client.GetAsync("/health/live")).IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        await host.DisposeAsync();
        throw new InvalidOperationException("De host kwam niet op binnen 30 seconden.");
    }

    /// <summary>SIGKILL: no shutdown, no flushing, no finally blocks; whatever was in flight is cut off.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            await KillAsync();
        }

        process.Dispose();
    }

    private static int VrijePoort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
