namespace Nijkerk.SociaalDomein.Host.Toegang;

/// <summary>
/// A staff account as stored. <see cref="Sessieversie"/> is carried in the sign-in cookie: a cookie of an earlier
/// version (before a sign-out or a deactivation) is refused.
/// </summary>
public sealed record Gebruiker(
    Guid Id,
    string Gebruikersnaam,
    string Naam,
    string WachtwoordHash,
    string[] Rollen,
    string[] Teams,
    int MisluktePogingen,
    DateTimeOffset? GeblokkeerdTot,
    bool Actief,
    int Sessieversie);

public enum InlogUitkomst
{
    Gelukt,
    Mislukt,
    Geblokkeerd,
}
