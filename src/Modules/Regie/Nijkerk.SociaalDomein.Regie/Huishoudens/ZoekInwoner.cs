using FluentValidation;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Regie.Huishoudens;

/// <summary>
/// Finds an inwoner to add to a household by surname and date of birth, as the loket's pages search the register
/// (through Intake's Contracts); the persons found are named in the audit log. A form's POST: no personal data in a URL.
/// </summary>
internal static class ZoekInwoner
{
    [Vereist(RegieRechten.HuishoudensBeheren)]
    [Verwerking("Inwoner gezocht om aan een huishouden toe te voegen", RegieDoelen.Regie)]
    public sealed record Query(string? Achternaam, DateOnly? Geboortedatum) : IRequest<Gevonden>;

    public sealed record Gevonden(IReadOnlyList<InwonerKenmerken> Inwoners) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => Inwoners.Select(i => (Guid?)i.InwonerId);
    }

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Achternaam).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Vul de achternaam in.")
                .MaximumLength(200).WithMessage("De achternaam is te lang (ten hoogste 200 tekens).");
            RuleFor(q => q.Geboortedatum).NotNull().WithMessage("Vul de geboortedatum in.");
        }
    }

    internal sealed class Handler(IMediator mediator) : IRequestHandler<Query, Gevonden>
    {
        public async Task<Gevonden> Handle(Query query, CancellationToken cancellationToken) =>
            new(await mediator.Send(new ZoekInwonersOpNaam(query.Achternaam!, query.Geboortedatum!.Value), cancellationToken));
    }
}
