using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen;

/// <summary>An aanmelding's state and the transitions it allows.</summary>
internal sealed class Aanmelding(
    Guid id, Guid? inwonerId, string vraag, string urgentie, string status, string? behandelaarId = null, string? behandelaarNaam = null)
{
    public const string Open = "open";
    public const string Doorgezet = "doorgezet";
    public const string Afgehandeld = "afgehandeld";
    public const string Gerouteerd = "gerouteerd";

    /// <summary>The aanspreekpunt's rol when an external partner's contact person accepted the overdracht.</summary>
    public const string RolPartner = "partner";

    public Guid Id { get; } = id;

    public Guid? InwonerId { get; } = inwonerId;

    public string Status { get; private set; } = status;

    public DateTimeOffset? DoorgezetOp { get; private set; }

    public DateTimeOffset? AfgehandeldOp { get; private set; }

    public DateTimeOffset? GerouteerdOp { get; private set; }

    public string? Aanspreekpunt { get; private set; }

    /// <summary>The staff account the routed aanmelding landed with: his "aan mij gerouteerd" list shows it.</summary>
    public string? AanspreekpuntMedewerkerId { get; private set; }

    public string? BehandelaarId { get; private set; } = behandelaarId;

    public string? BehandelaarNaam { get; private set; } = behandelaarNaam;

    public DateTimeOffset? BehandelaarSinds { get; private set; }

    /// <summary>Hands the question on to vraagverheldering; only an open aanmelding can go, and not from under a colleague.</summary>
    public AanmeldingDoorgezet ZetDoor(string door, DateTimeOffset nu)
    {
        MoetOpenZijn("doorgezet");
        NietVanEenCollega(door);
        Status = Doorgezet;
        DoorgezetOp = nu;
        return new AanmeldingDoorgezet(Guid.CreateVersion7(), nu, Id, InwonerId, vraag, urgentie);
    }

    /// <summary>Answered at once: advice given, perhaps voorzieningen pointed to (afschalen).</summary>
    public AanmeldingAfgehandeld HandelAf(string door, DateTimeOffset nu, IReadOnlyList<Guid> voorzieningIds, IReadOnlyList<string> leefgebieden)
    {
        MoetOpenZijn("afgehandeld");
        NietVanEenCollega(door);
        Status = Afgehandeld;
        AfgehandeldOp = nu;
        return new AanmeldingAfgehandeld(Guid.CreateVersion7(), nu, Id, InwonerId, voorzieningIds, leefgebieden);
    }

    /// <summary>
    /// Sent to the aanspreekpunt the inwoner already has (<paramref name="aanspreekpunt"/>: rol, naam and the staff
    /// account when there is one; null when the other modules name none); an anonymous aanmelding has none. A partner's
    /// contact person is no colleague with a werkvoorraad here, so the loket calls the partner instead.
    /// </summary>
    public AanmeldingGerouteerd Routeer(string door, DateTimeOffset nu, (string Rol, string Naam, string? MedewerkerId)? aanspreekpunt)
    {
        MoetOpenZijn("gerouteerd");
        NietVanEenCollega(door);
        if (InwonerId is not { } inwoner)
        {
            throw new RegelOvertredenException("Deze aanmelding is niet aan een inwoner gekoppeld, dus er is geen aanspreekpunt om naar te routeren.");
        }

        if (aanspreekpunt is not { } naar)
        {
            throw new RegelOvertredenException(
                "Deze inwoner heeft geen aanspreekpunt: geen regisseur en geen geaccepteerde overdracht. Handel de aanmelding af of zet haar door.");
        }

        if (naar.Rol == RolPartner)
        {
            throw new RegelOvertredenException(
                $"Het aanspreekpunt van deze inwoner is {naar.Naam}, contactpersoon van een externe partner; daar kan het loket niet naar routeren. Neem contact op met de partner, of handel de aanmelding af of zet haar door.");
        }

        Status = Gerouteerd;
        GerouteerdOp = nu;
        Aanspreekpunt = naar.Naam;
        AanspreekpuntMedewerkerId = naar.MedewerkerId;
        return new AanmeldingGerouteerd(Guid.CreateVersion7(), nu, Id, inwoner, naar.Rol, naar.Naam, naar.MedewerkerId);
    }

    /// <summary>A colleague takes the aanmelding; taking it again is harmless, taking a colleague's is a conflict.</summary>
    public void Neem(string door, string naam, DateTimeOffset nu)
    {
        MoetOpenZijn("opgepakt");
        if (BehandelaarId == door)
        {
            return;
        }

        NietVanEenCollega(door);
        BehandelaarId = door;
        BehandelaarNaam = naam;
        BehandelaarSinds = nu;
    }

    /// <summary>Puts the aanmelding back in the werkvoorraad; only whoever took it can.</summary>
    public void GeefVrij(string door)
    {
        NietVanEenCollega(door);
        BehandelaarId = null;
        BehandelaarNaam = null;
        BehandelaarSinds = null;
    }

    private void MoetOpenZijn(string handeling)
    {
        if (Status != Open)
        {
            throw new RegelOvertredenException(
                $"Deze aanmelding is al {Keuzes.Statussen[Status].ToLowerInvariant()}; alleen een open aanmelding kan worden {handeling}.");
        }
    }

    private void NietVanEenCollega(string door)
    {
        if (BehandelaarId is not null && BehandelaarId != door)
        {
            throw new ConflictException($"{BehandelaarNaam} behandelt deze aanmelding al.");
        }
    }
}
