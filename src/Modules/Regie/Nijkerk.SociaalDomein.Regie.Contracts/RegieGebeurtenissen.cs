using Nijkerk.SociaalDomein.BuildingBlocks.Events;

namespace Nijkerk.SociaalDomein.Regie.Contracts;

/// <summary>
/// The teamleider made <paramref name="RegisseurId"/> the regisseur of the huishouden's plan: from now on he is the
/// aanspreekpunt of every member (<paramref name="InwonerIds"/>), before any vakspecialist.
/// </summary>
public sealed record RegisseurToegewezen(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PlanId,
    Guid HuishoudenId,
    IReadOnlyList<Guid> InwonerIds,
    string RegisseurId,
    string RegisseurNaam) : IEvent;

/// <summary>
/// An ondersteuningsplan started for the huishouden, after the vraagverheldering <paramref name="VraagverhelderingId"/>
/// (null when a regisseur started it himself), with the leefgebied scores of that conversation as start scores and the
/// teams already involved.
/// </summary>
public sealed record PlanGestart(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PlanId,
    Guid HuishoudenId,
    Guid? VraagverhelderingId,
    IReadOnlyList<Guid> InwonerIds,
    IReadOnlyList<PlanScore> StartScores,
    IReadOnlyList<string> Teams) : IEvent;

/// <summary>One leefgebied's zelfredzaamheid score on the plan (1–5).</summary>
public sealed record PlanScore(string Leefgebied, int Score);

/// <summary>
/// The plan stalled and was escalated to an ijsbreker: by the regisseur, someone else in the plan, or a partner through
/// the API (<paramref name="DoorOrganisatie"/>). <paramref name="Aanleiding"/> is vastgelopen-actie, stilstand or anders.
/// </summary>
public sealed record PlanGeescaleerd(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PlanId,
    Guid HuishoudenId,
    Guid EscalatieId,
    string Aanleiding,
    string? DoorOrganisatie) : IEvent;

/// <summary>
/// An ijsbreker spent <paramref name="Bedrag"/> euro of the pot of <paramref name="Jaar"/> at once to get the plan going
/// again ("vertrouwen vooraf, verantwoording achteraf").
/// </summary>
public sealed record IjsbrekerBudgetBesteed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PlanId,
    Guid EscalatieId,
    Guid UitgaveId,
    int Jaar,
    decimal Bedrag) : IEvent;

/// <summary>
/// The plan closed with a result per doel and new scores: <paramref name="Veranderingen"/> holds the change per
/// leefgebied from start to close, so the effect is measured.
/// </summary>
public sealed record PlanAfgesloten(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PlanId,
    Guid HuishoudenId,
    IReadOnlyList<Guid> InwonerIds,
    IReadOnlyList<DoelResultaat> Doelen,
    IReadOnlyList<ScoreVerandering> Veranderingen,
    DateOnly? NazorgOp) : IEvent;

/// <summary>A doel's result at closing: behaald, deels or niet.</summary>
public sealed record DoelResultaat(Guid DoelId, string Leefgebied, string Resultaat);

/// <summary>One leefgebied from start to close: the score at the start, at the close, and the difference.</summary>
public sealed record ScoreVerandering(string Leefgebied, int? Start, int Eind, int? Verandering);
