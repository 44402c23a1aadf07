using Nijkerk.SociaalDomein.Architecture.Fixture;
using Nijkerk.SociaalDomein.Host;

namespace Nijkerk.SociaalDomein.Architecture.Tests;

public sealed class HandlerRulesTests
{
    [Fact]
    public void Een_eventhandler_schrijft_alleen_in_de_transactie_van_zijn_inbox() =>
        Modules.All().SelectMany(ModuleRules.AssembliesOfModule).Distinct()
            .SelectMany(HandlerRules.HandlersWithOwnConnection).Should().BeEmpty();

    [Fact]
    public void De_regel_over_eventhandlers_vangt_een_handler_met_een_eigen_verbinding() =>
        HandlerRules.HandlersWithOwnConnection(typeof(HandlerMetEigenVerbinding).Assembly)
            .Should().ContainSingle().Which.Should().Contain(nameof(HandlerMetEigenVerbinding));
}
