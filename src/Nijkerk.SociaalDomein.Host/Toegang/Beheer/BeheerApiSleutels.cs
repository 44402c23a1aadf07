using FluentValidation;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Host.Toegang.Beheer;

/// <summary>The functioneel beheerder's work on API keys: list, make (the key is shown once), revoke.</summary>
public static class BeheerApiSleutels
{
    [Vereist(Rechten.Beheer)]
    [Verwerking("API-sleutels ingezien", Doelen.Toegangsbeheer)]
    public sealed record Lijst : IRequest<IReadOnlyList<ApiClient>>;

    [Vereist(Rechten.Beheer)]
    [Verwerking("API-sleutel uitgegeven", Doelen.Toegangsbeheer)]
    public sealed record Maak(string? Naam, IReadOnlyList<string> Scopes, string? Organisatie) : IRequest<string>;

    [Vereist(Rechten.Beheer)]
    [Verwerking("API-sleutel ingetrokken", Doelen.Toegangsbeheer)]
    public sealed record TrekIn(Guid Id) : IRequest<Guid>;

    internal sealed class MaakValidator : AbstractValidator<Maak>
    {
        public MaakValidator(ModuleRegistry modules)
        {
            RuleFor(m => m.Naam).NotEmpty().WithMessage("Geef het systeem een naam, bijvoorbeeld 'Websiteformulier'.").MaximumLength(200);
            RuleFor(m => m.Scopes).Must(s => s.Count > 0).WithMessage("Kies ten minste één scope.");
            RuleForEach(m => m.Scopes).Must(modules.Scopes.Contains).WithMessage("Deze scope kan een API-sleutel niet krijgen.");
            RuleForEach(m => m.Scopes)
                .Must((m, scope) => string.IsNullOrWhiteSpace(m.Organisatie) || !modules.Scopes.Contains(scope) || PartnerScopes.Mag(modules, scope))
                .WithMessage((_, scope) =>
                    $"Een sleutel van een partnerorganisatie kan '{scope}' niet krijgen: een partner ziet alleen de eigen aanmeldingen en de sociale kaart, geen inwoners, BSN, vraagverhelderingen of plannen.");
            RuleFor(m => m.Organisatie).MaximumLength(200);
        }
    }

    internal sealed class Handler(ApiSleutels sleutels) :
        IRequestHandler<Lijst, IReadOnlyList<ApiClient>>, IRequestHandler<Maak, string>, IRequestHandler<TrekIn, Guid>
    {
        public Task<IReadOnlyList<ApiClient>> Handle(Lijst request, CancellationToken cancellationToken) => sleutels.AlleAsync();

        public async Task<string> Handle(Maak request, CancellationToken cancellationToken) =>
            (await sleutels.MaakAsync(request.Naam!, request.Scopes, string.IsNullOrWhiteSpace(request.Organisatie) ? null : request.Organisatie.Trim())).Sleutel;

        public async Task<Guid> Handle(TrekIn request, CancellationToken cancellationToken)
        {
            await sleutels.TrekInAsync(request.Id);
            return request.Id;
        }
    }
}
