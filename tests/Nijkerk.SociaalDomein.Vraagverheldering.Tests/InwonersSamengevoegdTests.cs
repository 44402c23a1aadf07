using Nijkerk.SociaalDomein.Intake.Aanmeldingen;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.Intake.Inwoners;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Tests;

public sealed class InwonersSamengevoegdTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    [Fact]
    public async Task Na_samenvoegen_hoort_de_vraagverheldering_bij_de_behouden_inwoner()
    {
        var behouden = await fixture.SendAsync(new RegistreerInwoner.Command { Voornamen = "Ria", Achternaam = "Dubbelink", Geboortedatum = new DateOnly(1952, 2, 2) });
        var dubbel = await fixture.SendAsync(new RegistreerInwoner.Command
        {
            Voornamen = "Ria", Achternaam = "Dubbelink", Geboortedatum = new DateOnly(1952, 2, 2), NieuwOndanksGelijkenis = true,
        });
        var aanmelding = await fixture.SendAsync(new RegistreerAanmelding.Command("telefoon", "netwerk", "Ria redt het niet meer", dubbel, "normaal"));
        await fixture.SendAsync(new ZetAanmeldingDoor.Command(aanmelding));
        await fixture.DispatchOutboxesAsync();

        await fixture.SendAsync(new VoegInwonersSamen.Command(behouden, dubbel));
        await fixture.DispatchOutboxesAsync();

        (await Doorzetting.VoorAanmeldingAsync(fixture, aanmelding)).Should().ContainSingle().Which.InwonerId.Should().Be(behouden);
    }

    [Fact]
    public async Task Hetzelfde_samenvoegevent_twee_keer_afgeleverd_wordt_eenmaal_verwerkt()
    {
        var samengevoegd = new InwonersSamengevoegd(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.CreateVersion7(), Guid.CreateVersion7());

        await fixture.PublishAsync(samengevoegd);
        await fixture.PublishAsync(samengevoegd);

        (await fixture.ScalarAsync<long>("select count(*) from vraagverheldering.inbox where event_id = @EventId", samengevoegd)).Should().Be(1);
    }
}
