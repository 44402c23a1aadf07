using Dapper;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Overdracht.Contracts;
using Nijkerk.SociaalDomein.Regie.Contracts;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.Intake.Inwoners;

/// <summary>
/// What is going on for a known inwoner, at first contact: his open aanmeldingen here, and from the other modules
/// the open vraagverhelderingen, overdrachten, the plan and who the aanspreekpunt is.
/// </summary>
internal static class GeefOverzicht
{
    [Vereist(IntakeRechten.InwonersLezen)]
    [Verwerking("Overzicht van de inwoner ingezien", IntakeDoelen.Intake)]
    public sealed record Query(Guid InwonerId) : IRequest<Overzicht>, IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [InwonerId];
    }

    /// <summary>The inwoner in short (never the BSN) and everything open for him, composed from the modules.</summary>
    public sealed record Overzicht(
        InwonerKort Inwoner,
        IReadOnlyList<OpenAanmelding> Aanmeldingen,
        IReadOnlyList<OpenVraagverheldering> Vraagverhelderingen,
        IReadOnlyList<OpenOverdracht> Overdrachten,
        PlanVanInwoner? Plan,
        Aanspreekpunt? Aanspreekpunt);

    public sealed record InwonerKort(Guid Id, string Naam, DateOnly Geboortedatum, string? Woonplaats);

    public sealed record OpenAanmelding(Guid Id, string Kanaal, string Vraag, string Urgentie, DateTimeOffset GeregistreerdOp, string? Behandelaar);

    /// <summary>The inwoner's first aanspreekpunt: his regisseur, else the vakspecialist of an accepted overdracht.</summary>
    public sealed record Aanspreekpunt(string Naam, string Rol, string? Telefoon, string? Team);

    internal sealed class Handler(ModuleDb<IntakeModule> db, IMediator mediator, ActorContext actor) : IRequestHandler<Query, Overzicht>
    {
        private const string Sql = """
            select id as Id, concat_ws(' ', voornamen, voorvoegsel, achternaam) as Naam, geboortedatum as Geboortedatum, woonplaats as Woonplaats
            from intake.inwoner where id = @InwonerId;
            select id as Id, kanaal as Kanaal, vraag as Vraag, urgentie as Urgentie, geregistreerd_op as GeregistreerdOp, behandelaar_naam as Behandelaar
            from intake.aanmelding
            where inwoner_id = @InwonerId and status = 'open'
            order by geregistreerd_op desc, id desc;
            """;

        public async Task<Overzicht> Handle(Query query, CancellationToken cancellationToken)
        {
            InwonerKort inwoner;
            List<OpenAanmelding> aanmeldingen;
            await using (var connection = await db.OpenAsync(cancellationToken))
            {
                // A partner sees only what its own organisation submitted, here as everywhere: row-level security (ADR 0014).
                await using var results = await connection.QueryMultipleAsync(Sql, new { query.InwonerId });
                inwoner = await results.ReadSingleOrDefaultAsync<InwonerKort>() ?? throw new NietGevondenException("Er is geen inwoner met deze id.");
                aanmeldingen = [.. await results.ReadAsync<OpenAanmelding>()];
            }

            // Functiescheiding: a part the caller may not read stays empty rather than refusing the whole overzicht.
            var wie = actor.Huidig;
            IReadOnlyList<OpenVraagverheldering> vraagverhelderingen = wie.Mag(VraagverhelderingRechten.Lezen)
                ? await mediator.Send(new GeefOpenVraagverhelderingenVanInwoner(query.InwonerId), cancellationToken)
                : [];
            IReadOnlyList<OpenOverdracht> overdrachten = [];
            AanspreekpuntUitOverdracht? vakspecialist = null;
            if (wie.Mag(OverdrachtRechten.Lezen))
            {
                overdrachten = await mediator.Send(new GeefOpenOverdrachtenVanInwoner(query.InwonerId), cancellationToken);
                vakspecialist = await mediator.Send(new GeefAanspreekpuntVanInwoner(query.InwonerId), cancellationToken);
            }

            var plan = wie.Mag(RegieRechten.PlannenLezen) ? await mediator.Send(new GeefPlanVanInwoner(query.InwonerId), cancellationToken) : null;
            return new Overzicht(inwoner, aanmeldingen, vraagverhelderingen, overdrachten, plan, AanspreekpuntVan(plan, vakspecialist));
        }
    }

    /// <summary>
    /// Regie's regisseur wins over a vakspecialist: one household, one plan, one regisseur. Else whoever accepted the
    /// inwoner's latest running overdracht (Overdracht's answer): a vakspecialist with his team, or a partner's contact
    /// person with his organisation.
    /// </summary>
    internal static Aanspreekpunt? AanspreekpuntVan(PlanVanInwoner? plan, AanspreekpuntUitOverdracht? uitOverdracht) =>
        (plan, uitOverdracht) switch
        {
            ({ } p, _) => new Aanspreekpunt(p.Regisseur, "regisseur", p.RegisseurTelefoon, null),
            (null, { PartnerOrganisatie: { } partner } o) => new Aanspreekpunt(o.Naam, Aanmeldingen.Aanmelding.RolPartner, o.Telefoon, partner),
            (null, { } o) => new Aanspreekpunt(o.Naam, "vakspecialist", o.Telefoon, o.TeamNaam),
            _ => null,
        };

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/inwoners/{id}/overzicht", async Task<Ok<Overzicht>> (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new Query(id), ct)))
            .WithName("geefOverzichtVanInwoner")
            .WithTags("Inwoners")
            .WithSummary("Geef het overzicht van een inwoner")
            .WithDescription(
                "Wat er loopt voor een bekende inwoner, voor het eerste contact: de open aanmeldingen, de lopende vraagverhelderingen " +
                "en overdrachten, het ondersteuningsplan en wie het aanspreekpunt is (de regisseur, anders de vakspecialist van een " +
                "geaccepteerde overdracht). Onderdelen waarvoor u geen recht heeft blijven leeg. Nooit het BSN.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
