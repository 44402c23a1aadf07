using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Host.Gebeurtenissen;

/// <summary>
/// The functioneel beheerder's view of events a receiving handler could not handle: which handler, which event
/// type, the error type and the attempts; and sending one again. Only the error TYPE is stored, never a message
/// that could quote personal data, so the list itself touches none.
/// </summary>
public static class BeheerGebeurtenissen
{
    [Vereist(Rechten.GebeurtenissenBeheren)]
    [GeenPersoonsgegevens]
    public sealed record Geparkeerd : IRequest<IReadOnlyList<GeparkeerdeAflevering>>;

    /// <summary>Offers a parked event to its handler again, with fresh attempts. False when it was not parked (any more).</summary>
    [Vereist(Rechten.GebeurtenissenBeheren)]
    [Verwerking("Gebeurtenis opnieuw aangeboden aan een module", Doelen.Storingen)]
    public sealed record BiedOpnieuwAan(string Schema, Guid EventId, string Handler) : IRequest<bool>;

    internal sealed class Handler(GeparkeerdeAfleveringen afleveringen) :
        IRequestHandler<Geparkeerd, IReadOnlyList<GeparkeerdeAflevering>>, IRequestHandler<BiedOpnieuwAan, bool>
    {
        public Task<IReadOnlyList<GeparkeerdeAflevering>> Handle(Geparkeerd request, CancellationToken cancellationToken) =>
            afleveringen.AllemaalAsync(cancellationToken);

        public Task<bool> Handle(BiedOpnieuwAan request, CancellationToken cancellationToken) =>
            afleveringen.BiedOpnieuwAanAsync(request.Schema, request.EventId, request.Handler, cancellationToken);
    }
}
