using FluentValidation;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Architecture.Fixture;

/// <summary>A validator that remembers what it looked up in a field: made once per host, one request would see another's.</summary>
public sealed class ValidatorMetGeheugen : AbstractValidator<AanmeldingDoorgezet>
{
    private int gezien;

    public ValidatorMetGeheugen() => RuleFor(e => e.AanmeldingId).Must(_ => ++gezien < 10);
}
