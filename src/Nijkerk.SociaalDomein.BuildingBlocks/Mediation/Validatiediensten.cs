using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Mediation;

/// <summary>
/// A validator is made once per host when everything it is built from lives as long (<see cref="Validatorlevensduur"/>,
/// ADR 0024): building its rules cost more than running them. A rule that must ask something of the request being
/// validated (the mediator, the actor) takes it from the validation, which <see cref="ValidationBehavior{TRequest,TResponse}"/>
/// gives the request's services: <c>context.Dienst&lt;IMediator&gt;()</c>. What such a rule learns once per validation it
/// keeps with <see cref="Onthoud{T}"/>, never in a field of the validator, which every request shares.
/// </summary>
public static class Validatiediensten
{
    private const string Sleutel = "Nijkerk.SociaalDomein.Verzoekdiensten";

    internal static void Geef(IValidationContext context, IServiceProvider diensten) => context.RootContextData[Sleutel] = diensten;

    /// <summary>A service of the request being validated.</summary>
    public static T Dienst<T>(this IValidationContext context)
        where T : notnull =>
        context.RootContextData.TryGetValue(Sleutel, out var diensten) && diensten is IServiceProvider provider
            ? provider.GetRequiredService<T>()
            : throw new InvalidOperationException(
                "Deze validator vraagt de diensten van het verzoek; hij draait alleen via de mediator (ValidationBehavior).");

    /// <summary>What <paramref name="maak"/> gives, once per validation (a rule for each item of a list asks once).</summary>
    public static T Onthoud<T>(this IValidationContext context, string sleutel, Func<T> maak)
        where T : notnull
    {
        if (context.RootContextData.TryGetValue(sleutel, out var bekend) && bekend is T waarde)
        {
            return waarde;
        }

        waarde = maak();
        context.RootContextData[sleutel] = waarde;
        return waarde;
    }
}
