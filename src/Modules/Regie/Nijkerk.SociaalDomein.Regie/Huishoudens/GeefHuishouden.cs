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

namespace Nijkerk.SociaalDomein.Regie.Huishoudens;

/// <summary>
/// One household: its members with their relation, the contact person and since when; the former members (the history);
/// and the running plan with its regisseur. Names and dates of birth are asked from Intake's register through its
/// Contracts, never copied into Regie; a caller without the right to read inwoners gets the ids only.
/// </summary>
internal static class GeefHuishouden
{
    [Vereist(RegieRechten.HuishoudensBeheren)]
    [Verwerking("Huishouden ingezien", RegieDoelen.Regie)]
    public sealed record Query(Guid Id) : IRequest<Huishouden>;

    public sealed record Huishouden(
        Guid Id, int Versie, DateTimeOffset AangemaaktOp, IReadOnlyList<Lid> Leden, IReadOnlyList<VoormaligLid> VoormaligeLeden, Plan? Plan)
        : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => Leden.Select(l => (Guid?)l.InwonerId).Concat(VoormaligeLeden.Select(l => (Guid?)l.InwonerId));
    }

    /// <summary>A current member: who (name and date of birth from Intake), his relation, whether he is the contact person, since when.</summary>
    public sealed record Lid(Guid InwonerId, string? Naam, DateOnly? Geboortedatum, string Relatie, bool Contactpersoon, DateTimeOffset Van);

    /// <summary>A membership that ended: he left, or moved to another household.</summary>
    public sealed record VoormaligLid(Guid InwonerId, string? Naam, DateOnly? Geboortedatum, string Relatie, DateTimeOffset Van, DateTimeOffset Tot);

    /// <summary>The household's running ondersteuningsplan and its regisseur, the aanspreekpunt of every member.</summary>
    public sealed record Plan(Guid Id, string Status, DateTimeOffset GestartOp, string Regisseur, string? RegisseurTelefoon);

    internal sealed class Handler(ModuleDb<RegieModule> db, ActorContext actor, IMediator mediator) : IRequestHandler<Query, Huishouden>
    {
        private const string Sql = """
            select id as Id, versie as Versie, aangemaakt_op as AangemaaktOp from regie.huishouden where id = @Id;
            select inwoner_id as InwonerId, relatie as Relatie, contactpersoon as Contactpersoon, van as Van, tot as Tot
            from regie.huishouden_lid where huishouden_id = @Id order by van, inwoner_id;
            select id as Id, status as Status, gestart_op as GestartOp, regisseur_naam as Regisseur, regisseur_telefoon as RegisseurTelefoon
            from regie.plan where huishouden_id = @Id and status = 'lopend';
            """;

        public async Task<Huishouden> Handle(Query query, CancellationToken cancellationToken)
        {
            Kop? kop;
            List<LidRij> leden;
            Plan? plan;
            await using (var connection = await db.OpenAsync(cancellationToken))
            await using (var rijen = await connection.QueryMultipleAsync(new CommandDefinition(Sql, query, cancellationToken: cancellationToken)))
            {
                kop = await rijen.ReadSingleOrDefaultAsync<Kop>();
                leden = [.. await rijen.ReadAsync<LidRij>()];
                plan = await rijen.ReadSingleOrDefaultAsync<Plan>();
            }

            if (kop is null)
            {
                throw new NietGevondenException(HuishoudenOpslag.NietGevonden);
            }

            var kenmerken = new Dictionary<Guid, InwonerKenmerken?>();
            if (actor.Huidig.Mag(IntakeRechten.InwonersLezen))
            {
                foreach (var inwoner in leden.Select(l => l.InwonerId).Distinct())
                {
                    kenmerken[inwoner] = await mediator.Send(new GeefInwonerKenmerken(inwoner), cancellationToken);
                }
            }

            InwonerKenmerken? Van(Guid inwoner) => kenmerken.GetValueOrDefault(inwoner);
            return new Huishouden(
                kop.Id, kop.Versie, kop.AangemaaktOp,
                [.. leden.Where(l => l.Tot is null).Select(l => new Lid(l.InwonerId, Van(l.InwonerId)?.Naam, Van(l.InwonerId)?.Geboortedatum, l.Relatie, l.Contactpersoon, l.Van))],
                [.. leden.Where(l => l.Tot is not null).OrderByDescending(l => l.Tot)
                    .Select(l => new VoormaligLid(l.InwonerId, Van(l.InwonerId)?.Naam, Van(l.InwonerId)?.Geboortedatum, l.Relatie, l.Van, l.Tot!.Value))],
                plan);
        }

        private sealed record Kop(Guid Id, int Versie, DateTimeOffset AangemaaktOp);

        private sealed record LidRij(Guid InwonerId, string Relatie, bool Contactpersoon, DateTimeOffset Van, DateTimeOffset? Tot);
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/huishoudens/{id}", async Task<Ok<Huishouden>> (Guid id, HttpResponse response, IMediator mediator, CancellationToken ct) =>
            {
                var huishouden = await mediator.Send(new Query(id), ct);
                Versies.ZetETag(response, huishouden.Versie);
                return TypedResults.Ok(huishouden);
            })
            .WithName("geefHuishouden")
            .WithTags("Regie")
            .WithSummary("Geef een huishouden")
            .WithDescription(
                "De leden van het huishouden met hun relatie, wie contactpersoon is en sinds wanneer (van); de voormalige leden met van en tot " +
                "(de geschiedenis, ook wie naar een ander huishouden verhuisde); en het lopende ondersteuningsplan met zijn regisseur. Naam en " +
                "geboortedatum komen uit het personenregister, alleen voor wie inwoners:lezen heeft. De ETag is de versie voor If-Match bij " +
                "PUT /api/v1/huishoudens/{id}/leden.")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
