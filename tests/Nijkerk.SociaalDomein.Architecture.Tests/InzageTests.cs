using Nijkerk.SociaalDomein.Architecture.Fixture;
using Nijkerk.SociaalDomein.Host;

namespace Nijkerk.SociaalDomein.Architecture.Tests;

public sealed class InzageTests
{
    [Fact]
    public void Elke_module_beantwoordt_een_inzage_zelf()
    {
        var modules = Modules.All();

        modules.Select(m => m.Persoonsgegevens([Guid.Empty]).GetType()).Should().OnlyHaveUniqueItems("each module asks its own data");
        modules.SelectMany(InzageRules.ZonderEigenAntwoord).Should().BeEmpty();
    }

    [Fact]
    public void De_regel_over_inzage_vangt_een_module_zonder_handler_en_een_met_het_verzoek_van_een_ander()
    {
        InzageRules.ZonderEigenAntwoord(new ModuleZonderInzage()).Should().ContainSingle()
            .Which.Should().Be("ZonderInzage has no handler of its own for VergetenInzage");
        InzageRules.ZonderEigenAntwoord(new ModuleMetLeenInzage()).Should().Contain(
            v => v.StartsWith("LeenInzage answers an inzage with Nijkerk.SociaalDomein.Intake.Contracts.GeefPersoonsgegevensVanIntake", StringComparison.Ordinal));
    }
}
