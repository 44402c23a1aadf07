using FluentValidation;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Overdracht.Termijnen;

/// <summary>
/// Removes a coming closing day: a working day again for what is offered from now on. Running terms are not shortened
/// (a team must not find its deadline earlier than it was told); a past closing day stays, the terms of then counted it.
/// </summary>
internal static class VerwijderSluitingsdag
{
    [Vereist(OverdrachtRechten.TermijnenBeheren)]
    [Verwerking("Sluitingsdag verwijderd", OverdrachtDoelen.Termijnen)]
    public sealed record Command(DateOnly? Datum) : ICommand<DateOnly>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Datum).NotNull().WithMessage("Kies de sluitingsdag die u wilt verwijderen.");
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock) : IRequestHandler<Command, DateOnly>
    {
        private const string Sql = "delete from overdracht.sluitingsdag where datum = @Datum";

        public async Task<DateOnly> Handle(Command command, CancellationToken cancellationToken)
        {
            var datum = command.Datum!.Value;
            if (datum < NederlandseDag.Vandaag(clock))
            {
                throw new RegelOvertredenException(
                    $"{VoegSluitingsdagToe.Tekst(datum)} ligt in het verleden en blijft staan: de termijnen van toen zijn ermee berekend.");
            }

            if (await session.ExecuteAsync(Sql, new { Datum = datum }) == 0)
            {
                throw new ConflictException($"Op {VoegSluitingsdagToe.Tekst(datum)} staat geen sluitingsdag (meer); misschien verwijderde een collega haar net.");
            }

            return datum;
        }
    }
}
