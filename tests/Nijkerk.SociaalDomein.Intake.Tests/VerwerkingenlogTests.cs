using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake.Inwoners;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Intake.Tests;

public sealed class VerwerkingenlogTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    private const string Rijen = "select count(*) from audit.verwerking where persoon_id = @id and omschrijving = @omschrijving and actor_id = @actor and doel = @doel";

    [Fact]
    public async Task Registreren_en_inzien_van_een_inwoner_staan_in_het_log_met_wie_wat_en_waarvoor()
    {
        var id = await fixture.SendAsync(new RegistreerInwoner.Command { Voornamen = "Kees", Achternaam = "Visser", Geboortedatum = new DateOnly(1950, 3, 3) });

        await fixture.SendAsync(new GeefInwoner.Query(id));

        (await fixture.ScalarAsync<long>(Rijen, new { id, omschrijving = "Inwoner geregistreerd", actor = TestActors.AlleRechten.Id, doel = IntakeDoelen.Intake })).Should().Be(1);
        (await fixture.ScalarAsync<long>(Rijen, new { id, omschrijving = "Gegevens van de inwoner ingezien", actor = TestActors.AlleRechten.Id, doel = IntakeDoelen.Intake })).Should().Be(1);
    }

    [Fact]
    public async Task Een_zoekvraag_legt_elke_gevonden_inwoner_vast()
    {
        var id = await fixture.SendAsync(new RegistreerInwoner.Command { Voornamen = "Els", Achternaam = "Mulder", Geboortedatum = new DateOnly(1970, 5, 6) });

        await fixture.SendAsync(new ZoekInwoners.Query(null, "Mulder", new DateOnly(1970, 5, 6), null, null));

        (await fixture.ScalarAsync<long>(Rijen, new { id, omschrijving = "Inwoner gezocht", actor = TestActors.AlleRechten.Id, doel = IntakeDoelen.Intake })).Should().Be(1);
    }

    [Fact]
    public async Task Wie_het_recht_mist_krijgt_niets_en_er_wordt_niets_vastgelegd()
    {
        var id = await fixture.SendAsync(new RegistreerInwoner.Command { Voornamen = "Jan", Achternaam = "Bos", Geboortedatum = new DateOnly(1980, 1, 1) });
        fixture.Actor = TestActors.Met(IntakeRechten.AanmeldingenLezen);
        try
        {
            var inzien = () => fixture.SendAsync(new GeefInwoner.Query(id));

            await inzien.Should().ThrowAsync<GeenToegangException>();
            (await fixture.ScalarAsync<long>("select count(*) from audit.verwerking where persoon_id = @id and actor_id = @actor", new { id, actor = "test-beperkt" }))
                .Should().Be(0);
        }
        finally
        {
            fixture.Actor = TestActors.AlleRechten;
        }
    }
}
