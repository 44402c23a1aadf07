using FluentValidation;
using Nijkerk.SociaalDomein.Bewaring.Vernietigingslijsten;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;

namespace Nijkerk.SociaalDomein.Bewaring.Tests;

/// <summary>Rejecting a proposed list: a reason is needed; the list keeps its counts and loses the ids of its dossiers.</summary>
public sealed class BeoordelingTests(BewaringFixture fixture) : IClassFixture<BewaringFixture>
{
    private async Task<Guid> LijstAsync(Guid inwoner)
    {
        var id = Guid.CreateVersion7();
        await fixture.ExecuteAsync(
            """
            insert into bewaring.vernietigingslijst (id, status, voorgesteld_op, peildatum, aantal_dossiers) values (@id, 'voorgesteld', now(), current_date, 1);
            insert into bewaring.lijstregel (lijst_id, categorie, afgesloten_in, aantal_dossiers) values (@id, 'toegang', date '2023-06-01', 1);
            insert into bewaring.lijst_dossier (lijst_id, inwoner_id, dossier_id) values (@id, @inwoner, @inwoner);
            """,
            new { id, inwoner });
        return id;
    }

    [Fact]
    public async Task Afwijzen_vraagt_een_reden_en_houdt_dan_alleen_de_aantallen()
    {
        var inwoner = Guid.NewGuid();
        var lijst = await LijstAsync(inwoner);

        var zonderReden = () => fixture.SendAsync(new BeoordeelVernietigingslijst.Command(lijst, false, " "));
        (await zonderReden.Should().ThrowAsync<ValidationException>()).Which.Errors.Should()
            .ContainSingle(e => e.PropertyName == "Reden").Which.ErrorMessage.Should().Contain("reden");
        (await fixture.SendAsync(new GeefVernietigingslijst.Query(lijst))).Status.Should().Be("voorgesteld");

        await fixture.SendAsync(new BeoordeelVernietigingslijst.Command(lijst, false, "Dossier is nodig voor een bezwaarprocedure"));

        var afgewezen = await fixture.SendAsync(new GeefVernietigingslijst.Query(lijst));
        (afgewezen.Status, afgewezen.Reden, afgewezen.BeoordeeldDoor).Should().Be(("afgewezen", "Dossier is nodig voor een bezwaarprocedure", "Test Medewerker"));
        afgewezen.Regels.Should().ContainSingle().Which.AantalDossiers.Should().Be(1);
        (await fixture.ScalarAsync<long>("select count(*) from bewaring.lijst_dossier where lijst_id = @lijst", new { lijst })).Should().Be(0);

        var nogmaals = () => fixture.SendAsync(new BeoordeelVernietigingslijst.Command(lijst, true, null));
        await nogmaals.Should().ThrowAsync<RegelOvertredenException>();
        (await fixture.SendAsync(new GeefVernietigingslijsten.Query())).Should().Contain(l => l.Id == lijst && l.Status == "afgewezen");
    }
}
