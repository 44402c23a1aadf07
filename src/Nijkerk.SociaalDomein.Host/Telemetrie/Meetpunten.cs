using System.Diagnostics.Metrics;

namespace Nijkerk.SociaalDomein.Host.Telemetrie;

/// <summary>
/// The system's own metrics, on the meter <see cref="MeterNaam"/> (ADR 0027). Requests per route are not here: ASP.NET
/// Core's <c>http.server.request.duration</c> counts them by route template. The labels are a module's schema, a team's
/// code and a fixed reason: never a person, a user name, a path or a free text.
/// </summary>
public sealed class Meetpunten
{
    public const string MeterNaam = "Nijkerk.SociaalDomein";

    public const string OutboxAchterstand = "sociaaldomein.outbox.achterstand";
    public const string OutboxWachtend = "sociaaldomein.outbox.wachtend";
    public const string OutboxGeparkeerd = "sociaaldomein.outbox.geparkeerd";
    public const string OverdrachtenVerlopen = "sociaaldomein.overdrachten.verlopen";
    public const string InloggenMislukt = "sociaaldomein.inloggen.mislukt";

    private readonly Counter<long> inloggenMislukt;

    public Meetpunten(IMeterFactory meters, Peiling peiling)
    {
        var meter = meters.Create(MeterNaam);
        inloggenMislukt = meter.CreateCounter<long>(InloggenMislukt, "{poging}",
            "Mislukte inlogpogingen, naar reden (onbekend-account, verkeerd-wachtwoord, geblokkeerd; via de identity provider: idp-geen-groep, idp-uitgeschakeld, idp-mislukt).");
        meter.CreateObservableGauge(OutboxAchterstand,
            () => peiling.Lees().Outbox.Select(m => new Measurement<double>(m.AchterstandSeconden, Module(m.Module))), "s",
            "Leeftijd van de oudste gebeurtenis in de outbox die nog niet bij al haar ontvangers is afgeleverd, per module.");
        meter.CreateObservableGauge(OutboxWachtend,
            () => peiling.Lees().Outbox.Select(m => new Measurement<long>(m.Wachtend, Module(m.Module))), "{aflevering}",
            "Wachtende gebeurtenissen en afleveringen in de outbox, per module.");
        meter.CreateObservableGauge(OutboxGeparkeerd,
            () => peiling.Lees().Outbox.Select(m => new Measurement<long>(m.Geparkeerd, Module(m.Module))), "{aflevering}",
            "Geparkeerde afleveringen (na de laatste poging mislukt), per module; zie /beheer/gebeurtenissen.");
        meter.CreateObservableGauge(OverdrachtenVerlopen,
            () => peiling.Lees().Verlopen.Select(t => new Measurement<long>(t.Aantal, new KeyValuePair<string, object?>("team", t.TeamCode))),
            "{overdracht}", "Overdrachten voorbij hun termijn die nog op het team wachten, per team.");
    }

    /// <summary>A sign-in refused, locally or through the identity provider; <paramref name="reden"/> is one of a fixed few words.</summary>
    public void InloggenMisluktOm(string reden) => inloggenMislukt.Add(1, new KeyValuePair<string, object?>("reden", reden));

    private static KeyValuePair<string, object?> Module(string schema) => new("module", schema);
}
