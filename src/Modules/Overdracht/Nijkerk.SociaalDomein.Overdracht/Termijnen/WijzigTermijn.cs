using Dapper;
using FluentValidation;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Overdracht.Termijnen;

/// <summary>
/// Sets how many working days a team has to accept an overdracht. It counts for what is offered from now on; a term
/// already running keeps the end it was offered with, so nobody's deadline moves under his feet.
/// </summary>
internal static class WijzigTermijn
{
    [Vereist(OverdrachtRechten.TermijnenBeheren)]
    [Verwerking("Termijn van een team voor het accepteren van overdrachten gewijzigd", OverdrachtDoelen.Termijnen)]
    public sealed record Command(string? TeamCode, int? Werkdagen) : ICommand<int>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(ModuleDb<OverdrachtModule> db)
        {
            RuleFor(c => c.TeamCode).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Kies het team.")
                .MustAsync(async (code, ct) =>
                {
                    await using var connection = await db.OpenAsync(ct);
                    return await connection.ExecuteScalarAsync<bool>("select exists (select 1 from overdracht.team where code = @code and actief)", new { code });
                }).WithMessage(c => $"Onbekend of inactief team '{c.TeamCode}'.");
            RuleFor(c => c.Werkdagen).Cascade(CascadeMode.Stop).NotNull().WithMessage("Vul het aantal werkdagen in, een heel getal van 1 tot en met 20.")
                .InclusiveBetween(1, 20).WithMessage("Een termijn is 1 tot en met 20 werkdagen.");
        }
    }

    internal sealed class Handler(CommandSession session) : IRequestHandler<Command, int>
    {
        private const string Sql = "update overdracht.team set termijn_werkdagen = @Werkdagen where code = @TeamCode";

        public async Task<int> Handle(Command command, CancellationToken cancellationToken)
        {
            await session.ExecuteAsync(Sql, command);
            return command.Werkdagen!.Value;
        }
    }
}
