using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.Intake.Aanmeldingen;
using Nijkerk.SociaalDomein.Testing;
using Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Tests;

/// <summary>The steps the tests share: an aanmelding handed on, and what the werkvoorraad then holds for it.</summary>
internal static class Doorzetting
{
    public static async Task<Guid> ZetEenAanmeldingDoorAsync(SliceFixture fixture, string vraag = "Ik heb schulden en slaap er niet van")
    {
        var id = await fixture.SendAsync(new RegistreerAanmelding.Command("telefoon", "inwoner-zelf", vraag, null, "hoog"));
        await fixture.SendAsync(new ZetAanmeldingDoor.Command(id));
        return id;
    }

    public static async Task<IReadOnlyList<ZoekVraagverhelderingen.VraagverhelderingRegel>> VoorAanmeldingAsync(SliceFixture fixture, Guid aanmeldingId)
    {
        var werkvoorraad = await fixture.SendAsync(new ZoekVraagverhelderingen.Query(null, new Paginering(1, 100)));
        return [.. werkvoorraad.Items.Where(v => v.AanmeldingId == aanmeldingId)];
    }
}
