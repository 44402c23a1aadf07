using System.Data.Common;
using System.Reflection;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;

namespace Nijkerk.SociaalDomein.Architecture.Tests;

/// <summary>
/// An event handler writes through the transaction the building blocks open for it (CommandSession), in which
/// its inbox row is written too. One that takes a data source or a connection can write outside it, and then a
/// redelivered event is handled twice.
/// </summary>
internal static class HandlerRules
{
    private static readonly Type[] OwnConnection = [typeof(ModuleDb), typeof(AdminDataSource), typeof(DbDataSource), typeof(DbConnection)];

    public static IEnumerable<string> HandlersWithOwnConnection(Assembly assembly) =>
        from type in assembly.GetTypes()
        where type is { IsAbstract: false, IsInterface: false }
            && type.Assembly != typeof(ModuleDb).Assembly // the building blocks' own inbox wrapper is what opens the transaction
            && type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(INotificationHandler<>))
        from constructor in type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
        from parameter in constructor.GetParameters()
        where OwnConnection.Any(forbidden => Reaches(parameter.ParameterType, forbidden))
        select $"{type.FullName} takes {parameter.ParameterType.Name} and may write outside its inbox transaction";

    // Also IEnumerable<ModuleDb>, Lazy<NpgsqlConnection> and the like.
    private static bool Reaches(Type type, Type forbidden) =>
        forbidden.IsAssignableFrom(type) || type.GenericTypeArguments.Any(argument => Reaches(argument, forbidden));
}
