using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.Bewaring.Vernietiging;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Bewaring.Tests;

/// <summary>A clock a test sets: the retention job reads the day from the injected TimeProvider.</summary>
public sealed class Klok : TimeProvider
{
    public DateTimeOffset Nu { get; set; } = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Nu;
}

/// <summary>The modules on a database of their own, with a clock the test sets, and helpers to put rows in place as the owner.</summary>
public class BewaringFixture : SliceFixture
{
    public Klok Klok { get; } = new();

    internal Bewaringsronde Ronde => Services.GetRequiredService<Bewaringsronde>();

    protected override void Configure(IServiceCollection services) => services.AddSingleton<TimeProvider>(Klok);

    public async Task ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.ExecuteAsync(sql, parameters);
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        return [.. await connection.QueryAsync<T>(sql, parameters)];
    }

    /// <summary>An inwoner as Intake keeps him (a builder, not the registration: these tests are about what follows).</summary>
    public async Task<Guid> InwonerAsync(Guid? samengevoegdIn = null)
    {
        var id = Guid.CreateVersion7();
        await ExecuteAsync(
            """
            insert into intake.inwoner (id, voornamen, achternaam, geboortedatum, geregistreerd_op, samengevoegd_in)
            values (@id, 'Sanne', 'Mulder', date '1979-02-14', now(), @samengevoegdIn)
            """,
            new { id, samengevoegdIn });
        return id;
    }

    /// <summary>A verwerking of <paramref name="persoon"/> in the audit log, through the function the modules write it with.</summary>
    public Task VerwerkingAsync(Guid persoon, string doel = "Test") =>
        ExecuteAsync(
            "select audit.schrijf_verwerking(@id, now(), 'test', 'Test', 'Medewerker', null, 'Test', 'Gelezen', @doel, @persoon, null)",
            new { id = Guid.CreateVersion7(), persoon, doel });

    /// <summary>A published event in Intake's outbox whose payload names <paramref name="inwoner"/>.</summary>
    public async Task<Guid> GepubliceerdAsync(Guid inwoner, DateTimeOffset gepubliceerd, string status = "gepubliceerd")
    {
        var id = Guid.CreateVersion7();
        await ExecuteAsync(
            """
            insert into intake.outbox (id, type, payload, occurred_at, status, published_at)
            values (@id, 'Test', jsonb_build_object('inwonerId', @inwoner::text, 'naam', 'Sanne Mulder'), @gepubliceerd, @status, @gepubliceerd)
            """,
            new { id, inwoner, gepubliceerd, status });
        return id;
    }

    public async Task<string> PayloadAsync(Guid outboxId) =>
        (await QueryAsync<string>("select payload::text from intake.outbox where id = @outboxId", new { outboxId })).Single();
}
