namespace Nijkerk.SociaalDomein;

/// <summary>The purpose (doelbinding) for which Overdracht processes personal data, as recorded in the audit log.</summary>
public static class OverdrachtDoelen
{
    public const string Overdracht = "Toegang sociaal domein: de hulpvraag warm overdragen aan het juiste team";
}
