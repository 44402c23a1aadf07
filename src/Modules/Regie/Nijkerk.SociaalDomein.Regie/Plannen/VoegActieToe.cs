using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Overdracht;
using Nijkerk.SociaalDomein.Regie.Contracts;
using Nijkerk.SociaalDomein.Regie.Huishoudens;

namespace Nijkerk.SociaalDomein.Regie.Plannen;

/// <summary>
/// An actie with its verantwoordelijke and deadline: the inwoner, someone in his netwerk, a voorziening of the voorliggend
/// veld, a team, or a zorgaanbieder (then with the agreed content, duration and cost). The regisseur adds any; a
/// vakspecialist with a part in the plan adds acties of his own team. A team named on an actie takes part in the plan.
/// </summary>
internal static class VoegActieToe
{
    [Vereist(RegieRechten.PlannenBijdragen)]
    [Verwerking("Actie aan het ondersteuningsplan toegevoegd", RegieDoelen.Regie)]
    public sealed record Command(Guid PlanId, int Versie, Invoer Invoer) : ICommand<PlanGewijzigd>;

    public sealed record Invoer(
        string? Omschrijving, Guid? DoelId, string? VerantwoordelijkeSoort, string? Verantwoordelijke, string? TeamCode, string? Organisatie,
        string? Telefoon, DateOnly? Deadline, string? Zichtbaarheid, string? AfspraakInhoud, string? AfspraakDuur, decimal? AfspraakKosten)
    {
        /// <summary>The example in the API document.</summary>
        public static Invoer Voorbeeld => new(
            "Samen de post openen en een overzicht van de schulden maken", null, Verantwoordelijken.Netwerk, "Buurman Henk", null, null,
            "06 12 34 56 78", DateOnly.FromDateTime(DateTime.Today.AddDays(14)), Zichtbaarheden.Plan, null, null, null);
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IMediator mediator, TimeProvider clock)
        {
            RuleFor(c => c.Invoer.Omschrijving).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Beschrijf wat er gebeurt.")
                .MaximumLength(2000).WithMessage("De omschrijving is te lang (ten hoogste 2000 tekens).")
                .OverridePropertyName("Omschrijving");
            RuleFor(c => c.Invoer.VerantwoordelijkeSoort).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Kies wie verantwoordelijk is: de inwoner, het netwerk, het voorliggend veld, een team of een zorgaanbieder.")
                .EenVan(Verantwoordelijken.Namen.Keys).WithMessage("Kies inwoner, netwerk, voorliggend-veld, team of zorgaanbieder.")
                .OverridePropertyName("VerantwoordelijkeSoort");
            RuleFor(c => c.Invoer.Verantwoordelijke).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Noem wie de actie uitvoert (een naam of functie).")
                .MaximumLength(200).WithMessage("De naam is te lang (ten hoogste 200 tekens).")
                .OverridePropertyName("Verantwoordelijke");
            RuleFor(c => c.Invoer.TeamCode).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Kies het team dat de actie uitvoert.")
                .MustAsync(async (code, ct) => (await mediator.Send(new GeefTeams(), ct)).Any(t => t.Code == code)).WithMessage("Kies een team uit de lijst.")
                .When(c => c.Invoer.VerantwoordelijkeSoort == Verantwoordelijken.Team)
                .OverridePropertyName("TeamCode");
            RuleFor(c => c.Invoer.Organisatie).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Noem de organisatie die de actie uitvoert.")
                .MaximumLength(200).WithMessage("De naam van de organisatie is te lang (ten hoogste 200 tekens).")
                .When(c => c.Invoer.VerantwoordelijkeSoort is Verantwoordelijken.VoorliggendVeld or Verantwoordelijken.Zorgaanbieder)
                .OverridePropertyName("Organisatie");
            RuleFor(c => c.Invoer.Telefoon).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Geef het telefoonnummer waarop de verantwoordelijke bereikbaar is.")
                .When(c => c.Invoer.VerantwoordelijkeSoort is Verantwoordelijken.VoorliggendVeld or Verantwoordelijken.Zorgaanbieder or Verantwoordelijken.Team)
                .OverridePropertyName("Telefoon");
            RuleFor(c => c.Invoer.Telefoon)
                .Matches(@"^\+?[0-9 ()\-]{6,20}$").WithMessage("Een telefoonnummer bestaat uit 6 tot 20 cijfers, spaties, haakjes of streepjes, eventueel met + ervoor.")
                .When(c => !string.IsNullOrEmpty(c.Invoer.Telefoon))
                .OverridePropertyName("Telefoon");
            RuleFor(c => c.Invoer.Deadline).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Geef de datum waarop de actie klaar is.")
                .Must(d => d >= NederlandseDag.Van(clock.GetUtcNow())).WithMessage("De deadline ligt in het verleden; kies vandaag of later.")
                .OverridePropertyName("Deadline");
            RuleFor(c => c.Invoer.Zichtbaarheid).EenVan(Zichtbaarheden.Namen.Keys)
                .WithMessage("Kies wie de actie ziet: 'plan' (iedereen in het plan) of 'beperkt' (alleen regisseur en verantwoordelijke).")
                .OverridePropertyName("Zichtbaarheid");
            When(c => c.Invoer.VerantwoordelijkeSoort == Verantwoordelijken.Zorgaanbieder, () =>
            {
                RuleFor(c => c.Invoer.AfspraakInhoud).NotEmpty().WithMessage("Leg vast wat met de zorgaanbieder is afgesproken.")
                    .MaximumLength(2000).WithMessage("De afspraak is te lang (ten hoogste 2000 tekens).").OverridePropertyName("AfspraakInhoud");
                RuleFor(c => c.Invoer.AfspraakDuur).NotEmpty().WithMessage("Leg vast hoe lang de zorg duurt (bijvoorbeeld '3 maanden').")
                    .MaximumLength(200).WithMessage("De duur is te lang (ten hoogste 200 tekens).").OverridePropertyName("AfspraakDuur");
                RuleFor(c => c.Invoer.AfspraakKosten).Cascade(CascadeMode.Stop)
                    .NotNull().WithMessage("Leg de afgesproken kosten vast, in euro's.")
                    .GreaterThanOrEqualTo(0).WithMessage("De kosten zijn nul of meer euro.").OverridePropertyName("AfspraakKosten");
            });
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, PlanGewijzigd>
    {
        private const string DoelVanPlan = "select count(*) from regie.doel where id = @DoelId and plan_id = @PlanId";

        private const string Voeg = """
            insert into regie.actie (id, plan_id, doel_id, omschrijving, verantwoordelijke_soort, verantwoordelijke, team_code, organisatie, telefoon,
                                     deadline, afspraak_inhoud, afspraak_duur, afspraak_kosten, zichtbaarheid, aangemaakt_op, aangemaakt_door, gewijzigd_op)
            values (@Id, @PlanId, @DoelId, @Omschrijving, @Soort, @Verantwoordelijke, @TeamCode, @Organisatie, @Telefoon,
                    @Deadline, @AfspraakInhoud, @AfspraakDuur, @AfspraakKosten, @Zichtbaarheid, @Nu, @Door, @Nu);
            update regie.plan set teams = array_append(teams, @TeamCode) where id = @PlanId and @TeamCode is not null and not (@TeamCode = any(teams));
            """;

        public async Task<PlanGewijzigd> Handle(Command command, CancellationToken cancellationToken)
        {
            var wie = actor.Huidig;
            var invoer = command.Invoer;
            var (plan, rol) = await PlanOpslag.LaadAsync(session, command.PlanId, wie);
            var team = invoer.VerantwoordelijkeSoort == Verantwoordelijken.Team ? invoer.TeamCode : null;
            if (!PlanWijzigen.IsRegisseur(wie, rol)
                && !(PlanWijzigen.IsBijdrager(wie, rol) && team is not null && (wie.Teams ?? []).Contains(team)))
            {
                throw new GeenToegangException("U voegt alleen acties toe voor uw eigen team; andere acties legt de regisseur vast.");
            }

            plan.MoetLopen();
            await PlanWijzigen.PlanZelfdeSindsAsync(session, plan, command.Versie);
            if (invoer.DoelId is { } doel && await session.QuerySingleOrDefaultAsync<long>(DoelVanPlan, new { DoelId = doel, PlanId = plan.Id }) == 0)
            {
                throw new ValidationException([new ValidationFailure("DoelId", "Dit doel hoort niet bij dit plan.")]);
            }

            var id = Guid.CreateVersion7();
            var nu = clock.GetUtcNow();
            var zorg = invoer.VerantwoordelijkeSoort == Verantwoordelijken.Zorgaanbieder;
            await session.ExecuteAsync(Voeg, new
            {
                Id = id, PlanId = plan.Id, invoer.DoelId, Omschrijving = invoer.Omschrijving!.Trim(), Soort = invoer.VerantwoordelijkeSoort,
                Verantwoordelijke = invoer.Verantwoordelijke!.Trim(), TeamCode = team,
                Organisatie = invoer.VerantwoordelijkeSoort is Verantwoordelijken.VoorliggendVeld or Verantwoordelijken.Zorgaanbieder ? invoer.Organisatie!.Trim() : null,
                Telefoon = string.IsNullOrWhiteSpace(invoer.Telefoon) ? null : invoer.Telefoon.Trim(), Deadline = invoer.Deadline!.Value,
                AfspraakInhoud = zorg ? invoer.AfspraakInhoud : null, AfspraakDuur = zorg ? invoer.AfspraakDuur : null,
                AfspraakKosten = zorg ? invoer.AfspraakKosten : null, Zichtbaarheid = invoer.Zichtbaarheid ?? Zichtbaarheden.Plan, Nu = nu, Door = wie.Id,
            });
            await PlanOpslag.BewaarAsync(session, plan, wie, nu, "actie", id, "Actie toegevoegd", 1);
            return new PlanGewijzigd(plan.Id, id, 1, plan.Versie) { Leden = await HuishoudenOpslag.LedenAsync(session, plan.HuishoudenId) };
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/plannen/{id}/acties", async Task<Created<PlanGewijzigd>> (Guid id, Invoer? invoer, HttpRequest request, IMediator mediator, CancellationToken ct) =>
            {
                var versie = Versies.UitIfMatch(request);
                var gewijzigd = await mediator.Send(new Command(id, versie, invoer ?? Leeg), ct);
                return TypedResults.Created($"/api/v1/plannen/{id}", gewijzigd);
            })
            .WithName("voegActieToe")
            .WithTags("Regie")
            .WithSummary("Voeg een actie toe aan een ondersteuningsplan")
            .WithDescription(
                "Een actie met omschrijving, eventueel het doel (doelId) waar zij bij hoort, de verantwoordelijke en de deadline (vandaag of later). " +
                "verantwoordelijkeSoort: inwoner, netwerk, voorliggend-veld, team of zorgaanbieder; verantwoordelijke is altijd een naam of functie. " +
                "Een team noemt teamCode (uit GET /teams) en een telefoonnummer; het voorliggend veld en een zorgaanbieder noemen organisatie en " +
                "telefoon; bij een zorgaanbieder zijn ook afspraakInhoud, afspraakDuur en afspraakKosten (euro) verplicht. zichtbaarheid 'beperkt': " +
                "alleen de regisseur en het verantwoordelijke team of de organisatie zien de actie. Een team op een actie is betrokken bij het plan. " +
                "De regisseur voegt elke actie toe, een vakspecialist met een deel in het plan alleen acties van zijn eigen team (anders 403). " +
                "Stuur in If-Match de ETag van het plan (zonder 428; 412 alleen als het plan zelf intussen wijzigde). Een afgesloten plan: 409.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static readonly Invoer Leeg = new(null, null, null, null, null, null, null, null, null, null, null, null);
}
