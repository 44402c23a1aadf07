namespace Nijkerk.SociaalDomein;

/// <summary>The purposes (doelbinding) for which Overdracht processes data, as recorded in the audit log.</summary>
public static class OverdrachtDoelen
{
    public const string Overdracht = "Toegang sociaal domein: de hulpvraag warm overdragen aan het juiste team";

    public const string Routering = "Beheer van de routering: welk team of welke partner een expertise uitvoert";

    public const string Termijnen = "Beheer van de termijnen: hoeveel werkdagen een team heeft en op welke dagen de gemeente gesloten is";
}
