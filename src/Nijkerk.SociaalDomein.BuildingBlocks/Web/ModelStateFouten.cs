using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Web;

public static class ModelStateFouten
{
    /// <summary>
    /// Puts a command's Dutch validation messages next to the page's fields: field <c>Rollen[0]</c> becomes
    /// <c>Rollen</c>, and <paramref name="voorvoegsel"/> names the bound object the fields live in.
    /// </summary>
    public static void VoegToe(this ModelStateDictionary modelState, ValidationException fouten, string voorvoegsel = "")
    {
        foreach (var fout in fouten.Errors)
        {
            modelState.AddModelError(voorvoegsel + fout.PropertyName.Split('[')[0], fout.ErrorMessage);
        }
    }
}
