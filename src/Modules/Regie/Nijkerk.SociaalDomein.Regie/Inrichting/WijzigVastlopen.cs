using FluentValidation;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Regie.Inrichting;

/// <summary>
/// The functioneel beheerder sets when a running plan is vastgelopen: the days an actie may be over its deadline and the
/// days a plan may stand still. Nothing is stored per plan, so every list answers with the new setting at once.
/// </summary>
internal static class WijzigVastlopen
{
    [Vereist(RegieRechten.RegieInrichten)]
    [GeenPersoonsgegevens]
    public sealed record Command(int? ActieDagen, int? StilstandDagen) : ICommand<Vastlopen>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ActieDagen).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage($"Vul het aantal dagen in dat een actie over haar deadline mag zijn, een heel getal van {Vastlopen.Minimum} tot en met {Vastlopen.Maximum}.")
                .InclusiveBetween(Vastlopen.Minimum, Vastlopen.Maximum).WithMessage($"Het aantal dagen over de deadline ligt tussen {Vastlopen.Minimum} en {Vastlopen.Maximum}.");
            RuleFor(c => c.StilstandDagen).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage($"Vul het aantal dagen zonder activiteit in, een heel getal van {Vastlopen.Minimum} tot en met {Vastlopen.Maximum}.")
                .InclusiveBetween(Vastlopen.Minimum, Vastlopen.Maximum).WithMessage($"Het aantal dagen zonder activiteit ligt tussen {Vastlopen.Minimum} en {Vastlopen.Maximum}.");
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Vastlopen>
    {
        private const string Sql = """
            update regie.vastlopen_instelling
            set actie_dagen = @ActieDagen, stilstand_dagen = @StilstandDagen, gewijzigd_op = @Op, gewijzigd_door = @Door
            """;

        public async Task<Vastlopen> Handle(Command command, CancellationToken cancellationToken)
        {
            await session.ExecuteAsync(Sql, new { command.ActieDagen, command.StilstandDagen, Op = clock.GetUtcNow(), Door = actor.Huidig.Id });
            return new Vastlopen(command.ActieDagen!.Value, command.StilstandDagen!.Value);
        }
    }
}
