using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Tests;

public sealed class AanmeldingDoorgezetTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    [Fact]
    public async Task Doorzetten_opent_een_vraagverheldering_met_de_vraag_van_de_inwoner()
    {
        var aanmelding = await Doorzetting.ZetEenAanmeldingDoorAsync(fixture, "Mijn moeder vergeet te eten");

        await fixture.DispatchOutboxesAsync();

        var geopend = (await Doorzetting.VoorAanmeldingAsync(fixture, aanmelding)).Should().ContainSingle().Subject;
        geopend.Vraag.Should().Be("Mijn moeder vergeet te eten");
        geopend.Urgentie.Should().Be("hoog");
        geopend.Status.Should().Be("open");
    }

    [Fact]
    public async Task Hetzelfde_event_twee_keer_afgeleverd_opent_precies_een_vraagverheldering()
    {
        var doorgezet = new AanmeldingDoorgezet(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.CreateVersion7(), null, "Vraag", "normaal");

        await fixture.PublishAsync(doorgezet);
        await fixture.PublishAsync(doorgezet);

        (await Doorzetting.VoorAanmeldingAsync(fixture, doorgezet.AanmeldingId)).Should().ContainSingle();
        (await fixture.ScalarAsync<long>("select count(*) from vraagverheldering.inbox where event_id = @EventId", doorgezet))
            .Should().Be(1);
    }

    [Fact]
    public async Task Twee_keer_tegelijk_afgeleverd_opent_ook_precies_een_vraagverheldering()
    {
        var doorgezet = new AanmeldingDoorgezet(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.CreateVersion7(), null, "Vraag", "normaal");

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fixture.PublishAsync(doorgezet)));

        (await Doorzetting.VoorAanmeldingAsync(fixture, doorgezet.AanmeldingId)).Should().ContainSingle();
    }
}
