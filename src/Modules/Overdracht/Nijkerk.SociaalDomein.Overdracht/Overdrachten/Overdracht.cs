using Nijkerk.SociaalDomein.BuildingBlocks.Errors;

namespace Nijkerk.SociaalDomein.Overdracht.Overdrachten;

/// <summary>
/// One overdracht's state and the rules every step meets. Offered, it waits for the receiving team (or partner) to
/// accept it or lay it back; past its term it is verlopen and may still be accepted late (better late than falling
/// between two desks). Laid back, or expired at a partner, it is the loket's to route anew: then it is closed here and
/// a new overdracht carries on (<c>vorige_overdracht_id</c>). Accepted, it ends with a reported result, which the
/// loket can reopen when the inhabitant says he was not helped. A step on a version the caller did not see is 412.
/// </summary>
internal sealed class Overdracht(Guid id, Guid aanmeldingId, Guid? inwonerId, string teamCode, string? partnerOrganisatie, string status, int versie)
{
    public Guid Id { get; } = id;

    public Guid AanmeldingId { get; } = aanmeldingId;

    public Guid? InwonerId { get; } = inwonerId;

    public string TeamCode { get; } = teamCode;

    public string? PartnerOrganisatie { get; } = partnerOrganisatie;

    public string Status { get; private set; } = status;

    public int Versie { get; private set; } = versie;

    public bool IsExtern => PartnerOrganisatie is not null;

    /// <summary>Accepting makes the acceptor the inwoner's aanspreekpunt; an expired one can still be accepted.</summary>
    public void Accepteer(int? gezieneVersie)
    {
        ZelfdeVersie(gezieneVersie);
        if (Status is not (OverdrachtStatus.Aangeboden or OverdrachtStatus.Verlopen) || (Status == OverdrachtStatus.Verlopen && IsExtern))
        {
            throw new ConflictException($"Deze overdracht is {Naam} en kan niet meer worden geaccepteerd.");
        }

        Stap(OverdrachtStatus.Geaccepteerd);
    }

    /// <summary>The team lays it back to the loket; only while it has not accepted it.</summary>
    public void LegTerug(string reden, string? toelichting, int? gezieneVersie)
    {
        ZelfdeVersie(gezieneVersie);
        if (!Teruglegredenen.Namen.ContainsKey(reden))
        {
            throw new RegelOvertredenException($"Kies een reden uit de lijst: {string.Join(", ", Teruglegredenen.Namen.Keys)}.");
        }

        if (reden == Teruglegredenen.Anders && string.IsNullOrWhiteSpace(toelichting))
        {
            throw new RegelOvertredenException("Licht de reden 'anders' toe, zodat het loket weet waar de vraag wel thuishoort.");
        }

        if (Status is not (OverdrachtStatus.Aangeboden or OverdrachtStatus.Verlopen))
        {
            throw new ConflictException($"Deze overdracht is {Naam} en kan niet meer worden teruggelegd.");
        }

        Stap(OverdrachtStatus.Teruggelegd);
    }

    /// <summary>The term passed without acceptance. Only an offered one expires, so a second run changes nothing.</summary>
    public bool Verloop()
    {
        if (Status != OverdrachtStatus.Aangeboden)
        {
            return false;
        }

        Stap(OverdrachtStatus.Verlopen);
        return true;
    }

    /// <summary>The result is reported: only for an accepted overdracht.</summary>
    public void RondAf(string resultaat, int? gezieneVersie)
    {
        ZelfdeVersie(gezieneVersie);
        if (!Resultaten.Namen.ContainsKey(resultaat))
        {
            throw new RegelOvertredenException($"Kies een resultaat uit de lijst: {string.Join(", ", Resultaten.Namen.Keys)}.");
        }

        if (Status != OverdrachtStatus.Geaccepteerd)
        {
            throw new ConflictException($"Deze overdracht is {Naam}: alleen een geaccepteerde overdracht wordt afgerond.");
        }

        Stap(OverdrachtStatus.Afgerond);
    }

    /// <summary>The loket reopens a closed one: the same team or partner carries on with it, as accepted.</summary>
    public void Heropen(string reden)
    {
        if (string.IsNullOrWhiteSpace(reden))
        {
            throw new RegelOvertredenException("Geef aan waarom de overdracht wordt heropend.");
        }

        if (Status != OverdrachtStatus.Afgerond)
        {
            throw new ConflictException($"Deze overdracht is {Naam}: alleen een afgeronde overdracht kan worden heropend.");
        }

        Stap(OverdrachtStatus.Geaccepteerd);
    }

    /// <summary>
    /// Whether the loket may route it anew: laid back, or expired at a partner (a team's expired one is escalated to
    /// its teamleider first, and can be routed anew too when the loket decides so).
    /// </summary>
    public void MoetOpnieuwTeRouterenZijn()
    {
        if (Status is not (OverdrachtStatus.Teruggelegd or OverdrachtStatus.Verlopen))
        {
            throw new ConflictException($"Deze overdracht is {Naam}: alleen een teruggelegde of verlopen overdracht wordt opnieuw gerouteerd.");
        }
    }

    private string Naam => OverdrachtStatus.Namen[Status].ToLowerInvariant();

    private void ZelfdeVersie(int? gezieneVersie)
    {
        if (gezieneVersie is { } gezien && gezien != Versie)
        {
            throw new VerouderdeVersieException("Deze overdracht is intussen gewijzigd. Haal haar opnieuw op en kijk of uw stap nog nodig is.");
        }
    }

    private void Stap(string nieuweStatus)
    {
        Status = nieuweStatus;
        Versie++;
    }
}
