namespace Nijkerk.SociaalDomein.Host.Toegang;

/// <summary>A staff account as stored.</summary>
public sealed record Gebruiker(
    Guid Id,
    string Gebruikersnaam,
    string Naam,
    string WachtwoordHash,
    string[] Rollen,
    string[] Teams,
    int MisluktePogingen,
    DateTimeOffset? GeblokkeerdTot,
    bool Actief);

public enum InlogUitkomst
{
    Gelukt,
    Mislukt,
    Geblokkeerd,
}
