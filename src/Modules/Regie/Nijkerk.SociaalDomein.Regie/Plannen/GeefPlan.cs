using System.Text.Json;
using Dapper;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.Overdracht;
using Nijkerk.SociaalDomein.Overdracht.Contracts;
using Nijkerk.SociaalDomein.Regie.Contracts;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Regie.Plannen;

/// <summary>
/// One ondersteuningsplan as someone with a part in it reads it: the regisseur and his phone, the household's members
/// (names asked from Intake), the teams involved and whom to call there, the scores, the hulpvragen it started with, the
/// doelen, acties (overdue ones marked), evaluaties, the inwoner's agreement and the history. "Dat, niet wat": a doel,
/// actie or evaluatie marked 'beperkt' is left out for everyone but the regisseur and its verantwoordelijke team or
/// organisation; the others see only, in the teams, that a team takes part and whom to call. Who has no part: 404.
/// </summary>
internal static class GeefPlan
{
    [Vereist(RegieRechten.PlannenLezen)]
    [Verwerking("Ondersteuningsplan ingezien", RegieDoelen.Regie)]
    public sealed record Query(Guid PlanId) : IRequest<Detail>;

    public sealed record Detail(
        Guid Id, Guid HuishoudenId, string Status, Regisseur Regisseur, DateTimeOffset GestartOp, DateTimeOffset? AfgeslotenOp, Akkoord? Akkoord,
        IReadOnlyList<Lid> Leden, IReadOnlyList<BetrokkenTeam> Teams, IReadOnlyList<Score> Scores, IReadOnlyList<Hulpvraag> Hulpvragen,
        IReadOnlyList<Doel> Doelen, IReadOnlyList<Actie> Acties, IReadOnlyList<Evaluatie> Evaluaties, IReadOnlyList<Wijziging> Geschiedenis,
        int Versie) : IBetreftPersonen
    {
        /// <summary>What the reader may do here: "beheren" (the regisseur), "bijdragen" (a vakspecialist with a part) or "lezen".</summary>
        public string Rol { get; init; } = "lezen";

        public IEnumerable<Guid?> BetrokkenPersonen() => Leden.Select(l => (Guid?)l.InwonerId);
    }

    public sealed record Regisseur(string Id, string Naam, string Telefoon);

    /// <summary>A member of the household: the name from Intake (null when the reader may not ask it), relation, contact person.</summary>
    public sealed record Lid(Guid InwonerId, string? Naam, string Relatie, bool Contactpersoon);

    /// <summary>"Dat": a team takes part, and whom to call there (the aanspreekpunt from the overdracht, else who the plan names).</summary>
    public sealed record BetrokkenTeam(string Code, string Naam, string? Aanspreekpunt, string? Telefoon);

    /// <summary>The score per leefgebied: at the start, at the close, and the change between.</summary>
    public sealed record Score(string Leefgebied, string LeefgebiedNaam, int? StartScore, int? EindScore, int? Verandering);

    public sealed record Hulpvraag(string Omschrijving, IReadOnlyList<string> Leefgebieden);

    public sealed record Doel(
        Guid Id, string Leefgebied, string LeefgebiedNaam, string Omschrijving, string Zichtbaarheid, string? TeamCode, string? Resultaat, int Versie);

    public sealed record Actie(
        Guid Id, Guid? DoelId, string Omschrijving, string VerantwoordelijkeSoort, string Verantwoordelijke, string? TeamCode, string? Organisatie,
        Guid? VoorzieningId, string? Telefoon, DateOnly Deadline, string Status, bool Verlopen, Afspraak? Afspraak, string Zichtbaarheid, int Versie);

    /// <summary>What was agreed with a zorgaanbieder: the content, the duration and the cost.</summary>
    public sealed record Afspraak(string? Inhoud, string? Duur, decimal? Kosten);

    public sealed record Evaluatie(Guid Id, DateTimeOffset Op, string Notitie, IReadOnlyList<EvaluatieScore> Scores, string Zichtbaarheid, string Door);

    public sealed record EvaluatieScore(string Leefgebied, int Score);

    /// <summary>The inwoner agreed to the plan: when and how (mondeling, schriftelijk, digitaal).</summary>
    public sealed record Akkoord(DateOnly Op, string Wijze);

