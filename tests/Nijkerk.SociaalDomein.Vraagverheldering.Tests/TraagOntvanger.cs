using MediatR;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.Vraagverheldering.Tests;

// A namespace of its own that sorts before Vraagverheldering's handler, so a dispatcher that worked a module's handler
// queues one after another would most likely take the slow one first (TraagOntvangerTests).
namespace Nijkerk.SociaalDomein.Vraagverheldering.Eerst;

/// <summary>A receiving handler that waits at the test's gate before it is done.</summary>
internal sealed class TraagOntvanger(Poort poort) : INotificationHandler<AanmeldingDoorgezet>
{
    public async Task Handle(AanmeldingDoorgezet notification, CancellationToken cancellationToken)
    {
        poort.Begonnen.TrySetResult();
        await poort.Los.Task.WaitAsync(cancellationToken);
    }
}
