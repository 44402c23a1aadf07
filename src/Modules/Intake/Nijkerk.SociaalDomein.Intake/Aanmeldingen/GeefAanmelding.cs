using Dapper;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;

namespace Nijkerk.SociaalDomein.Intake.Aanmeldingen;

internal static class GeefAanmelding
{
    [Vereist(IntakeRechten.AanmeldingenLezen)]
    [Verwerking("Aanmelding ingezien", IntakeDoelen.Intake)]
    public sealed record Query(Guid Id) : IRequest<AanmeldingDetail>;

    public sealed record AanmeldingDetail(
        Guid Id,
        string Kanaal,
        string Bron,
        string Vraag,
        Guid? InwonerId,
        string Urgentie,
        string Status,
        DateTimeOffset GeregistreerdOp,
        DateTimeOffset? DoorgezetOp,
        string? GeregistreerdDoor,
        IReadOnlyList<string> Onderwerpen,
        MelderDetail? Melder,
        PartnerSignaal? PartnerSignaal,
        Transparantie Transparantie,
        IReadOnlyList<Contactmoment> Contactmomenten,
        IReadOnlyList<Terugbelverzoek> Terugbelverzoeken,
        Overdrachtstand Overdrachten) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    /// <summary>Who reported it when not the inwoner: someone calling namens the inwoner, or a partner's contact person.</summary>
    public sealed record MelderDetail(string? Naam, string? Telefoon, string? Relatie, string? Organisatie);

    /// <summary>For a partner's signal: whether the inwoner knows of it and agrees with it.</summary>
    public sealed record PartnerSignaal(string? Organisatie, bool? InwonerOpDeHoogte, bool? InwonerStemtIn);

    /// <summary>Whether the desk told the inwoner what is recorded ("transparantie bij het eerste contact"), by whom and when.</summary>
    public sealed record Transparantie(bool Gegeven, string? Door, DateTimeOffset? Op);

    public sealed record Contactmoment(Guid Id, string Kanaal, string? Notitie, DateTimeOffset Tijdstip, string VastgelegdDoor);

    public sealed record Terugbelverzoek(
        Guid Id, string? Medewerker, string? Team, string Telefoonnummer, string? Toelichting, string AangemaaktDoor, DateTimeOffset AangemaaktOp,
        string? AfgerondDoor, DateTimeOffset? AfgerondOp);

    internal sealed class Handler(ModuleDb<IntakeModule> db) : IRequestHandler<Query, AanmeldingDetail>
    {
        private const string Sql = """
            select id as Id, kanaal as Kanaal, bron as Bron, vraag as Vraag, inwoner_id as InwonerId, urgentie as Urgentie,
                   status as Status, geregistreerd_op as GeregistreerdOp, doorgezet_op as DoorgezetOp, geregistreerd_door as GeregistreerdDoor,
                   onderwerpen as Onderwerpen, melder_naam as MelderNaam, melder_telefoon as MelderTelefoon, melder_relatie as MelderRelatie,
                   melder_organisatie as MelderOrganisatie, inwoner_op_de_hoogte as InwonerOpDeHoogte, inwoner_stemt_in as InwonerStemtIn,
                   transparantie_gegeven as TransparantieGegeven, transparantie_door as TransparantieDoor, transparantie_op as TransparantieOp
            from intake.aanmelding
            where id = @Id;
            select c.id as Id, c.kanaal as Kanaal, c.notitie as Notitie, c.tijdstip as Tijdstip, c.vastgelegd_door as VastgelegdDoor
            from intake.contactmoment c join intake.aanmelding a on a.id = c.aanmelding_id
            where c.aanmelding_id = @Id
            order by c.tijdstip, c.id;
            select t.id as Id, t.medewerker as Medewerker, t.team as Team, t.telefoonnummer as Telefoonnummer, t.toelichting as Toelichting,
                   t.aangemaakt_door as AangemaaktDoor, t.aangemaakt_op as AangemaaktOp, t.afgerond_door as AfgerondDoor, t.afgerond_op as AfgerondOp
            from intake.terugbelverzoek t join intake.aanmelding a on a.id = t.aanmelding_id
            where t.aanmelding_id = @Id
            order by t.aangemaakt_op, t.id;
            """;

        public async Task<AanmeldingDetail> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            await using var results = await connection.QueryMultipleAsync(Sql, new { query.Id });
            // A partner asking for another's aanmelding hears it does not exist: not even that is its business.
            var rij = await results.ReadSingleOrDefaultAsync<Rij>() ?? throw new NietGevondenException("Er is geen aanmelding met deze id.");
            var contactmomenten = (await results.ReadAsync<Contactmoment>()).ToList();
            var terugbelverzoeken = (await results.ReadAsync<Terugbelverzoek>()).ToList();
            var melder = rij.MelderNaam is null && rij.MelderTelefoon is null && rij.MelderRelatie is null && rij.MelderOrganisatie is null
                ? null
                : new MelderDetail(rij.MelderNaam, rij.MelderTelefoon, rij.MelderRelatie, rij.MelderOrganisatie);
            var signaal = Keuzes.PartnerBronnen.Contains(rij.Bron)
                ? new PartnerSignaal(rij.MelderOrganisatie, rij.InwonerOpDeHoogte, rij.InwonerStemtIn)
                : null;
            return new AanmeldingDetail(
                rij.Id, rij.Kanaal, rij.Bron, rij.Vraag, rij.InwonerId, rij.Urgentie, rij.Status, rij.GeregistreerdOp, rij.DoorgezetOp,
                rij.GeregistreerdDoor, rij.Onderwerpen, melder, signaal,
                new Transparantie(rij.TransparantieGegeven, rij.TransparantieDoor, rij.TransparantieOp), contactmomenten, terugbelverzoeken,
                (await Overdrachtstanden.LeesAsync(connection, [rij.Id]))[rij.Id]);
        }

        private sealed record Rij(
            Guid Id, string Kanaal, string Bron, string Vraag, Guid? InwonerId, string Urgentie, string Status, DateTimeOffset GeregistreerdOp,
            DateTimeOffset? DoorgezetOp, string? GeregistreerdDoor, string[] Onderwerpen, string? MelderNaam, string? MelderTelefoon,
            string? MelderRelatie, string? MelderOrganisatie, bool? InwonerOpDeHoogte, bool? InwonerStemtIn, bool TransparantieGegeven,
            string? TransparantieDoor, DateTimeOffset? TransparantieOp);
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/aanmeldingen/{id}", async Task<Ok<AanmeldingDetail>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Query(id), ct)))
            .WithName("geefAanmelding")
            .WithTags("Aanmeldingen")
            .WithSummary("Geef een aanmelding")
            .WithDescription(
                "Eén aanmelding met haar status, onderwerpen (leefgebieden), de melder als iemand namens de inwoner belde, het partnersignaal " +
                "(organisatie, of de inwoner op de hoogte is en instemt), of de inwoner over de vastlegging is geïnformeerd (transparantie), " +
                "alle contactmomenten en terugbelverzoeken, en wat er van haar overdrachten werd: de kastje-muurtelling (aantal overdrachten, " +
                "hoeveel terugkwamen) en de teruggelegde (reden, toelichting, team) en verlopen overdrachten die op het loket wachten; het loket " +
                "routeert ze opnieuw op /overdrachten/{overdrachtId}.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