    /// <summary>A line of history: who changed which part when; the kind of change, never its content.</summary>
    public sealed record Wijziging(int Versie, DateTimeOffset Op, string Door, string Onderdeel, Guid? OnderdeelId, string Omschrijving);

    internal sealed class Handler(ModuleDb<RegieModule> db, ActorContext actor, TimeProvider clock, IMediator mediator) : IRequestHandler<Query, Detail>
    {
        private const string PlanSql = """
            select p.id as Id, p.huishouden_id as HuishoudenId, p.status as Status, p.regisseur_id as RegisseurId, p.regisseur_naam as RegisseurNaam,
                   p.regisseur_telefoon as RegisseurTelefoon, p.teams as Teams, p.hulpvragen::text as Hulpvragen, p.gestart_op as GestartOp,
                   p.afgesloten_op as AfgeslotenOp, p.akkoord_op as AkkoordOp, p.akkoord_wijze as AkkoordWijze, p.versie as Versie,
                   array(select distinct a.organisatie from regie.actie a where a.plan_id = p.id and a.organisatie is not null) as Organisaties,
                   exists (select 1 from regie.escalatie e where e.plan_id = p.id) as Geescaleerd
            from regie.plan p where p.id = @PlanId
            """;

        private const string DelenSql = """
            select inwoner_id as InwonerId, relatie as Relatie, contactpersoon as Contactpersoon
            from regie.huishouden_lid where huishouden_id = @HuishoudenId and tot is null order by van, inwoner_id;
            select leefgebied as Leefgebied, start_score as StartScore, eind_score as EindScore, verandering as Verandering
            from regie.plan_score where plan_id = @PlanId order by leefgebied;
            select id as Id, leefgebied as Leefgebied, omschrijving as Omschrijving, zichtbaarheid as Zichtbaarheid, team_code as TeamCode,
                   resultaat as Resultaat, versie as Versie
            from regie.doel where plan_id = @PlanId order by aangemaakt_op, id;
            select id as Id, doel_id as DoelId, omschrijving as Omschrijving, verantwoordelijke_soort as VerantwoordelijkeSoort,
                   verantwoordelijke as Verantwoordelijke, team_code as TeamCode, organisatie as Organisatie, voorziening_id as VoorzieningId,
                   telefoon as Telefoon, deadline as Deadline, status as Status, afspraak_inhoud as AfspraakInhoud, afspraak_duur as AfspraakDuur,
                   afspraak_kosten as AfspraakKosten, zichtbaarheid as Zichtbaarheid, versie as Versie
            from regie.actie where plan_id = @PlanId order by deadline, aangemaakt_op, id;
            select id as Id, op as Op, notitie as Notitie, scores::text as Scores, zichtbaarheid as Zichtbaarheid, team_code as TeamCode, door_naam as Door
            from regie.evaluatie where plan_id = @PlanId order by op, id;
            select versie as Versie, op as Op, door_naam as Door, onderdeel as Onderdeel, onderdeel_id as OnderdeelId, omschrijving as Omschrijving
            from regie.plan_wijziging where plan_id = @PlanId order by versie, op;
            """;

        private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

