namespace Nijkerk.SociaalDomein;

/// <summary>The purpose (doelbinding) for which Voorbeeld processes personal data, as recorded in the audit log.</summary>
public static class VoorbeeldDoelen
{
    public const string Voorbeeld = "Voorbeeld: beschrijf hier waarvoor deze module persoonsgegevens verwerkt";
}
