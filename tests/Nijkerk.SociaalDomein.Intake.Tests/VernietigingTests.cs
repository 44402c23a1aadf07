using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake.Aanmeldingen;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.Intake.Inwoners;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Intake.Tests;

/// <summary>
/// Bewaring in Intake (issue 16.1): one part per aanmelding, closed once afgehandeld, open while it waits; the
/// vernietiging takes the aanmeldingen with what hangs under them and then the inwoner with the record merged into him,
/// leaves another inwoner alone, and a second run finds nothing more.
/// </summary>
public sealed class VernietigingTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    [Fact]
    public async Task De_kandidaten_voor_bewaring_komen_pagina_na_pagina_elk_eenmaal_zonder_wie_een_open_aanmelding_heeft()
    {
        var achternaam = "Pagina" + Guid.NewGuid().ToString("N")[..6];
        var zonder = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            zonder.Add(await fixture.SendAsync(new RegistreerInwoner.Command { Voornamen = "Kees", Achternaam = achternaam, Geboortedatum = new DateOnly(1970, 1, 1 + i) }));
        }

        var metOpen = await fixture.SendAsync(new RegistreerInwoner.Command { Voornamen = "Piet", Achternaam = achternaam, Geboortedatum = new DateOnly(1970, 2, 1) });
        await fixture.SendAsync(new RegistreerAanmelding.Command("telefoon", "inwoner-zelf", "Vraag die nog open staat", metOpen, "normaal"));

        var vorige = fixture.Actor;
        fixture.Actor = Actor.Systeem;
        var gelezen = new List<Guid>();
        try
        {
            Guid? na = null;
            var paginas = 0;
            do
            {
                var pagina = await fixture.SendAsync(new GeefKandidatenVoorBewaring(na, 2));
                gelezen.AddRange(pagina.Kandidaten.Select(k => k.InwonerId));
                gelezen.Should().OnlyHaveUniqueItems("a next page starts after the last one read");
                na = pagina.Volgende;
                paginas++;
            }
            while (na is not null);

            paginas.Should().BeGreaterThan(2, "four inwoners of this test alone fill more than one page of two");
        }
        finally
        {
            fixture.Actor = vorige;
        }

        gelezen.Should().Contain(zonder).And.NotContain(metOpen);
    }

    [Fact]
    public async Task Aanmeldingen_en_een_samengevoegde_registratie_gaan_met_de_inwoner_en_een_ander_blijft()
    {
        var achternaam = "Vernietig" + Guid.NewGuid().ToString("N")[..6];
        var inwoner = await fixture.SendAsync(new RegistreerInwoner.Command { Voornamen = "Anna", Achternaam = achternaam, Geboortedatum = new DateOnly(1980, 3, 4) });
        var dubbel = await fixture.SendAsync(new RegistreerInwoner.Command { Voornamen = "Ans", Achternaam = achternaam, Geboortedatum = new DateOnly(1980, 3, 5) });
        var ander = await fixture.SendAsync(new RegistreerInwoner.Command { Voornamen = "Olga", Achternaam = achternaam, Geboortedatum = new DateOnly(1961, 7, 8) });
        var afgehandeld = await fixture.SendAsync(new RegistreerAanmelding.Command("telefoon", "inwoner-zelf", "Hoe vraag ik kwijtschelding aan?", inwoner, "normaal"));
        await fixture.SendAsync(new HandelAanmeldingAf.Command(afgehandeld, "Formulier meegegeven.", null, null));
        await fixture.SendAsync(new RegistreerAanmelding.Command("balie", "inwoner-zelf", "Hulp bij de administratie", dubbel, "normaal"));
        await fixture.SendAsync(new RegistreerAanmelding.Command("telefoon", "inwoner-zelf", "Vraag over de bijstand", ander, "normaal"));
        await fixture.SendAsync(new VoegInwonersSamen.Command(inwoner, dubbel));

        var vorige = fixture.Actor;
        fixture.Actor = Actor.Systeem;
        try
        {
            var stand = await fixture.SendAsync(new GeefBewaarstandVanIntake([inwoner, dubbel]));
            stand.Delen.Should().HaveCount(2).And.OnlyContain(d => d.InwonerId == inwoner && d.Categorie == Bewaarcategorieen.Toegang,
                "the merged record's aanmelding is his now");
            stand.Delen.Count(d => d.AfgeslotenOp != null).Should().Be(1, "the afgehandelde aanmelding is closed");
            stand.Delen.Count(d => d.AfgeslotenOp == null).Should().Be(1, "the other still waits at the loket");

            var vernietigd = await fixture.SendAsync(new VernietigPersoonsgegevensVanIntake([inwoner]));

            vernietigd.Module.Should().Be("Intake");
            Verwijderd(vernietigd, "aanmelding").Should().Be(2);
            Verwijderd(vernietigd, "inwoner").Should().Be(2, "the record merged into him goes with him");
            Verwijderd(vernietigd, "afhandeling").Should().Be(1);
            Verwijderd(vernietigd, "contactmoment").Should().Be(2, "each aanmelding had its first contact");
            (await fixture.SendAsync(new GeefPersoonsgegevensVanIntake([inwoner, dubbel]))).Onderdelen.Should().BeEmpty();
            (await fixture.SendAsync(new GeefBewaarstandVanIntake([inwoner, dubbel]))).Delen.Should().BeEmpty();

            var vanAnder = await fixture.SendAsync(new GeefPersoonsgegevensVanIntake([ander]));
            vanAnder.Onderdelen.Select(o => o.Soort).Should().Contain(["inwoner", "aanmelding", "contactmoment"]);

            var nogmaals = await fixture.SendAsync(new VernietigPersoonsgegevensVanIntake([inwoner]));
            nogmaals.Aantallen.Should().OnlyContain(a => a.Verwijderd == 0 && a.Geanonimiseerd == 0);
        }
        finally
        {
            fixture.Actor = vorige;
        }
    }

    private static int Verwijderd(VernietigingVanModule vernietigd, string soort) => vernietigd.Aantallen.Single(a => a.Soort == soort).Verwijderd;
}
