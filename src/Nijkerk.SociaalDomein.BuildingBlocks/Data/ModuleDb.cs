using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Npgsql;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Data;

/// <summary>
/// A module's own connection pools, signed in as the module's role: one for the work of requests, whose connections
/// carry nothing but the actor's setting and go back without a reset (<see cref="OpenAsync(Actor?, CancellationToken)"/>),
/// and one that resets every connection it gets back (<see cref="DataSource"/>, <see cref="OpenSessieAsync"/>) for
/// work that takes session state: a <c>LISTEN</c>, a session advisory lock, a session setting of its own (ADR 0024).
/// </summary>
public abstract class ModuleDb : IAsyncDisposable
{
    private readonly Verzoekverbindingen verzoeken;

    protected ModuleDb(string schema, string connectionString)
    {
        Schema = schema;
        DataSource = NpgsqlDataSource.Create(connectionString);
        verzoeken = new Verzoekverbindingen(connectionString);
    }

    public string Schema { get; }

    /// <summary>The pool that resets each connection it gets back: session state never outlives a connection's use.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>A connection for the actor of the current flow (see <see cref="ActorContext"/>), who decides which rows it sees.</summary>
    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) =>
        OpenAsync(ActorContext.InDezeStroom, cancellationToken);

    /// <summary>
    /// A connection for <paramref name="actor"/> from the request pool. It must take no session state (no
    /// <c>LISTEN</c>, no session advisory lock, no <c>set_config(…, false)</c> or <c>SET</c> of its own, no temporary
    /// table): the next request gets the connection as it was left. Transaction-scoped state (<c>SET LOCAL</c>,
    /// <c>set_config(…, true)</c>, <c>pg_advisory_xact_lock</c>) is fine; use <see cref="OpenSessieAsync"/> for the rest.
    /// </summary>
    public ValueTask<NpgsqlConnection> OpenAsync(Actor? actor, CancellationToken cancellationToken) =>
        verzoeken.OpenAsync(actor, cancellationToken);

    /// <summary>
    /// A connection for <paramref name="actor"/> from the pool that resets: for a listener or a session advisory lock.
    /// Whatever session state it takes is gone when it goes back to the pool (<c>UNLISTEN *</c>,
    /// <c>pg_advisory_unlock_all()</c>, <c>RESET ALL</c>).
    /// </summary>
    public async ValueTask<NpgsqlConnection> OpenSessieAsync(Actor? actor, CancellationToken cancellationToken)
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

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        await verzoeken.DisposeAsync();
        await DataSource.DisposeAsync();
    }
}

/// <summary>The data source of module <typeparamref name="TModule"/>; inject this in the module's handlers.</summary>
public sealed class ModuleDb<TModule>(string schema, string connectionString) : ModuleDb(schema, connectionString)
    where TModule : IModule;
