using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Demo;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake.Demo;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Intake.Tests;

public sealed class DemoDataTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    [Fact]
    public async Task De_demodata_registreert_40_fictieve_inwoners_met_kern_contactgegevens_en_voorkeurskanaal()
    {
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = Actor.Systeem;
            var demo = scope.ServiceProvider.GetServices<IDemoData>().OfType<IntakeDemoData>().Single();
            await demo.SeedAsync(CancellationToken.None);
        }

        (await fixture.ScalarAsync<long>("select count(*) from intake.inwoner")).Should().Be(40);
        (await fixture.ScalarAsync<long>(
            "select count(*) from intake.inwoner where kern is null or telefoon is null or voorkeurskanaal is null or taal is null")).Should().Be(0);
        (await fixture.ScalarAsync<long>("select count(*) from intake.inwoner where ondersteuningsbehoefte like 'Tolk nodig%'")).Should().BeGreaterThan(0);
    }
}
