using FluentValidation;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Intake.Dienst;

/// <summary>The beheerder sets who is on duty for crises in a period, also outside office hours.</summary>
internal static class StelDienstIn
{
    [Vereist(Rechten.Beheer)]
    [GeenPersoonsgegevens]
    public sealed record Command(string? Naam, string? Telefoon, DateTimeOffset? Van, DateTimeOffset? Tot) : ICommand<Guid>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Naam).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Vul de naam van de dienstdoende in.")
                .MaximumLength(200).WithMessage("De naam is te lang (ten hoogste 200 tekens).");
            RuleFor(c => c.Telefoon).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Vul het telefoonnummer in waarop de dienstdoende bereikbaar is.")
                .Matches(@"^\+?[0-9][0-9 \-]{5,19}$").WithMessage("Vul een telefoonnummer in, bijvoorbeeld 033 123 45 67.");
            RuleFor(c => c.Van).NotNull().WithMessage("Vul in vanaf wanneer de dienst loopt.");
            RuleFor(c => c.Tot).NotNull().WithMessage("Vul in tot wanneer de dienst loopt.")
                .GreaterThan(c => c.Van).When(c => c.Van is not null).WithMessage("De dienst moet eindigen na het begin.");
        }
    }

    internal sealed class Handler(CommandSession session, ActorContext actor) : IRequestHandler<Command, Guid>
    {
        private const string Insert = """
            insert into intake.dienst (id, naam, telefoon, van, tot, ingesteld_door)
            values (@Id, @Naam, @Telefoon, @Van, @Tot, @Door)
            """;

        public async Task<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var id = Guid.CreateVersion7();
            await session.ExecuteAsync(Insert, new
            {
                Id = id,
                Naam = command.Naam!.Trim(),
                Telefoon = command.Telefoon!.Trim(),
                Van = command.Van!.Value.ToUniversalTime(),
                Tot = command.Tot!.Value.ToUniversalTime(),
                Door = actor.Huidig.Naam,
            });
            return id;
        }
    }
}
