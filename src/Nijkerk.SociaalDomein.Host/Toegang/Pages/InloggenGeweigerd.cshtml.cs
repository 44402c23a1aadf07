using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Nijkerk.SociaalDomein.Host.Toegang.Pages;

/// <summary>Why a sign-in at the identity provider did not let someone in, in plain Dutch (ADR 0026).</summary>
[AllowAnonymous]
public sealed class InloggenGeweigerdModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Reden { get; set; }

    public string Melding => Reden switch
    {
        "geen-groep" => "U bent bij de gemeente aangemeld, maar uw account hoort bij geen groep die toegang geeft tot dit systeem. " +
            "Vraag uw leidinggevende of de functioneel beheerder om u aan de juiste groep toe te voegen.",
        "uitgeschakeld" => "Uw account in dit systeem is uitgeschakeld. Neem contact op met de functioneel beheerder.",
        _ => "Inloggen met uw gemeente-account is niet gelukt. Probeer het opnieuw; lukt het dan nog niet, neem dan contact op met de servicedesk.",
    };

    public void OnGet()
    {
        if (Reden is "geen-groep" or "uitgeschakeld")
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
    }
}
