using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake.Aanmeldingen;
using Nijkerk.SociaalDomein.Intake.Terugbelverzoeken;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Intake.Tests;

/// <summary>
/// The partner rule is PostgreSQL's row-level security (ADR 0014): through every slice another organisation's
/// aanmelding is not found and not changed, and a hand-written query that forgets the rule still keeps to it.
/// </summary>
public sealed class RijbeveiligingTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    private static readonly Actor Sigma = TestActors.Partner("Sigma", IntakeRechten.AanmeldingenSchrijven, IntakeRechten.AanmeldingenLezen, IntakeRechten.AanmeldingenBehandelen);
    private static readonly Actor Mee = TestActors.Partner("MEE Veluwe", IntakeRechten.AanmeldingenSchrijven, IntakeRechten.AanmeldingenLezen, IntakeRechten.AanmeldingenBehandelen);

    [Fact]
    public async Task Een_partner_leest_en_wijzigt_de_aanmelding_van_een_andere_organisatie_via_geen_enkele_slice()
    {
        var vanSigma = await AlsAsync(Sigma, async () =>
        {
            var id = await RegistreerAsync();
            await fixture.SendAsync(new VraagTerugbelverzoekAan.Command(id, "loket", null, "0331234567", null));
            return id;
        });

        await AlsAsync(Mee, async () =>
        {
            await Onvindbaar(() => fixture.SendAsync(new GeefAanmelding.Query(vanSigma)));
            await Onvindbaar(() => fixture.SendAsync(new GeefBehandelaar.Query(vanSigma)));
            await Onvindbaar(() => fixture.SendAsync(new GeefAfhandeling.Query(vanSigma)));
            await Onvindbaar(() => fixture.SendAsync(new RegistreerContactmoment.Command(vanSigma, "telefoon", "Poging", null)));
            await Onvindbaar(() => fixture.SendAsync(new VraagTerugbelverzoekAan.Command(vanSigma, "loket", null, "0331234567", null)));
            await Onvindbaar(() => fixture.SendAsync(new NeemAanmelding.Command(vanSigma)));
            (await fixture.SendAsync(new ZoekAanmeldingen.Query(null, null, null, null, null, new(1, 100)))).Items
                .Should().NotContain(a => a.Id == vanSigma);
            (await fixture.SendAsync(new GeefWerkvoorraad.Query(null, null, null, new(1, 100)))).Items
                .Should().NotContain(a => a.Id == vanSigma);
            (await fixture.SendAsync(new ZoekTerugbelverzoeken.Query(null, null, new(1, 100)))).Items
                .Should().NotContain(t => t.AanmeldingId == vanSigma);
            return 0;
        });

        var zelf = await AlsAsync(Sigma, () => fixture.SendAsync(new GeefAanmelding.Query(vanSigma)));
        zelf.Contactmomenten.Should().ContainSingle("Mee's contactmoment was never written");
        zelf.Terugbelverzoeken.Should().ContainSingle();
        (await fixture.SendAsync(new GeefAanmelding.Query(vanSigma))).Id.Should().Be(vanSigma, "staff see every organisation's aanmelding");
    }

    [Fact]
    public async Task Een_handgeschreven_query_zonder_filter_ziet_alleen_de_rijen_van_de_eigen_organisatie()
    {
        var vanSigma = await AlsAsync(Sigma, () => RegistreerAsync());
        var vanMee = await AlsAsync(Mee, () => RegistreerAsync());
        var db = Intake();

        await using var alsSigma = await db.OpenAsync(Sigma, CancellationToken.None);
        var organisaties = (await alsSigma.QueryAsync<string?>("select distinct organisatie from intake.aanmelding")).ToList();
        var contactmomenten = await alsSigma.ExecuteScalarAsync<long>(
            "select count(*) from intake.contactmoment where aanmelding_id = any(@ids)", new { ids = new[] { vanSigma, vanMee } });
        var bijgewerkt = await alsSigma.ExecuteAsync("update intake.aanmelding set vraag = 'Overschreven' where id = @vanMee", new { vanMee });

        organisaties.Should().Equal("Sigma");
        contactmomenten.Should().Be(1, "only the first contactmoment of Sigma's own aanmelding");
        bijgewerkt.Should().Be(0);
        (await fixture.ScalarAsync<string>("select vraag from intake.aanmelding where id = @vanMee", new { vanMee })).Should().NotBe("Overschreven");
    }

    [Fact]
    public async Task Een_partner_mag_niet_in_een_andere_organisatie_schrijven()
    {
        var db = Intake();
        await using var alsSigma = await db.OpenAsync(Sigma, CancellationToken.None);

        var invoegen = () => alsSigma.ExecuteAsync(
            "insert into intake.aanmelding (id, kanaal, bron, vraag, urgentie, status, geregistreerd_op, organisatie) " +
            "values (gen_random_uuid(), 'balie', 'inwoner-zelf', 'Vals', 'normaal', 'open', now(), 'MEE Veluwe')");

        (await invoegen.Should().ThrowAsync<Npgsql.PostgresException>()).Which.SqlState.Should().Be("42501", "the policy's check refuses the row");
    }

    [Theory]
    [InlineData("zonder actor")]
    [InlineData("zonder organisatie")]
    [InlineData("niet aangemeld")]
    [InlineData("rechtstreeks uit de pool")]
    public async Task Zonder_instelling_ziet_een_verbinding_niets(string geval)
    {
        await AlsAsync(Sigma, () => RegistreerAsync());
        var db = Intake();

        await using var connection = geval switch
        {
            "zonder actor" => await db.OpenAsync(null, CancellationToken.None),
            "zonder organisatie" => await db.OpenAsync(TestActors.Partner("", IntakeRechten.AanmeldingenLezen), CancellationToken.None),
            "niet aangemeld" => await db.OpenAsync(Actor.Anoniem, CancellationToken.None),
            _ => await db.DataSource.OpenConnectionAsync(),
        };

        (await connection.ExecuteScalarAsync<long>("select count(*) from intake.aanmelding")).Should().Be(0);
        (await connection.ExecuteScalarAsync<long>("select count(*) from intake.contactmoment")).Should().Be(0);
        (await fixture.ScalarAsync<long>("select count(*) from intake.aanmelding")).Should().BePositive();
    }

    [Fact]
    public async Task Een_verbinding_uit_de_pool_neemt_de_organisatie_van_de_vorige_gebruiker_niet_mee()
    {
        await AlsAsync(Sigma, () => RegistreerAsync());
        var db = Intake();
        await using (var alsSigma = await db.OpenAsync(Sigma, CancellationToken.None))
        {
            (await alsSigma.ExecuteScalarAsync<long>("select count(*) from intake.aanmelding")).Should().BePositive();
        }

        await using var daarna = await db.OpenAsync(TestActors.Partner("Niemand", IntakeRechten.AanmeldingenLezen), CancellationToken.None);

        (await daarna.ExecuteScalarAsync<long>("select count(*) from intake.aanmelding")).Should().Be(0);
    }

    private ModuleDb Intake() => fixture.Services.GetServices<ModuleDb>().Single(db => db.Schema == "intake");

    private Task<Guid> RegistreerAsync() =>
        fixture.SendAsync(new RegistreerAanmelding.Command("website-formulier", "voorliggend-veld", "Signaal", null, "normaal", null, null, true, true));

    private static async Task Onvindbaar<T>(Func<Task<T>> poging) => await poging.Should().ThrowAsync<NietGevondenException>();

    private async Task<T> AlsAsync<T>(Actor actor, Func<Task<T>> werk)
    {
        var vorige = fixture.Actor;
        fixture.Actor = actor;
        try
        {
            return await werk();
        }
        finally
        {
            fixture.Actor = vorige;
        }
    }
}
