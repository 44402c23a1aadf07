using Nijkerk.SociaalDomein.Architecture.Fixture;
using Nijkerk.SociaalDomein.Host;

namespace Nijkerk.SociaalDomein.Architecture.Tests;

public sealed class BewaringTests
{
    [Fact]
    public void Elke_module_beantwoordt_bewaarstand_en_vernietiging_zelf()
    {
        Modules.All().Select(m => m.Bewaarstand([Guid.Empty]).GetType()).Should().OnlyHaveUniqueItems("each module asks its own parts");
        Modules.All().Select(m => m.Vernietiging([Guid.Empty]).GetType()).Should().OnlyHaveUniqueItems("each module destroys its own data");
        Modules.All().SelectMany(BewaringRules.ZonderEigenAntwoord).Should().BeEmpty();
    }

    [Fact]
    public void De_regel_over_bewaring_vangt_een_module_zonder_handlers_en_een_met_de_verzoeken_van_een_ander()
    {
        BewaringRules.ZonderEigenAntwoord(new ModuleZonderBewaring()).Should().Equal(
            "ZonderBewaring has no handler of its own for VergetenBewaarstand",
            "ZonderBewaring has no handler of its own for VergetenVernietiging");
        BewaringRules.ZonderEigenAntwoord(new ModuleMetLeenBewaring()).Should().Contain(
        [
            "LeenBewaring answers its bewaarstand with Nijkerk.SociaalDomein.Intake.Contracts.GeefBewaarstandVanIntake, which is not its own",
            "LeenBewaring answers its vernietiging with Nijkerk.SociaalDomein.Intake.Contracts.VernietigPersoonsgegevensVanIntake, which is not its own",
        ]);
    }
}
