using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Testing;

/// <summary>Actors for slice tests, which send requests without HTTP.</summary>
public static class TestActors
{
    public static readonly Actor AlleRechten = new("test-medewerker", "Test Medewerker", ActorSoort.Medewerker, new HashSet<string>(TestModules.Registry.Rechten));

    public static Actor Met(params string[] rechten) => new("test-beperkt", "Test Beperkt", ActorSoort.Medewerker, new HashSet<string>(rechten));

    public static Actor Partner(string organisatie, params string[] rechten) =>
        new("test-partner-" + organisatie, "Partner " + organisatie, ActorSoort.ApiClient, new HashSet<string>(rechten), organisatie);
}
