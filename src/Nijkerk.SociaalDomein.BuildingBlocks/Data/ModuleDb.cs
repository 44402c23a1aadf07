using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Npgsql;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Data;

/// <summary>A module's own connection pool, signed in as the module's role.</summary>
public abstract class ModuleDb(string schema, NpgsqlDataSource dataSource) : IAsyncDisposable
{
    public string Schema { get; } = schema;

    public NpgsqlDataSource DataSource { get; } = dataSource;

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        DataSource.OpenConnectionAsync(cancellationToken);

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return DataSource.DisposeAsync();
    }
}

/// <summary>The data source of module <typeparamref name="TModule"/>; inject this in the module's handlers.</summary>
public sealed class ModuleDb<TModule>(string schema, NpgsqlDataSource dataSource) : ModuleDb(schema, dataSource)
    where TModule : IModule;
