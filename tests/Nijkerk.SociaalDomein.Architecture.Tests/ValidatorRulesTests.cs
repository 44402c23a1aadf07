using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.Architecture.Fixture;
using Nijkerk.SociaalDomein.Host;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Architecture.Tests;

public sealed class ValidatorRulesTests
{
    [Fact]
    public void Een_validator_onthoudt_niets_van_het_ene_verzoek_voor_het_volgende() =>
        Modules.All().SelectMany(ModuleRules.AssembliesOfModule).Distinct()
            .SelectMany(ValidatorRules.ValidatorsWithState).Should().BeEmpty();

    [Fact]
    public void De_regel_over_validators_vangt_een_validator_met_geheugen() =>
        ValidatorRules.ValidatorsWithState(typeof(ValidatorMetGeheugen).Assembly)
            .Should().ContainSingle().Which.Should().Contain(nameof(ValidatorMetGeheugen));

    [Fact]
    public void Alleen_een_validator_zonder_diensten_van_het_verzoek_wordt_eenmalig_gemaakt()
    {
        IServiceCollection? services = null;
        // No database is opened: only the registrations are read.
        using (TestDatabases.Services("Host=localhost;Database=geen;Username=geen;Password=geen", s => services = s))
        {
        }

        var validators = services!.Where(d => ValidatorRules.IsValidator(d.ServiceType)).ToList();
        ValidatorRules.SharedValidatorsWithRequestServices(services!).Should().BeEmpty();
        // Not vacuous: the create's validator (which asks the mediator through the validation) is made once, and one that
        // takes the mediator in its constructor stays per request.
        validators.Should().Contain(d => d.Lifetime == ServiceLifetime.Singleton
            && d.ImplementationType!.FullName == "Nijkerk.SociaalDomein.Intake.Aanmeldingen.RegistreerAanmelding+Validator");
        validators.Should().Contain(d => d.Lifetime == ServiceLifetime.Scoped
            && d.ImplementationType!.GetConstructors().Single().GetParameters().Any(p => p.ParameterType == typeof(MediatR.IMediator)));
    }
}
