namespace Nijkerk.SociaalDomein;

/// <summary>The purpose (doelbinding) for which Intake processes personal data, as recorded in the audit log.</summary>
public static class IntakeDoelen
{
    public const string Intake = "Toegang sociaal domein: een hulpvraag registreren, beantwoorden of doorzetten";
}
