using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Regie.Afsluiting;
using Nijkerk.SociaalDomein.Regie.Escalaties;
using Nijkerk.SociaalDomein.Regie.Escalaties.Rooster;
using Nijkerk.SociaalDomein.Regie.Huishoudens;
using Nijkerk.SociaalDomein.Regie.Plannen;
using Nijkerk.SociaalDomein.Regie.RegieGevraagd;
using Nijkerk.SociaalDomein.Regie.Werkvoorraad;

namespace Nijkerk.SociaalDomein.Regie;

/// <summary>
/// The Regie module, in schema <c>regie</c>: huishoudens (inwoners by id, with their relation), one ondersteuningsplan
/// per household with one regisseur, its doelen, acties and evaluaties, and the escalations to an ijsbreker.
/// </summary>
public sealed class RegieModule : IModule
{
    public string Name => "Regie";

    public string Schema => "regie";

    // Functiescheiding (domain.md, Roles): the loket sees at first contact that a plan runs and who the regisseur is; the
    // regisseur keeps the plan; vakspecialisten of the teams in it take part; the ijsbreker handles escalations; the
    // teamleider assigns regisseurs and sees the budget, never a person; a partner (huisarts, school) may escalate.
    public IReadOnlyList<ModuleRecht> EigenRechten =>
    [
        new(RegieRechten.PlannenLezen, [Rollen.Loketmedewerker, Rollen.Regisseur, Rollen.Vakspecialist, Rollen.Ijsbreker], IsScope: true),
        new(RegieRechten.PlannenBeheren, [Rollen.Regisseur], IsScope: false),
        new(RegieRechten.PlannenBijdragen, [Rollen.Vakspecialist, Rollen.Regisseur], IsScope: false),
        new(RegieRechten.PlannenEscaleren, [Rollen.Regisseur, Rollen.Vakspecialist, Rollen.Loketmedewerker], IsScope: true, VoorPartners: true),
        // A scope too, so the municipality's planning system may assign; the list and the answer name no person.
        new(RegieRechten.RegieToewijzen, [Rollen.Beleid], IsScope: true),
        new(RegieRechten.HuishoudensBeheren, [Rollen.Loketmedewerker, Rollen.Regisseur], IsScope: true),
        new(RegieRechten.EscalatiesBehandelen, [Rollen.Ijsbreker], IsScope: false),
        new(RegieRechten.BudgetLezen, [Rollen.Ijsbreker, Rollen.Beleid, Rollen.FunctioneelBeheerder], IsScope: false),
        new(RegieRechten.RegieInrichten, [Rollen.FunctioneelBeheerder], IsScope: false),
    ];

    public IReadOnlyList<string> EigenDoelen => [RegieDoelen.Regie, InzageDoelen.Inzage, BuildingBlocks.Bewaring.BewaringDoelen.Bewaartermijn, BuildingBlocks.Bewaring.BewaringDoelen.Vernietiging];

    public IReadOnlyList<NavigatieItem> Navigatie =>
    [
        new("/plannen", "Mijn plannen", RegieRechten.PlannenBeheren),
        new("/regie-gevraagd", "Regie gevraagd", RegieRechten.RegieToewijzen),
        new("/escalaties", "Escalaties", RegieRechten.EscalatiesBehandelen),
        new("/regie/budget", "IJsbrekersbudget", RegieRechten.BudgetLezen),
        new("/beheer/ijsbrekers", "IJsbrekers: rooster en budget", RegieRechten.RegieInrichten, NavigatieGroep.Beheer),
        new("/beheer/regie", "Wanneer een plan vastloopt", RegieRechten.RegieInrichten, NavigatieGroep.Beheer),
    ];

    public IReadOnlyList<ApiTag> ApiTags =>
        [new("Regie", "Eén huishouden, één plan, één regisseur: huishoudens, ondersteuningsplannen met doelen en acties, en de ijsbreker.")];

    public BuildingBlocks.Persoonsgegevens.GeefPersoonsgegevens Persoonsgegevens(IReadOnlyList<Guid> inwonerIds) => new Contracts.GeefPersoonsgegevensVanRegie(inwonerIds);

    public BuildingBlocks.Bewaring.GeefBewaarstand Bewaarstand(IReadOnlyList<Guid> inwonerIds) => new Contracts.GeefBewaarstandVanRegie(inwonerIds);

    public BuildingBlocks.Bewaring.VernietigPersoonsgegevens Vernietiging(IReadOnlyList<Guid> inwonerIds) => new Contracts.VernietigPersoonsgegevensVanRegie(inwonerIds);

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        GeefRegieverzoeken.Map(api);
        GeefRegisseurs.Map(api);
        WijsRegisseurToe.Map(api);
        MaakHuishouden.Map(api);
        GeefHuishouden.Map(api);
        WijzigLeden.Map(api);
        GeefPlan.Map(api);
        VoegDoelToe.Map(api);
        VoegActieToe.Map(api);
        WijzigActie.Map(api);
        VoegEvaluatieToe.Map(api);
        LegAkkoordVast.Map(api);
        EscaleerPlan.Map(api);
        GeefEscalaties.Map(api);
        LegBesluitVast.Map(api);
        BesteedBudget.Map(api);
        KeurUitgaveGoed.Map(api);
        WijsBetalerToe.Map(api);
        HandelEscalatieAf.Map(api);
        GeefBudget.Map(api);
        PlanDienst.Map(api);
        GeefRooster.Map(api);
        SluitPlanAf.Map(api);
        ZoekPlannen.Map(api);
    }
}
