using Nijkerk.SociaalDomein.Bewaring.Vernietigingslijsten;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.Host;

namespace Nijkerk.SociaalDomein.Bewaring.Tests;

/// <summary>
/// Issue 16's Done-when, with an injected clock: a closed aanmelding past its term appears on the vernietigingslijst (one not
/// yet past its term and an open one do not); after approval the inwoner's data is gone from every module (their own inzage
/// requests answer nothing), from the audit log and from the outbox; the verklaring exists; a second run changes nothing.
/// Needs every module's GeefBewaarstand and VernietigPersoonsgegevens handler.
/// </summary>
public sealed class VernietigingTests(BewaringFixture fixture) : IClassFixture<BewaringFixture>
{
    private async Task<Guid> AanmeldingAsync(Guid inwoner, string status, DateTimeOffset? afgehandeld)
    {
        var id = Guid.CreateVersion7();
        await fixture.ExecuteAsync(
            """
            insert into intake.aanmelding (id, kanaal, bron, vraag, inwoner_id, urgentie, status, geregistreerd_op, afgehandeld_op)
            values (@id, 'telefoon', 'inwoner-zelf', 'Waar vind ik het Taalhuis?', @inwoner, 'normaal', @status, @geregistreerd, @afgehandeld)
            """,
            new { id, inwoner, status, geregistreerd = (afgehandeld ?? fixture.Klok.Nu).AddDays(-3), afgehandeld });
        return id;
    }

    [Fact]
    public async Task Een_afgesloten_aanmelding_voorbij_haar_termijn_wordt_na_goedkeuring_overal_vernietigd()
    {
        fixture.Klok.Nu = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        var oud = await fixture.InwonerAsync();
        var samengevoegd = await fixture.InwonerAsync(samengevoegdIn: oud);
        await AanmeldingAsync(oud, "afgehandeld", new DateTimeOffset(2023, 6, 1, 10, 0, 0, TimeSpan.Zero));
        await AanmeldingAsync(samengevoegd, "afgehandeld", new DateTimeOffset(2023, 5, 1, 10, 0, 0, TimeSpan.Zero));
        var recent = await fixture.InwonerAsync();
        await AanmeldingAsync(recent, "afgehandeld", new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.Zero));
        var open = await fixture.InwonerAsync();
        await AanmeldingAsync(open, "afgehandeld", new DateTimeOffset(2020, 6, 1, 10, 0, 0, TimeSpan.Zero));
        await AanmeldingAsync(open, "open", null);
        await fixture.VerwerkingAsync(oud);
        await fixture.VerwerkingAsync(samengevoegd);
        await fixture.VerwerkingAsync(recent);
        var gebeurtenis = await fixture.GepubliceerdAsync(oud, fixture.Klok.Nu.AddDays(-1));

        var voorstel = await fixture.Ronde.RondeAsync(CancellationToken.None);

        var lijstId = voorstel.Voorgesteld ?? throw new InvalidOperationException("Er is geen vernietigingslijst voorgesteld.");
        var lijst = await fixture.SendAsync(new GeefVernietigingslijst.Query(lijstId));
        lijst.AantalDossiers.Should().Be(1);
        lijst.Regels.Should().NotBeEmpty().And.OnlyContain(r => r.AantalDossiers == 1);
        lijst.Regels.Select(r => r.AfgeslotenIn).Should().Contain([new DateOnly(2023, 6, 1), new DateOnly(2023, 5, 1)]);
        (await fixture.QueryAsync<Guid>("select inwoner_id from bewaring.lijst_dossier where lijst_id = @lijstId order by inwoner_id", new { lijstId }))
            .Should().BeEquivalentTo([oud, samengevoegd]);

        await fixture.SendAsync(new BeoordeelVernietigingslijst.Command(lijstId, true, null));
        (await fixture.Ronde.VoerUitAlsVrijAsync(CancellationToken.None)).Should().Be(lijstId);

        // Before the inzage below, which records itself: only the vernietigingen' own records name them.
        (await fixture.QueryAsync<string>("select doel from audit.verwerking where persoon_id = any(@Ids)", new { Ids = new[] { oud, samengevoegd } }))
            .Should().OnlyContain(d => d == BewaringDoelen.Vernietiging);
        foreach (var module in Modules.All())
        {
            var antwoord = await fixture.SendAsync(module.Persoonsgegevens([oud, samengevoegd]));
            var over = antwoord.Onderdelen.Where(o => module.Name != "Audit").ToList();
            over.Should().BeEmpty($"{module.Name} houdt niets meer van de vernietigde inwoner");
        }

        (await fixture.ScalarAsync<long>("select count(*) from intake.inwoner where id = @recent or id = @open", new { recent, open })).Should().Be(2);
        (await fixture.ScalarAsync<long>("select count(*) from audit.verwerking where persoon_id = @recent", new { recent })).Should().BeGreaterThan(0);
        (await fixture.PayloadAsync(gebeurtenis)).Should().Be("{}");

        var verklaring = await fixture.SendAsync(new GeefVernietigingslijst.Query(lijstId));
        verklaring.Status.Should().Be("uitgevoerd");
        verklaring.UitgevoerdOp.Should().Be(fixture.Klok.Nu);
        verklaring.BeoordeeldDoor.Should().Be("Test Medewerker");
        verklaring.Uitvoering.Should().Contain(u => u.Module == "Intake" && u.Verwijderd + u.Geanonimiseerd > 0);
        verklaring.Uitvoering.Should().Contain(u => u.Module == "Verwerkingen" || u.Module == "Audit");
        (await fixture.ScalarAsync<long>("select count(*) from bewaring.lijst_dossier where lijst_id = @lijstId", new { lijstId })).Should().Be(0);

        // A second run changes nothing more: no new list, no new counts, the verklaring as it was.
        var tweede = await fixture.Ronde.RondeAsync(CancellationToken.None);
        (tweede.Uitgevoerd, tweede.Voorgesteld).Should().Be((null, null));
        (await fixture.SendAsync(new GeefVernietigingslijst.Query(lijstId))).Should().BeEquivalentTo(verklaring);
        (await fixture.ScalarAsync<long>("select count(*) from intake.inwoner where id = @recent or id = @open", new { recent, open })).Should().Be(2);
    }
}
