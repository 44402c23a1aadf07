using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Nijkerk.SociaalDomein.Host.Toegang.Aanmelden;

namespace Nijkerk.SociaalDomein.Host.Toegang.Pages;

/// <summary>Sends the browser to the municipality's identity provider (ADR 0026); back at <c>/signin-oidc</c>.</summary>
[AllowAnonymous]
public sealed class InloggenGemeenteModel(AanmeldenInstellingen instellingen) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => instellingen.IdpAan
        ? Challenge(new AuthenticationProperties { RedirectUri = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/" }, AanmeldenSetup.IdpSchema)
        : NotFound();
}
