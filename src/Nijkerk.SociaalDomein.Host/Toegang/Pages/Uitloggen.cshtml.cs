using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Nijkerk.SociaalDomein.Host.Toegang.Pages;

/// <summary>
/// Signing out ends the account's sessions on the server, everywhere (a shared desk, a copied cookie), before the
/// browser's cookie is deleted: deleting the cookie alone would leave a copy of it valid until it expires.
/// </summary>
public sealed class UitloggenModel(InlogDienst inlog) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        if (Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
        {
            await inlog.UitloggenAsync(id);
        }

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/inloggen?uitgelogd=true");
    }
}
