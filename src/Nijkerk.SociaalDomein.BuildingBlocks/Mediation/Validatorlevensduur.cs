using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Mediation;

/// <summary>
/// Validators are registered per request; a validator whose constructor takes only services that live as long as the
/// host (the clock, a module's database, another such validator) is made once per host instead. Building a validator's
/// rules (and compiling its regular expressions) was about a tenth of a create's CPU in the host (ADR 0024). A validator
/// that needs the request's own services (the mediator, the actor) stays per request, or takes them from the validation
/// (<see cref="Validatiediensten"/>).
/// </summary>
internal static class Validatorlevensduur
{
    public static void Bepaal(IServiceCollection services)
    {
        var eenmalig = services
            .Where(d => !d.IsKeyedService)
            .GroupBy(d => d.ServiceType)
            .Where(g => g.All(d => d.Lifetime == ServiceLifetime.Singleton))
            .Select(g => g.Key)
            .ToHashSet();
        var veranderd = true;
        // Until nothing changes: a validator built from another validator can be made once when that one can.
        while (veranderd)
        {
            var gemaakt = new HashSet<Type>();
            for (var i = 0; i < services.Count; i++)
            {
                var descriptor = services[i];
                if (descriptor is not { IsKeyedService: false, Lifetime: not ServiceLifetime.Singleton, ImplementationType: { } type }
                    || !IsValidator(descriptor.ServiceType) || !KanEenmalig(type, eenmalig))
                {
                    continue;
                }

                services[i] = ServiceDescriptor.Singleton(descriptor.ServiceType, type);
                gemaakt.Add(descriptor.ServiceType);
            }

            // Once per pass, not per validator: a service type is made once when every registration of it is.
            foreach (var registraties in services.Where(d => !d.IsKeyedService && gemaakt.Contains(d.ServiceType)).GroupBy(d => d.ServiceType))
            {
                if (registraties.All(d => d.Lifetime == ServiceLifetime.Singleton))
                {
                    eenmalig.Add(registraties.Key);
                }
            }

            veranderd = gemaakt.Count > 0;
        }
    }

    private static bool IsValidator(Type serviceType) =>
        serviceType.IsConstructedGenericType && serviceType.GetGenericTypeDefinition() == typeof(IValidator<>);

    private static bool KanEenmalig(Type type, HashSet<Type> eenmalig) =>
        type.GetConstructors() is [var constructor] && constructor.GetParameters().All(p => eenmalig.Contains(p.ParameterType));
}