        public async Task<Detail> Handle(Query query, CancellationToken cancellationToken)
        {
            var wie = actor.Huidig;
            await using var connection = await db.OpenAsync(cancellationToken);
            var rij = await connection.QuerySingleOrDefaultAsync<PlanRij>(PlanSql, query)
                ?? throw new NietGevondenException(PlanOpslag.NietGevonden);
            var plan = new Plan(rij.Id, rij.HuishoudenId, rij.Status, rij.RegisseurId, rij.RegisseurNaam, rij.Teams, rij.Versie);
            var rol = PlanToegang.RolVan(wie, plan, rij.Organisaties, rij.Geescaleerd);
            if (rol == PlanRol.Geen)
            {
                throw new NietGevondenException(PlanOpslag.NietGevonden);
            }

            using var delen = await connection.QueryMultipleAsync(DelenSql, new { query.PlanId, rij.HuishoudenId });
            var leden = (await delen.ReadAsync<LidRij>()).ToList();
            var scores = (await delen.ReadAsync<ScoreRij>()).ToList();
            var doelen = (await delen.ReadAsync<DoelRij>()).Where(d => PlanToegang.Ziet(wie, rol, d.Zichtbaarheid, d.TeamCode, null)).ToList();
            var acties = (await delen.ReadAsync<ActieRij>()).Where(a => PlanToegang.Ziet(wie, rol, a.Zichtbaarheid, a.TeamCode, a.Organisatie)).ToList();
            var evaluaties = (await delen.ReadAsync<EvaluatieRij>()).Where(e => PlanToegang.Ziet(wie, rol, e.Zichtbaarheid, e.TeamCode, null)).ToList();
            var geschiedenis = (await delen.ReadAsync<Wijziging>()).ToList();
            await connection.CloseAsync();

            var leefgebieden = (await mediator.Send(new GeefLeefgebieden(), cancellationToken)).ToDictionary(l => l.Code, l => l.Naam);
            var vandaag = NederlandseDag.Van(clock.GetUtcNow());
            return new Detail(
                rij.Id, rij.HuishoudenId, rij.Status, new Regisseur(rij.RegisseurId, rij.RegisseurNaam, rij.RegisseurTelefoon), rij.GestartOp,
                rij.AfgeslotenOp, rij.AkkoordOp is { } op ? new Akkoord(NederlandseDag.Van(op), rij.AkkoordWijze!) : null,
                await LedenAsync(wie, leden, cancellationToken),
                await TeamsAsync(wie, rij.Teams, leden, acties, cancellationToken),
                [.. scores.Select(s => new Score(s.Leefgebied, leefgebieden.GetValueOrDefault(s.Leefgebied, s.Leefgebied), s.StartScore, s.EindScore, s.Verandering))],
                JsonSerializer.Deserialize<List<Hulpvraag>>(rij.Hulpvragen, Json) ?? [],
                [.. doelen.Select(d => new Doel(d.Id, d.Leefgebied, leefgebieden.GetValueOrDefault(d.Leefgebied, d.Leefgebied), d.Omschrijving, d.Zichtbaarheid,
                    d.TeamCode, d.Resultaat, d.Versie))],
                [.. acties.Select(a => new Actie(
                    a.Id, a.DoelId, a.Omschrijving, a.VerantwoordelijkeSoort, a.Verantwoordelijke, a.TeamCode, a.Organisatie, a.VoorzieningId, a.Telefoon,
                    a.Deadline, a.Status, ActieStatussen.IsOpen(a.Status) && a.Deadline < vandaag,
                    a.VerantwoordelijkeSoort == Verantwoordelijken.Zorgaanbieder ? new Afspraak(a.AfspraakInhoud, a.AfspraakDuur, a.AfspraakKosten) : null,
                    a.Zichtbaarheid, a.Versie))],
                [.. evaluaties.Select(e => new Evaluatie(e.Id, e.Op, e.Notitie, JsonSerializer.Deserialize<List<EvaluatieScore>>(e.Scores, Json) ?? [],
                    e.Zichtbaarheid, e.Door))],
                geschiedenis, rij.Versie)
            {
                Rol = rol == PlanRol.Regisseur && wie.Mag(RegieRechten.PlannenBeheren) ? "beheren"
                    : rol == PlanRol.Deelnemer && wie.Mag(RegieRechten.PlannenBijdragen) ? "bijdragen" : "lezen",
            };
        }

        /// <summary>
        /// The members' names, asked from Intake under its own purpose: the short name where the reader may read inwoners,
        /// else the name from the contact details a regisseur or vakspecialist may read; none for whoever may read neither.
        /// </summary>
        private async Task<IReadOnlyList<Lid>> LedenAsync(Actor wie, List<LidRij> leden, CancellationToken cancellationToken)
        {
            var lijst = new List<Lid>();
            foreach (var lid in leden)
            {
                string? naam = null;
                if (wie.Mag(IntakeRechten.InwonersLezen))
                {
                    naam = (await mediator.Send(new GeefInwonerKenmerken(lid.InwonerId), cancellationToken))?.Naam;
                }
                else if (wie.Mag(IntakeRechten.ContactgegevensLezen))
                {
                    naam = (await mediator.Send(new GeefContactgegevensVanInwoner(lid.InwonerId), cancellationToken))?.Naam;
                }

                lijst.Add(new Lid(lid.InwonerId, naam, lid.Relatie, lid.Contactpersoon));
            }

            return lijst;
        }

