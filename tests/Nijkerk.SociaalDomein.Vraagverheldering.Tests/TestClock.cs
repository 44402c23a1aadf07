namespace Nijkerk.SociaalDomein.Vraagverheldering.Tests;

/// <summary>A clock the test moves by hand, so retry backoff needs no waiting.</summary>
internal sealed class TestClock : TimeProvider
{
    private DateTimeOffset now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
