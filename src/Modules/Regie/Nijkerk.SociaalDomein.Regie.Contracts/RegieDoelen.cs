namespace Nijkerk.SociaalDomein;

/// <summary>The purpose (doelbinding) for which Regie processes personal data, as recorded in the audit log.</summary>
public static class RegieDoelen
{
    public const string Regie = "Regie: één plan per huishouden en één aanspreekpunt";
}
