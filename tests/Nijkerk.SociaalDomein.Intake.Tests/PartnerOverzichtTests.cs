using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake.Aanmeldingen;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.Intake.Inwoners;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Intake.Tests;

/// <summary>
/// The views that gather aanmeldingen from everywhere, the overzicht of an inwoner and the crisis banner, show a
/// partner only its own organisation's: should a partner ever hold their right, row-level security still holds.
/// </summary>
public sealed class PartnerOverzichtTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    private static readonly string[] Rechten =
        [IntakeRechten.AanmeldingenSchrijven, IntakeRechten.AanmeldingenLezen, IntakeRechten.AanmeldingenBehandelen, IntakeRechten.InwonersLezen];

    private static readonly Actor Sigma = TestActors.Partner("Sigma", Rechten);
    private static readonly Actor Mee = TestActors.Partner("MEE Veluwe", Rechten);

    [Fact]
    public async Task Het_overzicht_van_een_inwoner_toont_een_partner_alleen_de_eigen_aanmeldingen()
    {
        var inwoner = await fixture.SendAsync(new RegistreerInwoner.Command { Voornamen = "Kees", Achternaam = "Overzicht", Geboortedatum = new DateOnly(1970, 3, 4) });
        var vanSigma = await AlsAsync(Sigma, () => RegistreerAsync(inwoner, "normaal"));
        var vanMee = await AlsAsync(Mee, () => RegistreerAsync(inwoner, "normaal"));
        var vanGemeente = await RegistreerAsync(inwoner, "normaal");

        var voorSigma = await AlsAsync(Sigma, () => fixture.SendAsync(new GeefOverzicht.Query(inwoner)));
        var voorGemeente = await fixture.SendAsync(new GeefOverzicht.Query(inwoner));

        voorSigma.Aanmeldingen.Select(a => a.Id).Should().Equal(vanSigma);
        voorGemeente.Aanmeldingen.Select(a => a.Id).Should().BeEquivalentTo([vanSigma, vanMee, vanGemeente]);
    }

    [Fact]
    public async Task De_crisisbalk_toont_een_partner_alleen_de_crises_van_de_eigen_organisatie()
    {
        var vanSigma = await AlsAsync(Sigma, () => RegistreerAsync(null, "crisis"));
        var vanMee = await AlsAsync(Mee, () => RegistreerAsync(null, "crisis"));
        var vanGemeente = await RegistreerAsync(null, "crisis");

        var voorSigma = await AlsAsync(Sigma, () => fixture.SendAsync(new GeefOpenCrisismeldingen()));
        var voorGemeente = await fixture.SendAsync(new GeefOpenCrisismeldingen());

        voorSigma.Meldingen.Select(m => m.AanmeldingId).Should().Contain(vanSigma).And.NotContain(vanMee).And.NotContain(vanGemeente);
        voorGemeente.Meldingen.Select(m => m.AanmeldingId).Should().Contain([vanSigma, vanMee, vanGemeente]);
    }

    // A partner's signal; staff register a question of the inwoner himself.
    private Task<Guid> RegistreerAsync(Guid? inwoner, string urgentie) =>
        fixture.SendAsync(new RegistreerAanmelding.Command(
            "website-formulier", fixture.Actor.Organisatie is null ? "inwoner-zelf" : "voorliggend-veld", "Hulp gevraagd", inwoner, urgentie, null, null, true, true));

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
