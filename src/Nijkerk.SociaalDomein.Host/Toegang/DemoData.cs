namespace Nijkerk.SociaalDomein.Host.Toegang;

/// <summary>
/// Demo data brings accounts with a published password and demo API keys: on anything but a developer's machine
/// that is an open door, so a misplaced <c>Demo:Seed=true</c> stops start-up instead of being obeyed.
/// </summary>
internal static class DemoData
{
    public static void WeigerBuitenDevelopment(IHostEnvironment environment)
    {
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"Demo:Seed=true is alleen toegestaan in de omgeving Development, niet in '{environment.EnvironmentName}': " +
                "de demodata bevat accounts met een bekend wachtwoord en demo-API-sleutels. Zet Demo:Seed op false.");
        }
    }
}
