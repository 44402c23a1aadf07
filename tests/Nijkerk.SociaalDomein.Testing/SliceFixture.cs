using Dapper;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Npgsql;
using Xunit;

namespace Nijkerk.SociaalDomein.Testing;

/// <summary>
/// The modules as the host wires them, on a database of this test class's own, without the background
/// dispatcher: a test sends commands and queries through the mediator and delivers events when it chooses.
/// </summary>
public class SliceFixture : IAsyncLifetime
{
    private ServiceProvider? services;

    public string ConnectionString { get; private set; } = "";

    /// <summary>Who sends the requests: by default a member of staff with every right.</summary>
    public Actor Actor { get; set; } = TestActors.AlleRechten;

    public IServiceProvider Services => services ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        ConnectionString = await TestDatabases.CreateAsync();
        services = TestDatabases.Services(ConnectionString, Configure);
    }

    public async Task DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }
    }

    public async Task<T> SendAsync<T>(IRequest<T> request)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = Actor;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public async Task PublishAsync(IEvent @event)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = BuildingBlocks.Toegang.Actor.Systeem;
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(@event);
    }

    /// <summary>Delivers every due event in every module's outbox, as the background dispatcher would.</summary>
    public async Task<int> DispatchOutboxesAsync()
    {
        var dispatcher = Services.GetRequiredService<OutboxDispatcher>();
        var count = 0;
        foreach (var db in TestDatabases.MetOutbox(Services))
        {
            count += await dispatcher.DispatchDueAsync(db, CancellationToken.None);
        }

        return count;
    }

    /// <summary>Reads a table directly, as the database owner: for tests whose point is the table itself.</summary>
    public async Task<T> ScalarAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        return (await connection.ExecuteScalarAsync<T>(sql, parameters))!;
    }

    protected virtual void Configure(IServiceCollection services)
    {
    }
}
