using System.Net.Sockets;
using Npgsql;
using Testcontainers.PostgreSql;

namespace Nijkerk.SociaalDomein.Testing;

/// <summary>
/// PostgreSQL 15 in a container (Testcontainers), for a machine where a Docker engine answers: a developer's laptop
/// or a CI service. Testcontainers' reaper removes the container when the test process ends, even when it is killed.
/// </summary>
internal sealed class ContainerPostgresServer : IPostgresServer
{
    public const string Image = "postgres:15";

    private readonly PostgreSqlContainer container;

    private ContainerPostgresServer(PostgreSqlContainer container) => this.container = container;

    public static ContainerPostgresServer Start()
    {
        var container = new PostgreSqlBuilder(Image)
            .WithUsername("nsd_admin")
            .WithCommand("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=300")
            .Build();
        container.StartAsync().GetAwaiter().GetResult();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            NpgsqlConnection.ClearAllPools();
            container.DisposeAsync().AsTask().GetAwaiter().GetResult();
        };
        return new ContainerPostgresServer(container);
    }

    public string AdminConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(container.GetConnectionString()) { Database = database }.ConnectionString;

    public string Beschrijving => $"Testcontainers, image {Image}";

    /// <summary>
    /// Whether a Docker engine answers: DOCKER_HOST when set, else the usual socket. Only a socket that accepts a
    /// connection counts, since a docker client without an engine (as on these build machines) leaves none.
    /// </summary>
    public static bool DockerBereikbaar()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (host is { Length: > 0 } && !host.StartsWith("unix://", StringComparison.Ordinal))
        {
            return true;
        }

        var socket = host is { Length: > 0 } ? host["unix://".Length..] : "/var/run/docker.sock";
        if (!File.Exists(socket))
        {
            return false;
        }

        try
        {
            using var client = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            client.Connect(new UnixDomainSocketEndPoint(socket));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
