using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Host.Toegang;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Api.Tests;

public sealed class InlogpogingenTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Gelijktijdige_foute_wachtwoorden_tellen_allemaal_en_blokkeren_precies_bij_de_vijfde()
    {
        var naam = await factory.MaakGebruikerAsync(Rollen.Loketmedewerker);
        const int Pogingen = 8;

        // Each guess on its own scope and connection, released together, as eight browsers guessing at once would.
        var start = new TaskCompletionSource();
        var gokken = Enumerable.Range(0, Pogingen).Select(async i =>
        {
            await start.Task;
            await using var scope = factory.Services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<InlogDienst>().InloggenAsync(naam, "fout-wachtwoord-" + i)).Uitkomst;
        }).ToList();
        start.SetResult();
        var uitkomsten = await Task.WhenAll(gokken);

        uitkomsten.Count(u => u == InlogUitkomst.Mislukt).Should().Be(InlogDienst.MaximumPogingen - 1);
        uitkomsten.Count(u => u == InlogUitkomst.Geblokkeerd).Should().Be(Pogingen - InlogDienst.MaximumPogingen + 1);
        await using var controle = factory.Services.CreateAsyncScope();
        var inlog = controle.ServiceProvider.GetRequiredService<InlogDienst>();
        var gebruiker = (await inlog.AlleAsync()).Single(g => g.Gebruikersnaam == naam);
        InlogDienst.IsGeblokkeerd(gebruiker, DateTimeOffset.UtcNow).Should().BeTrue();
        gebruiker.MisluktePogingen.Should().Be(0, "the count starts again once the block is set");
        (await inlog.InloggenAsync(naam, ApiFactory.Wachtwoord)).Uitkomst.Should().Be(InlogUitkomst.Geblokkeerd, "the right password waits out the block too");
    }
}
