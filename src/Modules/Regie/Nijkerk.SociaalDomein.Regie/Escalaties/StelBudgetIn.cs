using FluentValidation;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Regie.Escalaties;

/// <summary>The functioneel beheerder sets the pot of a year; what was spent stays spent, so the balance may go below zero.</summary>
internal static class StelBudgetIn
{
    [Vereist(RegieRechten.RegieInrichten)]
    [GeenPersoonsgegevens]
    public sealed record Command(int? Jaar, decimal? Bedrag) : ICommand<int>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Jaar).Cascade(CascadeMode.Stop).NotNull().WithMessage("Vul het jaar in, bijvoorbeeld 2027.")
                .InclusiveBetween(2000, 2100).WithMessage("Het jaar ligt tussen 2000 en 2100.");
            RuleFor(c => c.Bedrag).Cascade(CascadeMode.Stop).NotNull().WithMessage("Vul het bedrag van de pot in euro in, bijvoorbeeld 50000.")
                .InclusiveBetween(0, 10_000_000).WithMessage("Het bedrag ligt tussen € 0 en € 10.000.000.")
                .Must(b => decimal.Round(b!.Value, 2) == b.Value).WithMessage("Een bedrag heeft ten hoogste twee cijfers achter de komma.");
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, int>
    {
        private const string Sql = """
            insert into regie.ijsbrekersbudget (jaar, bedrag, gewijzigd_op, gewijzigd_door) values (@Jaar, @Bedrag, @Nu, @Door)
            on conflict (jaar) do update set bedrag = excluded.bedrag, gewijzigd_op = excluded.gewijzigd_op, gewijzigd_door = excluded.gewijzigd_door
            """;

        public async Task<int> Handle(Command command, CancellationToken cancellationToken)
        {
            await session.ExecuteAsync(Sql, new { command.Jaar, command.Bedrag, Nu = clock.GetUtcNow(), Door = actor.Huidig.Id });
            return command.Jaar!.Value;
        }
    }
}
