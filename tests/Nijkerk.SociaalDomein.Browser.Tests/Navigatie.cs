using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Nijkerk.SociaalDomein.Browser.Tests;

/// <summary>
/// Waits for a navigation by the page a user sees, not by Playwright's load event. In three of five full runs on two
/// busy cores one wait for the load event of a page reached by the keyboard hung for its whole 90 s, while the same class
/// passed alone minutes later (RegieWerkvoorraadPageTests, BewaringBeheerTests); the sign-in in the fixture had hung the
/// same way. So a navigation is done when its URL has committed, the page's footer is parsed (a count or a read right
/// after sees the whole page) and DOMContentLoaded has come (the deferred scripts, htmx, have run). When that does not
/// come within 30 s the page is loaded once more, as a user would, and what was still open is written down for finding
/// the cause; so is a load event that does not follow within 15 s.
/// </summary>
internal static class Navigatie
{
    private static readonly ConditionalWeakTable<IBrowserContext, ConcurrentDictionary<IRequest, DateTimeOffset>> Open = [];

    public static async Task WachtOpAsync(this IPage page, string url)
    {
        await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await GeladenAsync(page);
    }

    public static async Task WachtOpAsync(this IPage page, Func<string, bool> url)
    {
        await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await GeladenAsync(page);
    }

    /// <summary>Keeps the requests in flight of a new context, so that a page that does not load can be explained.</summary>
    public static void VolgVerzoeken(IBrowserContext context)
    {
        var open = Open.GetOrCreateValue(context);
        context.Request += (_, verzoek) => open[verzoek] = DateTimeOffset.UtcNow;
        context.RequestFinished += (_, verzoek) => open.TryRemove(verzoek, out DateTimeOffset _);
        context.RequestFailed += (_, verzoek) => open.TryRemove(verzoek, out DateTimeOffset _);
    }

    private static async Task GeladenAsync(IPage page)
    {
        if (!await GeparseerdAsync(page, 30_000))
        {
            Schrijf(page, "niet geparseerd na 30 s, opnieuw geladen");
            await page.ReloadAsync(new() { WaitUntil = WaitUntilState.Commit });
            if (!await GeparseerdAsync(page, 45_000))
            {
                throw new TimeoutException($"De pagina {page.Url} laadde ook de tweede keer niet: {OpenVerzoeken(page)}");
            }
        }

        try
        {
            await page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            Schrijf(page, "geen load-gebeurtenis na 15 s");
        }
    }

    private static async Task<bool> GeparseerdAsync(IPage page, float timeout)
    {
        try
        {
            await page.Locator("footer.utrecht-page-footer").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = timeout });
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded, new() { Timeout = timeout });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static string OpenVerzoeken(IPage page)
    {
        if (!Open.TryGetValue(page.Context, out var verzoeken))
        {
            return "open verzoeken onbekend";
        }

        var nu = DateTimeOffset.UtcNow;
        var open = verzoeken.Select(v => $"{v.Key.Method} {v.Key.Url} ({v.Key.ResourceType}, {(nu - v.Value).TotalSeconds:0.0} s)").ToList();
        return open.Count > 0 ? "open verzoeken: " + string.Join("; ", open) : "geen open verzoeken";
    }

    /// <summary>Beside the test database's choice in the results folder, which the test command prints.</summary>
    private static void Schrijf(IPage page, string wat)
    {
        var regel = $"{DateTimeOffset.UtcNow:O} {page.Url}: {wat}; {OpenVerzoeken(page)}";
        Console.WriteLine(regel);
        if (Environment.GetEnvironmentVariable("NSD_TEST_REPORT") is { Length: > 0 } report)
        {
            File.AppendAllText(Path.Combine(Path.GetDirectoryName(report)!, "laadgebeurtenissen.txt"), regel + Environment.NewLine);
        }
    }
}
