using Nijkerk.SociaalDomein.Testing;
using Nijkerk.SociaalDomein.Voorbeeld.Items;

namespace Nijkerk.SociaalDomein.Voorbeeld.Tests;

public sealed class GeefItemsTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    // Through the mediator as the module's own role: so its schema is migrated and its role may read it.
    [Fact]
    public async Task Een_item_in_het_schema_staat_in_de_lijst()
    {
        var id = Guid.NewGuid();
        await fixture.ScalarAsync<int>("insert into __schema__.item (id, omschrijving) values (@id, 'Eerste item')", new { id });

        var items = await fixture.SendAsync(new GeefItems.Query());

        items.Should().ContainSingle(i => i.Id == id).Which.Omschrijving.Should().Be("Eerste item");
    }

    [Fact]
    public async Task Zonder_het_recht_geeft_de_module_niets()
    {
        fixture.Actor = TestActors.Met();
        try
        {
            var lezen = () => fixture.SendAsync(new GeefItems.Query());

            await lezen.Should().ThrowAsync<BuildingBlocks.Toegang.GeenToegangException>();
        }
        finally
        {
            fixture.Actor = TestActors.AlleRechten;
        }
    }
}