        /// <summary>
        /// Every team in the plan with whom to call: the vakspecialist who accepted the members' overdracht to that team
        /// (asked from Overdracht), else the verantwoordelijke and phone of an actie of that team the reader sees.
        /// </summary>
        private async Task<IReadOnlyList<BetrokkenTeam>> TeamsAsync(
            Actor wie, string[] codes, List<LidRij> leden, List<ActieRij> acties, CancellationToken cancellationToken)
        {
            var teams = (await mediator.Send(new GeefTeams(), cancellationToken)).ToDictionary(t => t.Code, t => t.Naam);
            var overdrachten = new List<OpenOverdracht>();
            if (wie.Mag(OverdrachtRechten.Lezen))
            {
                foreach (var lid in leden)
                {
                    overdrachten.AddRange(await mediator.Send(new GeefOpenOverdrachtenVanInwoner(lid.InwonerId), cancellationToken));
                }
            }

            return [.. codes.Select(code =>
            {
                var naam = teams.GetValueOrDefault(code, code);
                var overdracht = overdrachten.FirstOrDefault(o => o.Team == naam && o.Vakspecialist is not null);
                var actie = acties.FirstOrDefault(a => a.TeamCode == code);
                return overdracht is not null
                    ? new BetrokkenTeam(code, naam, overdracht.Vakspecialist, overdracht.VakspecialistTelefoon)
                    : new BetrokkenTeam(code, naam, actie?.Verantwoordelijke, actie?.Telefoon);
            })];
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/plannen/{id}", async Task<Ok<Detail>> (Guid id, HttpResponse response, IMediator mediator, CancellationToken ct) =>
            {
                var detail = await mediator.Send(new Query(id), ct);
                Versies.ZetETag(response, detail.Versie);
                return TypedResults.Ok(detail);
            })
            .WithName("geefPlan")
            .WithTags("Regie")
            .WithSummary("Geef een ondersteuningsplan")
            .WithDescription(
                "Het plan van één huishouden: status, regisseur met telefoonnummer, de leden (namen uit het personenregister), de betrokken teams " +
                "en wie daar te bellen is, de scores per leefgebied (start, en bij afsluiting eind en verandering), de hulpvragen waarmee het begon, " +
                "doelen, acties (verlopen = de deadline is voorbij en de actie is nog open of bezig), evaluaties, het akkoord van de inwoner en de " +
                "geschiedenis (wie wat wijzigde, nooit de inhoud). 'Dat, niet wat': een doel, actie of evaluatie met zichtbaarheid 'beperkt' ziet alleen " +
                "de regisseur en het verantwoordelijke team of de verantwoordelijke organisatie; anderen zien het niet, alleen dat het team betrokken is. " +
                "Wie geen deel heeft aan het plan (ook een API-sleutel van de gemeente) krijgt 404. De ETag is de versie van het plan (If-Match bij het " +
                "akkoord); elk doel en elke actie heeft een eigen versie (If-Match bij het wijzigen van die actie).")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private sealed record PlanRij(
        Guid Id, Guid HuishoudenId, string Status, string RegisseurId, string RegisseurNaam, string RegisseurTelefoon, string[] Teams, string Hulpvragen,
        DateTimeOffset GestartOp, DateTimeOffset? AfgeslotenOp, DateTimeOffset? AkkoordOp, string? AkkoordWijze, int Versie, string[] Organisaties, bool Geescaleerd);

    private sealed record LidRij(Guid InwonerId, string Relatie, bool Contactpersoon);

    private sealed record ScoreRij(string Leefgebied, int? StartScore, int? EindScore, int? Verandering);

    private sealed record DoelRij(Guid Id, string Leefgebied, string Omschrijving, string Zichtbaarheid, string? TeamCode, string? Resultaat, int Versie);

    private sealed record ActieRij(
        Guid Id, Guid? DoelId, string Omschrijving, string VerantwoordelijkeSoort, string Verantwoordelijke, string? TeamCode, string? Organisatie,
        Guid? VoorzieningId, string? Telefoon, DateOnly Deadline, string Status, string? AfspraakInhoud, string? AfspraakDuur, decimal? AfspraakKosten,
        string Zichtbaarheid, int Versie);

    private sealed record EvaluatieRij(Guid Id, DateTimeOffset Op, string Notitie, string Scores, string Zichtbaarheid, string? TeamCode, string Door);
}
