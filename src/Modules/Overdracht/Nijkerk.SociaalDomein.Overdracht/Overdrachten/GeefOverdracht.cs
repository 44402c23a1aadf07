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
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Overdracht.Overdrachten;

/// <summary>
/// One overdracht as the receiving team reads it: the samenvatting and the hulpvragen that belong to it (not the whole
/// vraagverheldering), the expertises, its state and term, the aanspreekpunt once accepted, the reason when laid back,
/// every step, and how to reach the inwoner (asked from Intake, not copied). Its version is the ETag a step may send back.
/// </summary>
internal static class GeefOverdracht
{
    [Vereist(OverdrachtRechten.Lezen)]
    [Verwerking("Overdracht ingezien", OverdrachtDoelen.Overdracht)]
    public sealed record Query(Guid OverdrachtId) : IRequest<Detail>;

    public sealed record Detail(
        Guid Id, Guid AanmeldingId, Guid? VraagverhelderingId, Guid? InwonerId, string? InwonerNaam, string TeamCode, string TeamNaam,
        string? PartnerOrganisatie, IReadOnlyList<string> Expertises, IReadOnlyList<Hulpvraag> Hulpvragen, string Samenvatting, bool Meervoudig,
        string Status, int Versie, DateTimeOffset AangebodenOp, DateTimeOffset VerlooptOp, bool TermijnVerstreken, Aanspreekpunt? Aanspreekpunt,
        Teruglegging? Teruglegging, Terugkoppeling? Terugkoppeling, Contact? Contact, IReadOnlyList<StapRegel> Stappen) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    /// <summary>A hulpvraag as the vraagverheldering recorded it, with the leefgebieden and expertises it touches.</summary>
    public sealed record Hulpvraag(string Omschrijving, IReadOnlyList<string> Leefgebieden, IReadOnlyList<string> Expertises, bool BetreftNetwerk);

    /// <summary>Who accepted and is the inwoner's aanspreekpunt; <c>medewerkerId</c> is null for a partner's contact person.</summary>
    public sealed record Aanspreekpunt(string Naam, string? Telefoon, string? MedewerkerId, DateTimeOffset Sinds, bool? SamenvattingVoldoende);

    public sealed record Teruglegging(string Reden, string RedenOmschrijving, string? Toelichting, DateTimeOffset Op);

    /// <summary>The result the team or partner reported back (the closed loop), once the overdracht is afgerond.</summary>
    public sealed record Terugkoppeling(string Resultaat, string ResultaatOmschrijving, string? Toelichting, DateTimeOffset Op);

    /// <summary>How to reach the inwoner, as Intake holds it now (never a BSN).</summary>
    public sealed record Contact(string Naam, string? Telefoon, string? Email, string? Adres, string? Postcode, string? Woonplaats, string? Voorkeurskanaal);

    public sealed record StapRegel(string Soort, DateTimeOffset Op, string Door, string? Reden, string? Toelichting);

