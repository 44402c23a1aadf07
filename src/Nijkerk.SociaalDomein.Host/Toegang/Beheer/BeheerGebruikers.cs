using FluentValidation;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Overdracht;
using Npgsql;

namespace Nijkerk.SociaalDomein.Host.Toegang.Beheer;

/// <summary>The functioneel beheerder's work on staff accounts: list, make, change roles and teams, (de)activate, unblock.</summary>
public static class BeheerGebruikers
{
    [Vereist(Rechten.Beheer)]
    [Verwerking("Medewerkersaccounts ingezien", Doelen.Toegangsbeheer)]
    public sealed record Lijst : IRequest<IReadOnlyList<Gebruiker>>;

    [Vereist(Rechten.Beheer)]
    [Verwerking("Medewerkersaccount aangemaakt", Doelen.Toegangsbeheer)]
    public sealed record Maak(string? Gebruikersnaam, string? Naam, string? Wachtwoord, IReadOnlyList<string> Rollen, IReadOnlyList<string> Teams) : IRequest<Guid>;

    [Vereist(Rechten.Beheer)]
    [Verwerking("Medewerkersaccount gewijzigd", Doelen.Toegangsbeheer)]
    public sealed record Wijzig(Guid Id, IReadOnlyList<string> Rollen, IReadOnlyList<string> Teams, bool Actief, bool Deblokkeer) : IRequest<Guid>;

    internal sealed class MaakValidator : AbstractValidator<Maak>
    {
        public MaakValidator(IMediator mediator)
        {
            RuleFor(m => m.Gebruikersnaam).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Vul een gebruikersnaam in.")
                .Matches("^[a-zA-Z0-9._-]{2,50}$").WithMessage("Een gebruikersnaam bestaat uit 2 tot 50 letters, cijfers, punten, streepjes of lage streepjes.");
            RuleFor(m => m.Naam).NotEmpty().WithMessage("Vul de naam van de medewerker in.").MaximumLength(200);
            RuleFor(m => m.Wachtwoord).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Vul een eerste wachtwoord in.")
                .MinimumLength(InlogDienst.MinimaleWachtwoordLengte).WithMessage($"Een wachtwoord heeft ten minste {InlogDienst.MinimaleWachtwoordLengte} tekens.");
            RuleFor(m => m.Rollen).Must(r => r.Count > 0).WithMessage("Kies ten minste één rol.");
            RuleForEach(m => m.Rollen).Must(BuildingBlocks.Toegang.Rollen.Namen.ContainsKey).WithMessage("Onbekende rol.");
            RuleFor(m => m.Teams).MustAsync((teams, ct) => TeamsBestaanAsync(mediator, teams, ct)).WithMessage("Onbekend team.");
        }
    }

    internal sealed class WijzigValidator : AbstractValidator<Wijzig>
    {
        public WijzigValidator(IMediator mediator)
        {
            RuleFor(m => m.Rollen).Must(r => r.Count > 0).WithMessage("Kies ten minste één rol.");
            RuleForEach(m => m.Rollen).Must(BuildingBlocks.Toegang.Rollen.Namen.ContainsKey).WithMessage("Onbekende rol.");
            RuleFor(m => m.Teams).MustAsync((teams, ct) => TeamsBestaanAsync(mediator, teams, ct)).WithMessage("Onbekend team.");
        }
    }

    // The teams are Overdracht's reference data, asked through its Contracts.
    private static async Task<bool> TeamsBestaanAsync(IMediator mediator, IReadOnlyList<string> teams, CancellationToken ct) =>
        teams.Count == 0 || !teams.Except((await mediator.Send(new GeefTeams(), ct)).Select(t => t.Code)).Any();

    internal sealed class Handler(InlogDienst gebruikers) :
        IRequestHandler<Lijst, IReadOnlyList<Gebruiker>>, IRequestHandler<Maak, Guid>, IRequestHandler<Wijzig, Guid>
    {
        public Task<IReadOnlyList<Gebruiker>> Handle(Lijst request, CancellationToken cancellationToken) => gebruikers.AlleAsync();

        public async Task<Guid> Handle(Maak request, CancellationToken cancellationToken)
        {
            try
            {
                return await gebruikers.MaakAsync(request.Gebruikersnaam!, request.Naam!, request.Wachtwoord!, request.Rollen, request.Teams);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                throw new ConflictException("Deze gebruikersnaam bestaat al.");
            }
        }

        public async Task<Guid> Handle(Wijzig request, CancellationToken cancellationToken) =>
            await gebruikers.WijzigAsync(request.Id, request.Rollen, request.Teams, request.Actief, request.Deblokkeer)
                ? request.Id
                : throw new NietGevondenException("Er is geen account met deze id.");
    }
}
