using FluentValidation;
using MediatR;
using Nijkerk.SociaalDomein.SocialeKaart.Contracts;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Voorzieningen;

/// <summary>The check the afronding and the rolgesprek share: every voorziening pointed to is still on the sociale kaart.</summary>
internal static class VoorzieningRegels
{
    public const int Maximum = 50;

    public static IRuleBuilderOptionsConditions<T, IReadOnlyList<Guid>?> OpDeSocialeKaart<T>(
        this IRuleBuilder<T, IReadOnlyList<Guid>?> rule, IMediator mediator, string teVeel) =>
        rule.CustomAsync(async (ids, context, ct) =>
        {
            if (ids is not { Count: > 0 })
            {
                return;
            }

            if (ids.Count > Maximum)
            {
                context.AddFailure(teVeel);
                return;
            }

            var bestaan = await mediator.Send(new BestaanVoorzieningen(ids), ct);
            foreach (var onbekend in ids.Where(id => !bestaan.Contains(id)).Distinct())
            {
                context.AddFailure($"Voorziening {onbekend} staat niet (meer) op de sociale kaart.");
            }
        });
}
