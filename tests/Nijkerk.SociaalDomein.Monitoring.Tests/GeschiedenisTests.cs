using Dapper;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Nijkerk.SociaalDomein.Overdracht.Contracts;
using Nijkerk.SociaalDomein.Regie.Contracts;
using Nijkerk.SociaalDomein.Testing;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;
using Npgsql;

namespace Nijkerk.SociaalDomein.Monitoring.Tests;

/// <summary>
/// The four history queries Monitoring rebuilds from: page by page they give exactly the events their module raised of
/// the types Monitoring counts, with the original ids and moments, in the order raised; and only to whom may rebuild.
/// </summary>
public sealed class GeschiedenisTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<string> Modules() => ["intake", "vraagverheldering", "overdracht", "regie"];

    private static readonly Dictionary<string, (Func<long, int, IRequest<Geschiedenis>> Vraag, Type[] Soorten)> Bronnen = new()
    {
        ["intake"] = ((na, n) => new GeefIntakeGeschiedenis(na, n),
            [typeof(AanmeldingGeregistreerd), typeof(AanmeldingAfgehandeld), typeof(AanmeldingDoorgezet), typeof(CrisisGemeld), typeof(AanmeldingGerouteerd)]),
        ["vraagverheldering"] = ((na, n) => new GeefVraagverhelderingGeschiedenis(na, n), [typeof(VraagverhelderingAfgerond)]),
        ["overdracht"] = ((na, n) => new GeefOverdrachtGeschiedenis(na, n),
            [typeof(OverdrachtAangeboden), typeof(OverdrachtGeaccepteerd), typeof(OverdrachtTeruggelegd), typeof(OverdrachtVerlopen), typeof(OverdrachtAfgerond), typeof(RegisseurGevraagd)]),
        ["regie"] = ((na, n) => new GeefRegieGeschiedenis(na, n),
            [typeof(PlanGestart), typeof(RegisseurToegewezen), typeof(PlanGeescaleerd), typeof(IjsbrekerBudgetBesteed), typeof(PlanAfgesloten)]),
    };

    private static readonly SemaphoreSlim Route = new(1, 1);
    private static bool gereden;

    [Theory]
    [MemberData(nameof(Modules))]
    public async Task De_geschiedenis_geeft_per_pagina_de_gebeurtenissen_uit_de_outbox_met_hun_ids_en_momenten_in_volgorde(string schema)
    {
        await RijRouteAsync();
        var (vraag, soorten) = Bronnen[schema];
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = Actor.Systeem;
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var gelezen = new List<IEvent>();
        var paginas = 0;
        for (long? na = 0; na is not null; paginas++)
        {
            var pagina = await mediator.Send(vraag(na.Value, 2));
            pagina.Gebeurtenissen.Count.Should().BeLessThanOrEqualTo(2);
            gelezen.AddRange(pagina.Gebeurtenissen);
            na = pagina.Volgende;
        }

        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        var verwacht = (await connection.QueryAsync<(Guid Id, string Type, DateTimeOffset Op)>(
            $"select id, type, occurred_at from {schema}.outbox where type = any(@Types) order by position",
            new { Types = soorten.Select(t => t.FullName!).ToArray() })).ToList();
        verwacht.Should().NotBeEmpty();
        // The moment as the event carried it; the outbox column keeps it to the microsecond.
        gelezen.Select(e => (e.EventId, e.GetType().FullName!, Microseconden(e.OccurredAt))).Should().Equal(verwacht.Select(v => (v.Id, v.Type, Microseconden(v.Op))));
        paginas.Should().BeGreaterThanOrEqualTo((verwacht.Count + 1) / 2);
    }

    [Fact]
    public async Task Wie_niet_mag_herbouwen_leest_geen_geschiedenis()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig =
            new Actor("tamara", "Tamara Teamleider", ActorSoort.Medewerker, new HashSet<string> { MonitoringRechten.Lezen });
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        foreach (var (vraag, _) in Bronnen.Values)
        {
            await FluentActions.Awaiting(() => mediator.Send(vraag(0, 10))).Should().ThrowAsync<GeenToegangException>();
        }
    }

    private static long Microseconden(DateTimeOffset moment) => moment.UtcTicks / 10;

    /// <summary>Once per class: a meervoudige question up to a plan, so each module raised events of its history.</summary>
    private async Task RijRouteAsync()
    {
        await Route.WaitAsync();
        try
        {
            if (!gereden)
            {
                var loket = await factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);
                var teamleider = await factory.IngelogdeClientAsync(await factory.MaakMedewerkerAsync("Tamara Teamleider", Rollen.Beleid));
                var regisseurNaam = "Roos Regie " + Guid.NewGuid().ToString("N")[..4];
                await factory.MaakMedewerkerAsync(regisseurNaam, Rollen.Regisseur);
                await new RegieRoute(loket, teamleider).PlanAsync("Geschiedenis", regisseurNaam);
                gereden = true;
            }
        }
        finally
        {
            Route.Release();
        }
    }
}
