using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

public sealed class DemoDataTests
{
    [Fact]
    public async Task Demodata_buiten_Development_laat_de_host_niet_starten()
    {
        await using var factory = new ProductieMetDemo();
        await ((IAsyncLifetime)factory).InitializeAsync();

        var starten = () => factory.CreateClient();

        starten.Should().Throw<InvalidOperationException>()
            .WithMessage("*Demo:Seed=true is alleen toegestaan in de omgeving Development, niet in 'Production'*");
    }

    private sealed class ProductieMetDemo : ApiFactory
    {
        protected override string Omgeving => "Production";

        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => [new("Demo:Seed", "true")];
    }
}
