using FluentValidation;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Regie.Huishoudens;

/// <summary>
/// One member as a household's list names him: the inwoner (by his id in Intake's register), his relation to the
/// household (ouder, kind, partner, overig) and whether he is its contact person (exactly one is).
/// </summary>
internal sealed record HuishoudenLid(Guid? InwonerId, string? Relatie, bool? Contactpersoon)
{
    /// <summary>The members in the API document's examples: a mother who is the contact person and her son.</summary>
    public static IReadOnlyList<HuishoudenLid> Voorbeelden =>
    [
        new(Guid.Parse("0190a8c4-5f3e-7d21-9b6a-3c2e1f4d5a6b"), "ouder", true),
        new(Guid.Parse("0190a8c4-6a11-7c42-8d3e-4b5f6a7c8d9e"), "kind", false),
    ];
}

/// <summary>
/// A member: an inwoner that exists in Intake's register (asked through its Contracts, under the caller's own right to
/// read inwoners), with a known relation.
/// </summary>
internal sealed class HuishoudenLidValidator : AbstractValidator<HuishoudenLid>
{
    public HuishoudenLidValidator(IMediator mediator)
    {
        var relaties = string.Join(", ", HuishoudenOpslag.Relaties.Keys);
        RuleFor(l => l.InwonerId).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Kies de inwoner die lid is van het huishouden.")
            .MustAsync(async (id, ct) => await mediator.Send(new GeefInwonerKenmerken(id!.Value), ct) is not null)
            .WithMessage("Er is geen inwoner met deze id in het personenregister; registreer hem eerst bij het loket.");
        RuleFor(l => l.Relatie).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage($"Kies de relatie tot het huishouden: {relaties}.")
            .EenVan(HuishoudenOpslag.Relaties.Keys).WithMessage($"Onbekende relatie; kies uit: {relaties}.");
    }
}

/// <summary>The rules for the whole list, shared by creating a household and replacing its members.</summary>
internal static class LedenRegels
{
    public static void Leden<T>(
        this AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, IReadOnlyList<HuishoudenLid>?>> veld, int minimum, IMediator mediator)
    {
        validator.RuleFor(veld).Cascade(CascadeMode.Stop)
            .Aantal(minimum, HuishoudenOpslag.MaximumLeden)
            .WithMessage(minimum > 0
                ? $"Noem de leden van het huishouden: ten minste één, ten hoogste {HuishoudenOpslag.MaximumLeden}."
                : $"Een huishouden heeft ten hoogste {HuishoudenOpslag.MaximumLeden} leden.")
            .Must(l => l is null or { Count: 0 } || l.Count(x => x.Contactpersoon == true) == 1)
            .WithMessage("Kies precies één lid als contactpersoon van het huishouden.")
            .Must(l => l is null || l.Where(x => x.InwonerId is not null).GroupBy(x => x.InwonerId).All(g => g.Count() == 1))
            .WithMessage("Elke inwoner staat maar één keer in het huishouden.");
        var elk = System.Linq.Expressions.Expression.Lambda<Func<T, IEnumerable<HuishoudenLid>>>(veld.Body, veld.Parameters);
        validator.RuleForEach(elk).NotNull().WithMessage("Een lid mag niet leeg zijn.").SetValidator(new HuishoudenLidValidator(mediator));
    }
}
