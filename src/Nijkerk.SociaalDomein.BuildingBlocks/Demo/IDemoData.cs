namespace Nijkerk.SociaalDomein.BuildingBlocks.Demo;

/// <summary>
/// A module's fictitious demo data for a local run (<c>Demo:Seed=true</c>). It writes through the module's
/// own commands and does nothing when its data is already there.
/// </summary>
public interface IDemoData
{
    Task SeedAsync(CancellationToken cancellationToken);
}
