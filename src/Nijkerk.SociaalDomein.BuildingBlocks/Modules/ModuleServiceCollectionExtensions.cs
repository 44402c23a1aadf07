using FluentValidation;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Npgsql;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Modules;

public static class ModuleServiceCollectionExtensions
{
    /// <summary>
    /// Registers the mediator, the pipeline, the clock, one data source per module (as the module's own role),
    /// the outbox dispatcher, and everything each module scans or registers itself.
    /// </summary>
    public static IServiceCollection AddModules(
        this IServiceCollection services, IConfiguration configuration, params IModule[] modules)
    {
        DapperTypes.Register();
        var registry = new ModuleRegistry(modules);
        var database = DatabaseSettings.From(configuration);
        services.AddSingleton(registry);
        services.AddSingleton(database);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new EventTypes(registry));

        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.AddScoped<ActorContext>();
        // Order matters: MediatR runs behaviours in registration order, outermost first.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AutorisatieBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        // The audit runs inside the transaction: a command's audit rows commit with its change or not at all.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuditBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(IdempotentieBehavior<,>));
        services.AddScoped<CommandSession>();
        services.AddScoped<Leesaudit>();
        services.AddScoped<Idempotentie>();

        services.AddSingleton(_ => new AdminDataSource(NpgsqlDataSource.Create(database.AdminConnectionString)));
        foreach (var module in modules)
        {
            // Registered by factory, so the container owns the pools and closes them when it is disposed.
            var dbType = typeof(ModuleDb<>).MakeGenericType(module.GetType());
            services.AddSingleton(dbType, _ => Activator.CreateInstance(
                dbType, module.Schema, database.ConnectionStringFor(module))!);
            services.AddSingleton(provider => (ModuleDb)provider.GetRequiredService(dbType));

            services.Scan(scan => scan
                .FromAssemblies(ModuleRegistry.AssembliesOf(module))
                .AddClasses(c => c.AssignableTo(typeof(IRequestHandler<,>)), publicOnly: false)
                    .AsImplementedInterfaces().WithScopedLifetime()
                // Not the inbox wrapper: the audit log's assembly is the building blocks' own.
                .AddClasses(c => c.AssignableTo(typeof(INotificationHandler<>)).Where(t => t != typeof(InboxHandler<>)), publicOnly: false)
                    .AsImplementedInterfaces().WithScopedLifetime()
                .AddClasses(c => c.AssignableTo(typeof(IValidator<>)), publicOnly: false)
                    .AsImplementedInterfaces().WithScopedLifetime());

            module.AddServices(services, configuration);
        }

        // After every module's own services, so the lifetimes a validator is built from are known.
        Validatorlevensduur.Bepaal(services);

        // Every module's notification handler runs inside the receiving module's transaction, with its inbox row.
        // Per closed event type: Scrutor's open generic decoration would make the wrapper wrap itself.
        var handled = services
            .Select(d => d.ServiceType)
            .Where(t => t.IsConstructedGenericType && t.GetGenericTypeDefinition() == typeof(INotificationHandler<>))
            .Distinct()
            .ToList();
        foreach (var handler in handled)
        {
            services.Decorate(handler, typeof(InboxHandler<>).MakeGenericType(handler.GenericTypeArguments));
        }

        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<Ontvangers>();
        services.AddSingleton<GeparkeerdeAfleveringen>();
        services.AddSingleton<OutboxStanden>();
        services.AddSingleton<OutboxOpschoning>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService<OutboxDispatcherService>();
        return services;
    }
}
