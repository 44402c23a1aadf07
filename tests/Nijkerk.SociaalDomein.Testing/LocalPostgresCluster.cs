using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Nijkerk.SociaalDomein.Testing;

/// <summary>
/// A throwaway cluster made with the machine's own PostgreSQL binaries (initdb, pg_ctl) on a free loopback
/// port, started once per test run and removed when the test process ends. Durability is switched off: it is
/// thrown away anyway. As root the binaries run as the postgres user, because initdb refuses root.
/// </summary>
internal sealed class LocalPostgresCluster : IPostgresServer
{
    private const string Password = "test-wachtwoord";
    private const string Prefix = "nsd-test-";
    private readonly string directory;
    private readonly int port;
    private readonly string bin;

    private LocalPostgresCluster(string directory, int port, string bin)
    {
        this.directory = directory;
        this.port = port;
        this.bin = bin;
    }

    public static LocalPostgresCluster Start()
    {
        var bin = FindBinaries();
        RemoveStopped();
        var directory = Path.Combine(Path.GetTempPath(), Prefix + Guid.NewGuid().ToString("N")[..12]);
        var passwordFile = Path.Combine(Path.GetTempPath(), "nsd-test-pw-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(passwordFile, Password);
        try
        {
            Run(Path.Combine(bin, "initdb"), $"-D {directory} -U nsd_admin --pwfile={passwordFile} --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync");
        }
        finally
        {
            File.Delete(passwordFile);
        }

        var port = FreePort();
        Run(Path.Combine(bin, "pg_ctl"),
            $"-D {directory} -l {directory}/server.log -w -t 60 start -o \"-p {port} -k {directory} -c listen_addresses=127.0.0.1 " +
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 -c shared_buffers=64MB\"");
        var cluster = new LocalPostgresCluster(directory, port, bin);
        cluster.StartWatchdog();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        return cluster;
    }

    public string AdminConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = port,
        Username = "nsd_admin",
        Password = Password,
        Database = database,
    }.ConnectionString;

    public string Beschrijving => $"een eigen cluster per testproces met de PostgreSQL van deze machine ({bin})";

    private void Stop()
    {
        NpgsqlConnection.ClearAllPools();
        Run(Path.Combine(bin, "pg_ctl"), $"-D {directory} -m immediate -w stop");
        Directory.Delete(directory, recursive: true);
    }

    /// <summary>
    /// The exit handler does not run when the test host is killed (a timeout, a crash, vstest ending it), which left
    /// servers running and their data directories behind. A detached shell waits for this process to end, however it
    /// ends, then stops the server and removes its directory.
    /// </summary>
    private void StartWatchdog()
    {
        var pgCtl = Path.Combine(bin, "pg_ctl");
        var asPostgres = Environment.UserName == "root" ? "runuser -u postgres -- " : "";
        // Its own output goes nowhere: a child holding the test host's pipes open would keep the test runner waiting.
        var script =
            "exec </dev/null >/dev/null 2>&1; " +
            $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; " +
            $"if [ -d '{directory}' ]; then {asPostgres}{pgCtl} -D '{directory}' -m immediate -w stop >/dev/null 2>&1; rm -rf '{directory}'; fi";
        using var watchdog = Process.Start(new ProcessStartInfo("setsid", ["sh", "-c", script]) { UseShellExecute = false })!;
    }

    /// <summary>
    /// Removes the clusters of earlier test processes that have stopped (no postmaster.pid, untouched for ten
    /// minutes, so a cluster another test process is still making is left alone). A test process may end before
    /// its exit handler finishes, or be killed, so each start cleans up after the ones before.
    /// </summary>
    private static void RemoveStopped()
    {
        foreach (var stale in Directory.GetDirectories(Path.GetTempPath(), Prefix + "*")
            .Where(d => !File.Exists(Path.Combine(d, "postmaster.pid"))
                && Directory.GetLastWriteTimeUtc(d) < DateTime.UtcNow.AddMinutes(-10)))
        {
            try
            {
                Directory.Delete(stale, recursive: true);
            }
            catch (IOException)
            {
                // Still closing; the next start removes it.
            }
        }
    }

    private static string FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault() ?? throw NotInstalled()
            : throw NotInstalled();

    private static InvalidOperationException NotInstalled() =>
        new("No PostgreSQL server binaries under /usr/lib/postgresql: run build/prerequisites.sh, or set NSD_TEST_DATABASE.");

    private static void Run(string program, string arguments)
    {
        var asRoot = Environment.UserName == "root";
        var start = new ProcessStartInfo(asRoot ? "runuser" : program, asRoot ? $"-u postgres -- {program} {arguments}" : arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {error}{output.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
