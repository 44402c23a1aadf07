using System.Reflection;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Nijkerk.SociaalDomein.Architecture.Tests;

/// <summary>
/// A validator may be made once per host and then serves every request at the same time (ADR 0024): it keeps nothing
/// of one validation for the next, and it is shared only when everything it was built from is shared too, never when it
/// holds a request's own services (the mediator, the actor), which would let one request's rule run as another's actor.
/// </summary>
internal static class ValidatorRules
{
    /// <summary>
    /// Validators with a field that can change after construction (a primary constructor's captured parameter is one too).
    /// </summary>
    public static IEnumerable<string> ValidatorsWithState(Assembly assembly) =>
        from type in assembly.GetTypes()
        where type is { IsAbstract: false } && typeof(IValidator).IsAssignableFrom(type)
        from field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
        where !field.IsInitOnly
        select $"{type.FullName} keeps {field.Name}, which one validation can change for the next";

    /// <summary>Validators registered once per host although a service they are built from is not.</summary>
    public static IEnumerable<string> SharedValidatorsWithRequestServices(IServiceCollection services)
    {
        var perRequest = services.Where(d => d.Lifetime != ServiceLifetime.Singleton).Select(d => d.ServiceType).ToHashSet();
        return
            from descriptor in services
            where descriptor is { Lifetime: ServiceLifetime.Singleton, ImplementationType: not null } && IsValidator(descriptor.ServiceType)
            let type = descriptor.ImplementationType!
            from constructor in type.GetConstructors()
            from parameter in constructor.GetParameters()
            where perRequest.Contains(parameter.ParameterType)
            select $"{type.FullName} is made once but takes {parameter.ParameterType.Name}, which is made per request";
    }

    public static bool IsValidator(Type serviceType) =>
        serviceType.IsConstructedGenericType && serviceType.GetGenericTypeDefinition() == typeof(IValidator<>);
}
