using Nijkerk.SociaalDomein.Intake;

namespace Nijkerk.SociaalDomein.Architecture.Fixture;

/// <summary>Public, though not a module class or a page, and it reaches into another module's inside.</summary>
public sealed class VerkeerdeModule
{
    public string AnderMaarNietContracts { get; } = new IntakeModule().Schema;
}

/// <summary>Asks for Intake's database, as if it were its own.</summary>
internal sealed class LeestIntake(Nijkerk.SociaalDomein.BuildingBlocks.Data.ModuleDb<IntakeModule> db)
{
    public string Schema => db.Schema;
}