    internal sealed class Handler(ModuleDb<OverdrachtModule> db, ActorContext actor, TimeProvider clock, IMediator mediator)
        : IRequestHandler<Query, Detail>
    {
        private const string Sql = """
            select o.id as Id, o.aanmelding_id as AanmeldingId, o.vraagverheldering_id as VraagverhelderingId, o.inwoner_id as InwonerId,
                   o.inwoner_naam as InwonerNaam, o.team_code as TeamCode, t.naam as TeamNaam, o.partner_organisatie as PartnerOrganisatie,
                   o.expertises as Expertises, o.hulpvragen::text as HulpvragenJson, o.samenvatting as Samenvatting, o.meervoudig as Meervoudig,
                   o.status as Status, o.versie as Versie, o.aangeboden_op as AangebodenOp, o.verloopt_op as VerlooptOp,
                   (o.status = 'verlopen' or (o.status = 'aangeboden' and o.verloopt_op < @Nu)) as TermijnVerstreken,
                   o.aanspreekpunt_naam as AanspreekpuntNaam, o.aanspreekpunt_telefoon as AanspreekpuntTelefoon,
                   o.geaccepteerd_door as GeaccepteerdDoor, o.geaccepteerd_op as GeaccepteerdOp, o.samenvatting_voldoende as SamenvattingVoldoende,
                   o.teruglegreden as Teruglegreden, o.teruglegtoelichting as Teruglegtoelichting, o.teruggelegd_op as TeruggelegdOp,
                   o.resultaat as Resultaat, o.resultaat_toelichting as ResultaatToelichting, o.afgerond_op as AfgerondOp
            from overdracht.overdracht o join overdracht.team t on t.code = o.team_code
            where o.id = @OverdrachtId
            """;

        private const string Stappen = """
            select soort as Soort, op as Op, door_naam as Door, reden as Reden, toelichting as Toelichting
            from overdracht.overdracht_stap where overdracht_id = @OverdrachtId order by op, id
            """;

        private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

        public async Task<Detail> Handle(Query query, CancellationToken cancellationToken)
        {
            var teams = Zichtbaarheid.TeamsVan(actor.Huidig);
            Rij? rij;
            List<StapRegel> stappen;
            await using (var connection = await db.OpenAsync(cancellationToken))
            {
                rij = await connection.QuerySingleOrDefaultAsync<Rij>(
                    Sql + (teams is null ? "" : " and o.team_code = any(@Teams)"),
                    new { query.OverdrachtId, Teams = teams, Nu = clock.GetUtcNow() });
                if (rij is null)
                {
                    throw new NietGevondenException(OverdrachtOpslag.NietGevonden);
                }

                stappen = [.. await connection.QueryAsync<StapRegel>(Stappen, query)];
            }

            var contact = rij.InwonerId is { } inwonerId && actor.Huidig.Mag(IntakeRechten.ContactgegevensLezen)
                ? await mediator.Send(new GeefContactgegevensVanInwoner(inwonerId), cancellationToken)
                : null;
            return new Detail(
                rij.Id, rij.AanmeldingId, rij.VraagverhelderingId, rij.InwonerId, contact?.Naam ?? rij.InwonerNaam, rij.TeamCode, rij.TeamNaam,
                rij.PartnerOrganisatie, rij.Expertises, JsonSerializer.Deserialize<List<Hulpvraag>>(rij.HulpvragenJson, Json) ?? [],
                rij.Samenvatting, rij.Meervoudig, rij.Status, rij.Versie, rij.AangebodenOp, rij.VerlooptOp, rij.TermijnVerstreken,
                rij.AanspreekpuntNaam is null
                    ? null
                    : new Aanspreekpunt(rij.AanspreekpuntNaam, rij.AanspreekpuntTelefoon, rij.GeaccepteerdDoor, rij.GeaccepteerdOp!.Value, rij.SamenvattingVoldoende),
                rij.Teruglegreden is null
                    ? null
                    : new Teruglegging(rij.Teruglegreden, Teruglegredenen.Namen.GetValueOrDefault(rij.Teruglegreden, rij.Teruglegreden),
                        rij.Teruglegtoelichting, rij.TeruggelegdOp!.Value),
                rij.Resultaat is null
                    ? null
                    : new Terugkoppeling(rij.Resultaat, Resultaten.Namen.GetValueOrDefault(rij.Resultaat, rij.Resultaat), rij.ResultaatToelichting,
                        rij.AfgerondOp!.Value),
                contact is null
                    ? null
                    : new Contact(contact.Naam, contact.Telefoon, contact.Email, contact.Adres, contact.Postcode, contact.Woonplaats, contact.Voorkeurskanaal),
                stappen);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/overdrachten/{id}", async Task<Ok<Detail>> (Guid id, HttpResponse response, IMediator mediator, CancellationToken ct) =>
            {
                var detail = await mediator.Send(new Query(id), ct);
                Versies.ZetETag(response, detail.Versie);
                return TypedResults.Ok(detail);
            })
            .WithName("geefOverdracht")
            .WithTags("Overdracht")
            .WithSummary("Geef een overdracht")
            .WithDescription(
                "Eén overdracht: de samenvatting en de hulpvragen die bij dit team horen (niet de hele vraagverheldering), de expertises, het team " +
                "en de partner, de status met aangeboden en verloopt op, het aanspreekpunt zodra zij is geaccepteerd, de reden als zij is " +
                "teruggelegd, het teruggekoppelde resultaat als zij is afgerond, elke stap, en hoe de inwoner te bereiken is (uit het personenregister, nooit een BSN). De overdracht van een ander " +
                "team geeft 404. De ETag is de versie voor If-Match bij acceptatie of teruglegging.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private sealed record Rij(
        Guid Id, Guid AanmeldingId, Guid? VraagverhelderingId, Guid? InwonerId, string? InwonerNaam, string TeamCode, string TeamNaam,
        string? PartnerOrganisatie, string[] Expertises, string HulpvragenJson, string Samenvatting, bool Meervoudig, string Status, int Versie,
        DateTimeOffset AangebodenOp, DateTimeOffset VerlooptOp, bool TermijnVerstreken, string? AanspreekpuntNaam, string? AanspreekpuntTelefoon,
        string? GeaccepteerdDoor, DateTimeOffset? GeaccepteerdOp, bool? SamenvattingVoldoende, string? Teruglegreden, string? Teruglegtoelichting,
        DateTimeOffset? TeruggelegdOp, string? Resultaat, string? ResultaatToelichting, DateTimeOffset? AfgerondOp);
}
