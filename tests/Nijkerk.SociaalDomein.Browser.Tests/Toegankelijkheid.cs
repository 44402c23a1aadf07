using System.Text.Json;
using Microsoft.Playwright;

namespace Nijkerk.SociaalDomein.Browser.Tests;

/// <summary>Runs axe-core in the page against the WCAG 2.0/2.1 A and AA rules and answers the violations.</summary>
internal static class Toegankelijkheid
{
    public static async Task<IReadOnlyList<string>> ControleerAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(AppContext.BaseDirectory, "axe.min.js") });
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))" +
            ".violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).join(', ') + ')')");
        return [.. result.EnumerateArray().Select(v => v.GetString()!)];
    }
}
