using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Overdracht.Contracts;

namespace Nijkerk.SociaalDomein.Overdracht.Termijnen;

/// <summary>
/// One round of the term guard: every offered overdracht whose term has passed becomes verlopen, with its step and one
/// <see cref="OverdrachtVerlopen"/>. Several hosts may run it at once: a row another round holds is skipped (it is that
/// round's), and one that round already expired no longer matches, so each overdracht expires once and raises one event.
/// At most <see cref="Partij"/> per round; the guard sends another round while a round was full.
/// </summary>
internal static class VerloopOverdrachten
{
    public const int Partij = 200;

    // The beheerder of the terms may start a round too; it does nothing a timed round would not.
    [Vereist(OverdrachtRechten.TermijnenBeheren)]
    [Verwerking("Overdracht verlopen: niet geaccepteerd binnen de termijn", OverdrachtDoelen.Overdracht)]
    public sealed record Command : ICommand<Resultaat>;

    public sealed record Resultaat(IReadOnlyList<Verlopen> Overdrachten) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => Overdrachten.Select(o => o.InwonerId);
    }

    public sealed record Verlopen(Guid Id, Guid? InwonerId);

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Resultaat>
    {
        private const string TeVerlopen = """
            select id as Id, aanmelding_id as AanmeldingId, inwoner_id as InwonerId, team_code as TeamCode,
                   partner_organisatie as PartnerOrganisatie, status as Status, versie as Versie, verloopt_op as VerlooptOp
            from overdracht.overdracht
            where status = 'aangeboden' and verloopt_op <= @Nu
            order by verloopt_op, id
            limit @Partij
            for update skip locked
            """;

        private const string Schrijf = """
            update overdracht.overdracht set status = @Status, versie = @Versie, verlopen_op = @Nu
            where id = @Id and status = 'aangeboden';
            insert into overdracht.overdracht_stap (id, overdracht_id, soort, op, door, door_naam)
            values (@StapId, @Id, 'verlopen', @Nu, @Door, @DoorNaam);
            """;

        public async Task<Resultaat> Handle(Command command, CancellationToken cancellationToken)
        {
            var nu = clock.GetUtcNow();
            var rijen = await session.Connection.QueryAsync<Rij>(TeVerlopen, new { Nu = nu, Partij }, session.Transaction);
            var verlopen = new List<Verlopen>();
            foreach (var rij in rijen)
            {
                var overdracht = new Overdrachten.Overdracht(rij.Id, rij.AanmeldingId, rij.InwonerId, rij.TeamCode, rij.PartnerOrganisatie, rij.Status, rij.Versie);
                if (!overdracht.Verloop())
                {
                    continue;
                }

                await session.ExecuteAsync(Schrijf, new
                {
                    overdracht.Id,
                    overdracht.Status,
                    overdracht.Versie,
                    Nu = nu,
                    StapId = Guid.CreateVersion7(),
                    Door = actor.Huidig.Id,
                    DoorNaam = actor.Huidig.Naam,
                });
                await session.RaiseAsync(new OverdrachtVerlopen(
                    Guid.CreateVersion7(), nu, overdracht.Id, overdracht.AanmeldingId, overdracht.InwonerId, overdracht.TeamCode,
                    overdracht.PartnerOrganisatie, rij.VerlooptOp, TerugNaarLoket: overdracht.IsExtern));
                verlopen.Add(new Verlopen(overdracht.Id, overdracht.InwonerId));
            }

            return new Resultaat(verlopen);
        }

        private sealed record Rij(
            Guid Id, Guid AanmeldingId, Guid? InwonerId, string TeamCode, string? PartnerOrganisatie, string Status, int Versie, DateTimeOffset VerlooptOp);
    }
}
