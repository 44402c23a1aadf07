using Nijkerk.SociaalDomein.BuildingBlocks.Errors;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

/// <summary>
/// A vraagverheldering's state and the rules every change meets: only while it is open (afterwards it is read-only),
/// never from under the colleague who has it (409), and only on the version the editor saw (412).
/// </summary>
internal sealed class Vraagverheldering(
    Guid id, Guid aanmeldingId, Guid? inwonerId, string methode, int versie, string status, string? behandelaarId, string? behandelaarNaam)
{
    public Guid Id { get; } = id;

    public Guid AanmeldingId { get; } = aanmeldingId;

    public Guid? InwonerId { get; } = inwonerId;

    public string Methode { get; } = methode;

    public int Versie { get; private set; } = versie;

    public string Status { get; private set; } = status;

    public string? BehandelaarId { get; private set; } = behandelaarId;

    public string? BehandelaarNaam { get; private set; } = behandelaarNaam;

    public DateTimeOffset? BehandelaarSinds { get; private set; }

    /// <summary>A colleague takes it; taking it again is harmless, taking a colleague's is a conflict.</summary>
    public void Neem(string door, string naam, DateTimeOffset nu)
    {
        MoetOpenZijn();
        if (BehandelaarId == door)
        {
            return;
        }

        NietVanEenCollega(door);
        BehandelaarId = door;
        BehandelaarNaam = naam;
        BehandelaarSinds = nu;
    }

    /// <summary>Puts it back in the werkvoorraad; only whoever took it can.</summary>
    public void GeefVrij(string door)
    {
        MoetOpenZijn();
        NietVanEenCollega(door);
        BehandelaarId = null;
        BehandelaarNaam = null;
        BehandelaarSinds = null;
    }

    /// <summary>
    /// An edit of the record based on <paramref name="gezieneVersie"/>. Whoever records something on an untaken
    /// vraagverheldering has taken it: the werkvoorraad then shows who is working on it.
    /// </summary>
    public void Bewerk(string door, string naam, DateTimeOffset nu, int gezieneVersie)
    {
        MoetOpenZijn();
        NietVanEenCollega(door);
        if (gezieneVersie != Versie)
        {
            throw new VerouderdeVersieException(
                "Deze vraagverheldering is intussen gewijzigd. Haal haar opnieuw op en voer de wijziging daarop uit.");
        }

        Neem(door, naam, nu);
        Versie++;
    }

    /// <summary>
    /// Something recorded beside the conversation (the invitation was sent): while open and not from under a
    /// colleague, but on any version, as it changes nothing the editor saw.
    /// </summary>
    public void LegErnaastVast(string door, string naam, DateTimeOffset nu) => Neem(door, naam, nu);

    /// <summary>Finishes it; from then on it is read-only. A second afronding is a conflict with its state.</summary>
    public void RondAf(string door, string naam, DateTimeOffset nu)
    {
        MoetOpenZijn();
        NietVanEenCollega(door);
        Neem(door, naam, nu);
        Status = VraagverhelderingStatus.Afgerond;
        Versie++;
    }

    private void MoetOpenZijn()
    {
        if (Status != VraagverhelderingStatus.Open)
        {
            throw new ConflictException("Deze vraagverheldering is al afgerond en kan niet meer worden gewijzigd.");
        }
    }

    private void NietVanEenCollega(string door)
    {
        if (BehandelaarId is not null && BehandelaarId != door)
        {
            throw new ConflictException($"{BehandelaarNaam} behandelt deze vraagverheldering al.");
        }
    }
}
