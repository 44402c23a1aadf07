namespace Nijkerk.SociaalDomein.BuildingBlocks.Audit;

/// <summary>The purposes (doelbinding) for which this system processes personal data, as recorded in the audit log.</summary>
public static class Doelen
{
    public const string Intake = "Toegang sociaal domein: een hulpvraag registreren, beantwoorden of doorzetten";
    public const string Vraagverheldering = "Toegang sociaal domein: de hulpvraag breed verhelderen";
    public const string Toegangsbeheer = "Beheer van wie welke toegang heeft (accounts en API-sleutels)";
    public const string Storingen = "Beheer van gebeurtenissen tussen modules die niet konden worden afgehandeld";
    public const string Toezicht = "Toezicht op verwerkingen en inzage voor de inwoner (AVG art. 15)";
}
