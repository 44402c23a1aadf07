using Npgsql;

namespace Nijkerk.SociaalDomein.Testing;

/// <summary>The server named by <c>NSD_TEST_DATABASE</c>.</summary>
internal sealed class ConfiguredPostgresServer(string connectionString) : IPostgresServer
{
    public string AdminConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString;

    public string Beschrijving
    {
        get
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return $"NSD_TEST_DATABASE ({builder.Host}:{builder.Port})";
        }
    }
}
