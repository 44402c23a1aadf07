using System.Diagnostics;

namespace Nijkerk.SociaalDomein.Bench;

/// <summary>Runs an operation after a warm-up and reports p50, p95 and p99 in milliseconds.</summary>
internal static class Meting
{
    public static async Task<string> MeetAsync(string naam, int warmup, int aantal, Func<int, Task> operatie)
    {
        for (var i = 0; i < warmup; i++)
        {
            await operatie(i);
        }

        var tijden = new double[aantal];
        for (var i = 0; i < aantal; i++)
        {
            var klok = Stopwatch.StartNew();
            await operatie(i);
            tijden[i] = klok.Elapsed.TotalMilliseconds;
        }

        Array.Sort(tijden);
        double P(double p) => tijden[Math.Min(aantal - 1, (int)Math.Ceiling(p * aantal) - 1)];
        // Invariant: the host under test switches the process to Dutch, which would print "7,6 ms".
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{naam}: n={aantal} p50={P(0.50):0.0} ms p95={P(0.95):0.0} ms p99={P(0.99):0.0} ms");
    }
}
