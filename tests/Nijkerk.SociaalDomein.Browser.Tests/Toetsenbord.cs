using Microsoft.Playwright;

namespace Nijkerk.SociaalDomein.Browser.Tests;

/// <summary>
/// What a keyboard user does with a control he has tabbed to: type into it, tick it with the space bar, choose in a
/// closed select by typing the start of the option, press a button with Enter. Never a mouse click.
/// </summary>
internal static class Toetsenbord
{
    public static async Task TypAsync(ILocator veld, string tekst)
    {
        await veld.FocusAsync();
        await veld.PressAsync("ControlOrMeta+a");
        await veld.PressSequentiallyAsync(tekst);
    }

    /// <summary>A radio button or checkbox: Space checks it (a checkbox already checked stays so).</summary>
    public static async Task KiesAsync(ILocator keuze)
    {
        if (await keuze.IsCheckedAsync())
        {
            return;
        }

        await keuze.FocusAsync();
        await keuze.PressAsync(" ");
    }

    /// <summary>Type-ahead in a closed select, as a keyboard user chooses.</summary>
    public static async Task KiesOptieAsync(ILocator select, string begin)
    {
        await select.FocusAsync();
        await select.PressSequentiallyAsync(begin);
    }

    public static async Task DrukAsync(ILocator knop)
    {
        await knop.FocusAsync();
        await knop.PressAsync("Enter");
    }
}
