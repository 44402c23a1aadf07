using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Npgsql;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Data;

/// <summary>A module's own connection pool, signed in as the module's role.</summary>
public abstract class ModuleDb(string schema, NpgsqlDataSource dataSource) : IAsyncDisposable
{
    public string Schema { get; } = schema;

    public NpgsqlDataSource DataSource { get; } = dataSource;

    /// <summary>A connection for the actor of the current flow (see <see cref="ActorContext"/>), who decides which rows it sees.</summary>
    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        OpenAsync(ActorContext.InDezeStroom, cancellationToken);

    public async ValueTask<NpgsqlConnection> OpenAsync(Actor? actor, CancellationToken cancellationToken)
    {
        var connection = await DataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await Rijbeveiliging.ZetAsync(connection, actor);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return DataSource.DisposeAsync();
    }
}

/// <summary>The data source of module <typeparamref name="TModule"/>; inject this in the module's handlers.</summary>
public sealed class ModuleDb<TModule>(string schema, NpgsqlDataSource dataSource) : ModuleDb(schema, dataSource)
    where TModule : IModule;
