namespace Nijkerk.SociaalDomein;

/// <summary>The purpose (doelbinding) for which Vraagverheldering processes personal data, as recorded in the audit log.</summary>
public static class VraagverhelderingDoelen
{
    public const string Vraagverheldering = "Toegang sociaal domein: de hulpvraag breed verhelderen";
}
