using Npgsql;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Data;

/// <summary>
/// The connection with the rights to create roles and schemas; used by the migration step only (ADR 0028). A serving
/// host never resolves it: the migration runner asks for it only when it runs, so a host started without migrating
/// needs no admin credentials at all.
/// </summary>
public sealed class AdminDataSource(NpgsqlDataSource dataSource) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource { get; } = dataSource;

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
