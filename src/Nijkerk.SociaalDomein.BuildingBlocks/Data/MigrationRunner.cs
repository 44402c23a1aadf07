using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Npgsql;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Data;

/// <summary>
/// Brings every module's schema up to date, in the separate migration step (<c>… migrate</c>, ADR 0028) or at
/// start-up where <c>Database:MigrateOnStart</c> says so. Under one advisory lock (so several hosts may start
/// at once) it makes sure each module's role and schema exist, then applies the module's new migrations as
/// that role, so the role owns every table it creates and nobody else can read them.
/// </summary>
public sealed class MigrationRunner(
    IServiceProvider services, DatabaseSettings settings, ModuleRegistry registry, IEnumerable<ModuleDb> dbs, ILogger<MigrationRunner> logger)
{
    private const long LockKey = 0x6E73645F6D6967; // "nsd_mig"

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(new NpgsqlConnectionStringBuilder(settings.AdminConnectionString).Username))
        {
            throw new InvalidOperationException(
                "Migrating needs the database owner: ConnectionStrings:SociaalDomein has no Username. A serving host without " +
                "admin credentials runs with Database:MigrateOnStart=false; the migration step ('migrate') gets the owner's connection string.");
        }

        // Resolved here, not injected: the readiness check uses this runner too, and a serving host never opens the admin pool.
        var admin = services.GetRequiredService<AdminDataSource>();
        await using var connection = await admin.DataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync("select pg_advisory_lock(@LockKey)", new { LockKey });
        try
        {
            foreach (var module in registry.Modules)
            {
                await EnsureRoleAndSchemaAsync(connection, module);
                await EnsureExtensionsAsync(connection, module);
                if (module.AlleenToevoegen)
                {
                    // Applied as the migrating user, who keeps ownership; the role may only read and insert.
                    await ApplyMigrationsAsync(module, connection, cancellationToken);
                    await GrantAppendOnlyAsync(connection, module);
                }
                else
                {
                    // As the system: a data migration under row-level security must see every row.
                    // From the pool that resets: a migration is any SQL, and may leave a session setting behind (ADR 0024).
                    await using var asModule = await DbOf(module).OpenSessieAsync(Actor.Systeem, cancellationToken);
                    await ApplyMigrationsAsync(module, asModule, cancellationToken);
                }
            }

            // After the loop: every module's role exists only now.
            foreach (var module in registry.Modules.Where(m => m.AlleenToevoegen))
            {
                await GrantAppendFunctionsAsync(connection, module);
            }
        }
        finally
        {
            await connection.ExecuteAsync("select pg_advisory_unlock(@LockKey)", new { LockKey });
        }
    }

    /// <summary>
    /// The migrations a module ships that its schema has not recorded yet (the readiness check, and the migration step's
    /// last look: as the module's own role, so it also proves the role signs in with the password the host will use).
    /// </summary>
    public async Task<IReadOnlyList<Migration>> PendingAsync(IModule module, CancellationToken cancellationToken)
    {
        await using var connection = await DbOf(module).OpenAsync(Actor.Systeem, cancellationToken);
        var applied = await AppliedAsync(connection, module.Schema);
        return [.. MigrationsOf(module).Where(m => !applied.ContainsKey(m.Key))];
    }

    private async Task EnsureRoleAndSchemaAsync(NpgsqlConnection connection, IModule module)
    {
        var role = DatabaseSettings.RoleOf(module);
        var exists = await connection.ExecuteScalarAsync<bool>("select exists (select 1 from pg_roles where rolname = @role)", new { role });
        var verb = exists ? "alter" : "create";
        try
        {
            // Identifiers and the password literal are quoted by PostgreSQL's format(), never by string concatenation.
            var statement = await connection.ExecuteScalarAsync<string>(
                $"select format('{verb} role %I login password %L nosuperuser nocreatedb nocreaterole noinherit', @role::text, @password::text)",
                new { role, password = settings.PasswordOf(module) });
            await connection.ExecuteAsync(statement!);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege && exists)
        {
            logger.LogInformation("Role {Role} exists and may not be changed by this connection; using it as it is", role);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateObject or PostgresErrorCodes.UniqueViolation
            || (e.SqlState is PostgresErrorCodes.InternalError && e.MessageText.Contains("concurrently", StringComparison.Ordinal)))
        {
            // Roles are cluster-wide: another database on the same cluster created or updated it at the same moment.
        }

        var schemaStatement = await connection.ExecuteScalarAsync<string>(
            module.AlleenToevoegen
                ? "select format('create schema if not exists %I; grant usage on schema %I to %I', @schema::text, @schema::text, @role::text)"
                : "select format('create schema if not exists %I authorization %I', @schema::text, @role::text)",
            new { schema = module.Schema, role });
        await connection.ExecuteAsync(schemaStatement!);
    }

    private static async Task EnsureExtensionsAsync(NpgsqlConnection connection, IModule module)
    {
        foreach (var extension in module.Extensies)
        {
            var statement = await connection.ExecuteScalarAsync<string>(
                "select format('create extension if not exists %I with schema %I', @extension::text, @schema::text)",
                new { extension, schema = module.Schema });
            await connection.ExecuteAsync(statement!);
        }
    }

    private static async Task GrantAppendOnlyAsync(NpgsqlConnection connection, IModule module)
    {
        var grant = await connection.ExecuteScalarAsync<string>(
            "select format('grant select, insert on all tables in schema %I to %I', @schema::text, @role::text)",
            new { schema = module.Schema, role = DatabaseSettings.RoleOf(module) });
        await connection.ExecuteAsync(grant!);
    }

    /// <summary>
    /// The append-only schema's functions (one insert each) are the module roles' only way in: they may run them
    /// inside their own transactions, and still neither read nor change a row.
    /// </summary>
    private async Task GrantAppendFunctionsAsync(NpgsqlConnection connection, IModule appendOnly)
    {
        await OwnAppendFunctionsAsync(connection, appendOnly);
        foreach (var module in registry.Modules)
        {
            // Every module may run the insert functions; the module's own functions only its own role (IModule.EigenFuncties).
            var grant = await connection.ExecuteScalarAsync<string>(
                """
                select format('grant usage on schema %I to %I', @schema::text, @role::text)
                    || coalesce((select string_agg(format('; grant execute on function %s to %I', p.oid::regprocedure, @role::text), '')
                                 from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                                 where n.nspname = @schema and (@eigen or p.proname <> all(@eigenFuncties))), '')
                """,
                new
                {
                    schema = appendOnly.Schema,
                    role = DatabaseSettings.RoleOf(module),
                    eigen = module == appendOnly,
                    eigenFuncties = appendOnly.EigenFuncties.ToArray(),
                });
            await connection.ExecuteAsync(grant!);
        }
    }

    /// <summary>
    /// A security definer function runs with its owner's rights. The migrating user owns the table and could delete
    /// from it, so the functions go to the append-only role, which may only read and insert: whatever a function is
    /// made to do, it cannot change or remove a row. PostgreSQL lets a role own a function only where it may create,
    /// so that right is given for the moment of the transfer and taken back.
    /// </summary>
    private async Task OwnAppendFunctionsAsync(NpgsqlConnection connection, IModule appendOnly)
    {
        var role = DatabaseSettings.RoleOf(appendOnly);
        var transfer = await connection.ExecuteScalarAsync<string?>(
            """
            select string_agg(format('alter function %s owner to %I', p.oid::regprocedure, @role::text), '; ')
            from pg_proc p join pg_namespace n on n.oid = p.pronamespace
            where n.nspname = @schema and p.proowner <> (select oid from pg_roles where rolname = @role)
              and p.proname <> all(@eigenFuncties)
            """,
            new { schema = appendOnly.Schema, role, eigenFuncties = appendOnly.EigenFuncties.ToArray() });
        if (transfer is null)
        {
            return;
        }

        var grant = await connection.ExecuteScalarAsync<string>(
            "select format('grant create on schema %I to %I', @schema::text, @role::text)", new { schema = appendOnly.Schema, role });
        var revoke = await connection.ExecuteScalarAsync<string>(
            "select format('revoke create on schema %I from %I', @schema::text, @role::text)", new { schema = appendOnly.Schema, role });
        await using var transaction = await connection.BeginTransactionAsync();
        try
        {
            await connection.ExecuteAsync($"{grant}; {transfer}; {revoke}", transaction: transaction);
            await transaction.CommitAsync();
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege)
        {
            // A migrating user that is no member of the role keeps the functions; they still insert one row only.
            await transaction.RollbackAsync();
            logger.LogWarning("The functions of {Schema} stay with the migrating user: it may not hand them to {Role}", appendOnly.Schema, role);
        }
    }

    private async Task ApplyMigrationsAsync(IModule module, NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(
            $"""
            create table if not exists {module.Schema}.schema_versions (
                source text not null,
                version int not null,
                name text not null,
                checksum text not null,
                applied_at timestamptz not null default now(),
                primary key (source, version))
            """);
        var applied = await AppliedAsync(connection, module.Schema);
        foreach (var migration in MigrationsOf(module))
        {
            if (applied.TryGetValue(migration.Key, out var checksum))
            {
                if (checksum != migration.Checksum)
                {
                    throw new InvalidOperationException(
                        $"Migration {module.Schema} {migration.Source} {migration.Version:0000}_{migration.Name} was changed after it was applied. " +
                        "Applied migrations are never edited: add a new numbered file instead.");
                }

                continue;
            }

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(migration.Sql, transaction: transaction);
            await connection.ExecuteAsync(
                $"insert into {module.Schema}.schema_versions (source, version, name, checksum) values (@Source, @Version, @Name, @Checksum)",
                migration, transaction);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Applied migration {Schema} {Source} {Version} {Name}", module.Schema, migration.Source, migration.Version, migration.Name);
        }
    }

    private static async Task<Dictionary<(string, int), string>> AppliedAsync(NpgsqlConnection connection, string schema)
    {
        var exists = await connection.ExecuteScalarAsync<bool>(
            "select to_regclass(@table) is not null", new { table = schema + ".schema_versions" });
        if (!exists)
        {
            return [];
        }

        var rows = await connection.QueryAsync<(string Source, int Version, string Checksum)>(
            $"select source, version, checksum from {schema}.schema_versions");
        return rows.ToDictionary(r => (r.Source, r.Version), r => r.Checksum);
    }

    /// <summary>The platform's own tables every schema has (outbox, inbox), then the module's.</summary>
    private static IReadOnlyList<Migration> MigrationsOf(IModule module) =>
        [
            .. module.AlleenToevoegen
                ? []
                : Migration.In(typeof(MigrationRunner).Assembly, typeof(MigrationRunner).Assembly.GetName().Name!, Migration.Platform, module.Schema),
            .. Migration.In(module.GetType().Assembly, module.GetType().Namespace!, Migration.Module, module.Schema),
        ];

    private ModuleDb DbOf(IModule module) => dbs.Single(db => db.Schema == module.Schema);
}
