using Dapper;
using FluentValidation;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Overdracht.Routering;

/// <summary>
/// Sets which team takes, and which partner (or none) carries out, the expertises named; the others stay as they are.
/// A row names the version it was based on (null for an expertise new to the table): when a colleague changed that row
/// since, nothing is saved (stale, 412), never a silent undo of his change. Only a row that really changes is written,
/// with its previous routing kept beside it. Answers how many rows changed.
/// </summary>
internal static class WijzigRoutering
{
    [Vereist(OverdrachtRechten.RouteringBeheren)]
    [Verwerking("Routering van expertises naar teams en partners gewijzigd", OverdrachtDoelen.Routering)]
    public sealed record Command(IReadOnlyList<Regel> Regels) : ICommand<int>;

    public sealed record Regel(string? Expertise, string? TeamCode, string? PartnerOrganisatie, int? Versie = null);

    internal sealed class Validator : AbstractValidator<Command>
    {
        private const string Keuzes = """
            select code from overdracht.team where actief;
            select organisatie from overdracht.partner where actief;
            """;

        public Validator(ModuleDb<OverdrachtModule> db)
        {
            RuleFor(c => c.Regels).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Geef ten minste één expertise met haar team.")
                .Must(r => r.Select(x => x.Expertise).Distinct().Count() == r.Count).WithMessage("Noem elke expertise één keer.");
            RuleForEach(c => c.Regels).ChildRules(regel =>
            {
                regel.RuleFor(r => r.Expertise).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Noem de expertise.")
                    .Matches("^[a-z][a-z0-9-]{0,63}$").WithMessage("Een expertise is een code van kleine letters, cijfers en streepjes (zoals wmo-2015).");
                regel.RuleFor(r => r.TeamCode).NotEmpty().WithMessage("Kies het team dat de overdracht krijgt.");
            });
            RuleFor(c => c.Regels).CustomAsync(async (regels, context, ct) =>
            {
                if (regels is not { Count: > 0 })
                {
                    return;
                }

                await using var connection = await db.OpenAsync(ct);
                await using var keuzes = await connection.QueryMultipleAsync(Keuzes);
                var teams = (await keuzes.ReadAsync<string>()).ToHashSet();
                var partners = (await keuzes.ReadAsync<string>()).ToHashSet();
                foreach (var regel in regels)
                {
                    if (!string.IsNullOrWhiteSpace(regel.TeamCode) && !teams.Contains(regel.TeamCode))
                    {
                        context.AddFailure("Regels", $"Onbekend of inactief team '{regel.TeamCode}' bij {regel.Expertise}; zie GET /api/v1/teams.");
                    }

                    if (!string.IsNullOrWhiteSpace(regel.PartnerOrganisatie) && !partners.Contains(regel.PartnerOrganisatie))
                    {
                        context.AddFailure("Regels", $"Onbekende of inactieve partner '{regel.PartnerOrganisatie}' bij {regel.Expertise}.");
                    }
                }
            });
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, int>
    {
        // Locked, so two beheerders saving at once each compare with what the other left.
        private const string Huidig = """
            select expertise as Expertise, team_code as TeamCode, partner_organisatie as PartnerOrganisatie, versie as Versie
            from overdracht.routering where expertise = any(@Expertises) for update
            """;

        private const string Schrijf = """
            insert into overdracht.routering (expertise, team_code, partner_organisatie, gewijzigd_door, gewijzigd_op)
            values (@Expertise, @TeamCode, @PartnerOrganisatie, @Door, @Nu)
            on conflict (expertise) do update
            set team_code = excluded.team_code, partner_organisatie = excluded.partner_organisatie, versie = routering.versie + 1,
                gewijzigd_door = excluded.gewijzigd_door, gewijzigd_op = excluded.gewijzigd_op;
            insert into overdracht.routering_wijziging (id, expertise, team_code, partner_organisatie, vorige_team_code,
                vorige_partner_organisatie, gewijzigd_door, gewijzigd_op)
            values (@Id, @Expertise, @TeamCode, @PartnerOrganisatie, @VorigeTeamCode, @VorigePartnerOrganisatie, @Door, @Nu);
            """;

        public async Task<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var nieuw = command.Regels.Select(r => new Regel(r.Expertise!.Trim(), r.TeamCode!.Trim(), Leeg(r.PartnerOrganisatie), r.Versie)).ToList();
            var huidig = (await session.Connection.QueryAsync<Regel>(
                    Huidig, new { Expertises = nieuw.Select(r => r.Expertise).ToArray() }, session.Transaction))
                .ToDictionary(r => r.Expertise!);
            var verouderd = nieuw.Where(r => r.Versie is { } gezien && huidig.TryGetValue(r.Expertise!, out var was) && was.Versie != gezien)
                .Select(r => r.Expertise).ToList();
            if (verouderd.Count > 0)
            {
                throw new VerouderdeVersieException(
                    $"Iemand anders heeft intussen de routering van {string.Join(", ", verouderd)} gewijzigd. Er is niets opgeslagen; " +
                    "de tabel toont nu de huidige routering. Breng uw wijziging daarin opnieuw aan.");
            }

            var gewijzigd = nieuw.Where(r => !huidig.TryGetValue(r.Expertise!, out var was) || was with { Versie = null } != r with { Versie = null })
                .ToList();
            var nu = clock.GetUtcNow();
            foreach (var regel in gewijzigd)
            {
                var was = huidig.GetValueOrDefault(regel.Expertise!);
                await session.ExecuteAsync(Schrijf, new
                {
                    Id = Guid.CreateVersion7(),
                    regel.Expertise,
                    regel.TeamCode,
                    regel.PartnerOrganisatie,
                    VorigeTeamCode = was?.TeamCode,
                    VorigePartnerOrganisatie = was?.PartnerOrganisatie,
                    Door = actor.Huidig.Naam,
                    Nu = nu,
                });
            }

            return gewijzigd.Count;
        }

        private static string? Leeg(string? waarde) => string.IsNullOrWhiteSpace(waarde) ? null : waarde.Trim();
    }
}
