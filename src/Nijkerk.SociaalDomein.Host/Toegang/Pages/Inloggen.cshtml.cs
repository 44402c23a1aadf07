using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;

namespace Nijkerk.SociaalDomein.Host.Toegang.Pages;

[AllowAnonymous]
[EnableRateLimiting(Beveiliging.Snelheidslimieten.Inloggen)]
public sealed class InloggenModel(InlogDienst inlog, ModuleRegistry modules, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? Gebruikersnaam { get; set; }

    [BindProperty]
    public string? Wachtwoord { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Uitgelogd { get; set; }

    public string? Fout { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!HttpContext.RequestServices.GetRequiredService<Aanmelden.AanmeldenInstellingen>().LokaleAccounts)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Gebruikersnaam) || string.IsNullOrEmpty(Wachtwoord))
        {
            Fout = "Vul uw gebruikersnaam en wachtwoord in.";
            return Page();
        }

        var (uitkomst, gebruiker) = await inlog.InloggenAsync(Gebruikersnaam, Wachtwoord);
        switch (uitkomst)
        {
            case InlogUitkomst.Gelukt:
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
                    Claims.VanGebruiker(gebruiker!, clock.GetUtcNow(), CookieAuthenticationDefaults.AuthenticationScheme, modules));
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
            case InlogUitkomst.Geblokkeerd:
                Fout = $"Dit account is tijdelijk geblokkeerd na {InlogDienst.MaximumPogingen} mislukte pogingen. " +
                    $"Probeer het over {InlogDienst.Blokkade.TotalMinutes:0} minuten opnieuw of neem contact op met de functioneel beheerder.";
                break;
            default:
                Fout = "Onbekende gebruikersnaam of onjuist wachtwoord.";
                break;
        }

        Wachtwoord = null;
        return Page();
    }
}
