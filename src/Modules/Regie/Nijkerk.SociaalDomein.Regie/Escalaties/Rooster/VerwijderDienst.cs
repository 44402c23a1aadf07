using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Regie.Escalaties.Rooster;

/// <summary>Takes a shift off the rota; escalations already made keep the ijsbreker they went to.</summary>
internal static class VerwijderDienst
{
    [Vereist(RegieRechten.RegieInrichten)]
    [GeenPersoonsgegevens]
    public sealed record Command(Guid Id) : ICommand<Guid>;

    internal sealed class Handler(CommandSession session) : IRequestHandler<Command, Guid>
    {
        public async Task<Guid> Handle(Command command, CancellationToken cancellationToken) =>
            await session.ExecuteAsync("delete from regie.ijsbreker_dienst where id = @Id", command) == 1
                ? command.Id
                : throw new NietGevondenException("Deze dienst staat niet (meer) op het rooster.");
    }
}
