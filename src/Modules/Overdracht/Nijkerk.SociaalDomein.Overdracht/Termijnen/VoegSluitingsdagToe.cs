using System.Globalization;
using Dapper;
using FluentValidation;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Npgsql;

namespace Nijkerk.SociaalDomein.Overdracht.Termijnen;

/// <summary>
/// A day the municipality is closed (the day after Hemelvaart, a staff day): no working day. A team's term that runs
/// across it, offered before it, gets one working day more, as if the day had been known when it was offered; a
/// partner's two weeks are calendar days and stay. Answers how many running terms moved.
/// </summary>
internal static class VoegSluitingsdagToe
{
    [Vereist(OverdrachtRechten.TermijnenBeheren)]
    [Verwerking("Sluitingsdag toegevoegd; lopende termijnen van teams erover verlengd", OverdrachtDoelen.Termijnen)]
    public sealed record Command(DateOnly? Datum, string? Omschrijving) : ICommand<Resultaat>;

    public sealed record Resultaat(int VerschovenTermijnen, IReadOnlyList<Guid?> Inwoners) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => Inwoners;
    }

    internal static readonly CultureInfo Nederlands = new("nl-NL");

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(ModuleDb<OverdrachtModule> db, TimeProvider clock)
        {
            RuleFor(c => c.Datum).Cascade(CascadeMode.Stop).NotNull().WithMessage("Vul een datum in, zoals 14-05-2027.")
                .Must(d => d >= NederlandseDag.Vandaag(clock))
                .WithMessage(c => $"{Tekst(c.Datum!.Value)} ligt in het verleden. Een sluitingsdag is vandaag of later.")
                .Must(d => d!.Value.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                .WithMessage(c => $"{Tekst(c.Datum!.Value)} valt in het weekend en telt al niet als werkdag.")
                .Must(d => Werkdagen.FeestdagOp(d!.Value) is null)
                .WithMessage(c => $"{Tekst(c.Datum!.Value)} is {Werkdagen.FeestdagOp(c.Datum!.Value)} en telt al niet als werkdag.")
                .CustomAsync(async (datum, context, ct) =>
                {
                    await using var connection = await db.OpenAsync(ct);
                    var bestaand = await connection.QuerySingleOrDefaultAsync<string>(
                        "select omschrijving from overdracht.sluitingsdag where datum = @datum", new { datum });
                    if (bestaand is not null)
                    {
                        context.AddFailure($"Op {Tekst(datum!.Value)} is de gemeente al gesloten ({bestaand}).");
                    }
                });
            RuleFor(c => c.Omschrijving).Cascade(CascadeMode.Stop)
                .Must(o => !string.IsNullOrWhiteSpace(o)).WithMessage("Geef een omschrijving, zoals Dag na Hemelvaart.")
                .Must(o => o!.Trim().Length <= 200).WithMessage("Een omschrijving is ten hoogste 200 tekens.");
        }
    }

    internal static string Tekst(DateOnly datum) => datum.ToString("dddd d MMMM yyyy", Nederlands);

    internal sealed class Handler(CommandSession session) : IRequestHandler<Command, Resultaat>
    {
        private const string Voegtoe = "insert into overdracht.sluitingsdag (datum, omschrijving) values (@Datum, @Omschrijving)";

        // A team's running terms that have the new day among their working days: offered before it, ending after it starts.
        private const string Lopend = """
            select id as Id, inwoner_id as InwonerId, verloopt_op as VerlooptOp
            from overdracht.overdracht
            where status = 'aangeboden' and partner_organisatie is null and aangeboden_op < @Begin and verloopt_op > @Begin
            for update
            """;

        private const string Sluitingsdagen = "select datum from overdracht.sluitingsdag where datum >= @Van";

        private const string Verschuif = "update overdracht.overdracht set verloopt_op = @VerlooptOp where id = @Id";

        public async Task<Resultaat> Handle(Command command, CancellationToken cancellationToken)
        {
            var datum = command.Datum!.Value;
            try
            {
                await session.ExecuteAsync(Voegtoe, new { Datum = datum, Omschrijving = command.Omschrijving!.Trim() });
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                throw new ConflictException($"Op {Tekst(datum)} is de gemeente al gesloten; een collega voegde die dag net toe.");
            }

            var begin = NederlandseDag.Begin(datum);
            var lopend = (await session.Connection.QueryAsync<Rij>(Lopend, new { Begin = begin }, session.Transaction)).ToList();
            if (lopend.Count == 0)
            {
                return new Resultaat(0, []);
            }

            var gesloten = (await session.Connection.QueryAsync<DateOnly>(Sluitingsdagen, new { Van = datum }, session.Transaction)).ToHashSet();
            foreach (var rij in lopend)
            {
                // One working day more: the end of the first working day after the term's last day.
                var nieuw = Werkdagen.TermijnEinde(rij.VerlooptOp.AddSeconds(-1), 1, gesloten);
                await session.ExecuteAsync(Verschuif, new { rij.Id, VerlooptOp = nieuw });
            }

            return new Resultaat(lopend.Count, [.. lopend.Select(r => r.InwonerId).Distinct()]);
        }

        private sealed record Rij(Guid Id, Guid? InwonerId, DateTimeOffset VerlooptOp);
    }
}
