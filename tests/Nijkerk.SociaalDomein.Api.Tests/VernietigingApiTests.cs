using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Dapper;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// Bewaartermijnen per module (issue 16.1): for an inwoner whose question went the whole route (aanmelding,
/// vraagverheldering, overdrachten to two teams, plan), every module reports its parts with their category and whether
/// they are closed; after each module's vernietiging its own inzage finds nothing of him, another inwoner's data is
/// untouched, and a second run destroys nothing more. A household plan with another member keeps that member's data.
/// Data is built through the real API; the retention job's requests are sent as the system sends them.
/// </summary>
public sealed class VernietigingApiTests(ApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Elke_module_meldt_haar_delen_en_vernietigt_ze_zonder_een_ander_te_raken()
    {
        var route = await RouteAsync();
        var regisseur = "Regisseur " + Guid.NewGuid().ToString("N")[..6];
        await Factory.MaakMedewerkerAsync(regisseur, Rollen.Regisseur);
        var (inwoner, plan, _) = await route.PlanAsync("Vernietig", regisseur);
        var ander = await route.Vraag.InwonerAsync("Olga", "Blijft");
        (await Client.PostAsJsonAsync("/api/v1/aanmeldingen", new { kanaal = "telefoon", bron = "inwoner-zelf", vraag = "Vraag over de bijstand", urgentie = "normaal", inwonerId = ander }))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        // Overdracht opens its overdrachten, and Monitoring follows the question, from events on their own queues.
        var overdracht = await WachtAsync(async () => await StuurAsync(new Overdracht.Contracts.GeefBewaarstandVanOverdracht([inwoner])), s => s.Delen.Count >= 2);
        overdracht.Delen.Select(d => d.Categorie).Should().BeEquivalentTo([Bewaarcategorieen.Jeugd, Bewaarcategorieen.WerkEnInkomen], "jeugd and inkomen went to two teams");
        overdracht.Delen.Should().AllSatisfy(d => d.AfgeslotenOp.Should().BeNull("an offered overdracht is still open"));
        var pseudoniemen = await PseudoniemenAsync(inwoner);
        await WachtAsync(() => MonitoringVragenAsync(pseudoniemen), n => n > 0);

        var intake = await StuurAsync(new Intake.Contracts.GeefBewaarstandVanIntake([inwoner, ander]));
        intake.Delen.Should().ContainSingle(d => d.InwonerId == inwoner).Which.Should().Match<Bewaardeel>(
            d => d.Categorie == Bewaarcategorieen.Toegang && d.AfgeslotenOp != null, "the aanmelding was passed on to the vraagverheldering");
        intake.Delen.Should().ContainSingle(d => d.InwonerId == ander).Which.AfgeslotenOp.Should().BeNull("his aanmelding still waits at the loket");
        var vraagverheldering = await StuurAsync(new Vraagverheldering.Contracts.GeefBewaarstandVanVraagverheldering([inwoner]));
        vraagverheldering.Delen.Should().ContainSingle().Which.Should().Match<Bewaardeel>(d => d.Categorie == Bewaarcategorieen.Toegang && d.AfgeslotenOp != null);
        var regie = await StuurAsync(new Regie.Contracts.GeefBewaarstandVanRegie([inwoner]));
        regie.Delen.Should().HaveCount(2, "the plan and his membership of its household")
            .And.AllSatisfy(d => d.Should().Match<Bewaardeel>(x => x.Categorie == Bewaarcategorieen.Regie && x.AfgeslotenOp == null && x.InwonerId == inwoner));
        (await StuurAsync(new Monitoring.Contracts.GeefBewaarstandVanMonitoring([inwoner]))).Delen.Should().BeEmpty();
        (await StuurAsync(new SocialeKaart.Contracts.GeefBewaarstandVanSocialeKaart([inwoner]))).Delen.Should().BeEmpty();

        // Monitoring asks Intake for the aanmeldingen, so it goes before Intake, which goes last.
        var eerste = await VernietigAllesAsync(inwoner);
        Aantal(eerste["Intake"], "aanmelding").Should().Be(1);
        Aantal(eerste["Intake"], "inwoner").Should().Be(1);
        Aantal(eerste["Intake"], "contactmoment").Should().BeGreaterThan(0);
        Aantal(eerste["Vraagverheldering"], "vraagverheldering").Should().Be(1);
        Aantal(eerste["Vraagverheldering"], "score").Should().Be(RegieRoute.StartScores.Count);
        Aantal(eerste["Overdracht"], "overdracht").Should().Be(2);
        Aantal(eerste["Overdracht"], "stap").Should().BeGreaterThanOrEqualTo(2);
        Aantal(eerste["Regie"], "plan").Should().Be(1);
        Aantal(eerste["Regie"], "huishouden").Should().Be(1);
        Aantal(eerste["Regie"], "regieverzoek").Should().Be(1);
        Aantal(eerste["Monitoring"], "vraag").Should().Be(1);
        eerste["SocialeKaart"].Aantallen.Should().BeEmpty();

        foreach (var (module, verzoek) in Inzagen(inwoner))
        {
            (await StuurAsync(verzoek)).Onderdelen.Should().BeEmpty($"{module} holds nothing of him any more");
        }

        (await MonitoringVragenAsync(pseudoniemen)).Should().Be(0, "Monitoring no longer follows his question");
        (await StuurAsync(new Overdracht.Contracts.GeefBewaarstandVanOverdracht([inwoner]))).Delen.Should().BeEmpty();
        (await StuurAsync(new Regie.Contracts.GeefBewaarstandVanRegie([inwoner]))).Delen.Should().BeEmpty();
        await using (var db = new NpgsqlConnection(Factory.ConnectionString))
        {
            (await db.ExecuteScalarAsync<int>("select count(*)::int from regie.plan where id = @plan", new { plan })).Should().Be(0);
        }

        var vanAnder = await StuurAsync(new Intake.Contracts.GeefPersoonsgegevensVanIntake([ander]));
        vanAnder.Onderdelen.Should().Contain(o => o.Soort == "inwoner").And.Contain(o => o.Soort == "aanmelding", "another inwoner's data is untouched");

        var tweede = await VernietigAllesAsync(inwoner);
        tweede.Values.SelectMany(v => v.Aantallen).Should().AllSatisfy(a => (a.Verwijderd + a.Geanonimiseerd).Should().Be(0, $"{a.Soort} was gone already"));
    }

    [Fact]
    public async Task Een_plan_met_een_ander_lid_blijft_en_houdt_zijn_gegevens()
    {
        var route = await RouteAsync();
        var regisseur = "Regisseur " + Guid.NewGuid().ToString("N")[..6];
        await Factory.MaakMedewerkerAsync(regisseur, Rollen.Regisseur);
        var (inwoner, plan, huishouden) = await route.PlanAsync("Gezin", regisseur);
        var partner = await route.Vraag.InwonerAsync("Piet", "Gezin");
        var versie = (await Client.GetAsync($"/api/v1/huishoudens/{huishouden}")).Headers.ETag!.Tag;
        using (var wijzig = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/huishoudens/{huishouden}/leden")
               {
                   Content = JsonContent.Create(new { leden = new object[] { new { inwonerId = inwoner, relatie = "ouder", contactpersoon = true }, new { inwonerId = partner, relatie = "partner", contactpersoon = false } } }),
               })
        {
            wijzig.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(versie));
            var response = await Client.SendAsync(wijzig);
            response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }

        var vernietigd = await StuurAsync(new Regie.Contracts.VernietigPersoonsgegevensVanRegie([inwoner]));

        Aantal(vernietigd, "lidmaatschap").Should().Be(1);
        Aantal(vernietigd, "regieverzoek").Should().Be(1);
        vernietigd.Aantallen.Should().ContainSingle(a => a.Soort == "plan").Which.Should().Be(new VernietigdAantal("plan", 0, 1), "the plan stays, without the hulpvragen from his vraagverheldering");
        Aantal(vernietigd, "huishouden").Should().Be(0);
        (await StuurAsync(new Regie.Contracts.GeefPersoonsgegevensVanRegie([inwoner]))).Onderdelen.Should().BeEmpty();
        var vanPartner = await StuurAsync(new Regie.Contracts.GeefPersoonsgegevensVanRegie([partner]));
        vanPartner.Onderdelen.Should().ContainSingle(o => o.Soort == "plan").Which.Id.Should().Be(plan);
        vanPartner.Onderdelen.Should().ContainSingle(o => o.Soort == "huishouden");
        vanPartner.Onderdelen.Count(o => o.Soort == "score").Should().Be(RegieRoute.StartScores.Count, "the plan keeps its scores for the member who stays");
        (await StuurAsync(new Regie.Contracts.GeefBewaarstandVanRegie([partner]))).Delen.Should().HaveCount(2);

        var nogmaals = await StuurAsync(new Regie.Contracts.VernietigPersoonsgegevensVanRegie([inwoner]));
        nogmaals.Aantallen.Should().AllSatisfy(a => (a.Verwijderd + a.Geanonimiseerd).Should().Be(0));
    }

    private async Task<RegieRoute> RouteAsync() =>
        new(Client, await Factory.IngelogdeClientAsync(await Factory.MaakMedewerkerAsync("Tamara Teamleider", Rollen.Beleid)));

    private async Task<Dictionary<string, VernietigingVanModule>> VernietigAllesAsync(Guid inwoner)
    {
        VernietigPersoonsgegevens[] volgorde =
        [
            new Monitoring.Contracts.VernietigPersoonsgegevensVanMonitoring([inwoner]),
            new Regie.Contracts.VernietigPersoonsgegevensVanRegie([inwoner]),
            new Overdracht.Contracts.VernietigPersoonsgegevensVanOverdracht([inwoner]),
            new Vraagverheldering.Contracts.VernietigPersoonsgegevensVanVraagverheldering([inwoner]),
            new SocialeKaart.Contracts.VernietigPersoonsgegevensVanSocialeKaart([inwoner]),
            new Intake.Contracts.VernietigPersoonsgegevensVanIntake([inwoner]),
        ];
        var uitkomst = new Dictionary<string, VernietigingVanModule>();
        foreach (var verzoek in volgorde)
        {
            var vernietigd = await StuurAsync(verzoek);
            uitkomst[vernietigd.Module] = vernietigd;
        }

        return uitkomst;
    }

    private static IEnumerable<(string Module, GeefPersoonsgegevens Verzoek)> Inzagen(Guid inwoner) =>
    [
        ("Intake", new Intake.Contracts.GeefPersoonsgegevensVanIntake([inwoner])),
        ("Vraagverheldering", new Vraagverheldering.Contracts.GeefPersoonsgegevensVanVraagverheldering([inwoner])),
        ("Overdracht", new Overdracht.Contracts.GeefPersoonsgegevensVanOverdracht([inwoner])),
        ("Regie", new Regie.Contracts.GeefPersoonsgegevensVanRegie([inwoner])),
    ];

    private static int Aantal(VernietigingVanModule vernietigd, string soort) =>
        vernietigd.Aantallen.SingleOrDefault(a => a.Soort == soort)?.Verwijderd ?? 0;

    /// <summary>The pseudonyms under which Monitoring follows his aanmeldingen (the keyed hash with the configured key).</summary>
    private async Task<byte[][]> PseudoniemenAsync(Guid inwoner)
    {
        var aanmeldingen = await StuurAsync(new Intake.Contracts.GeefAanmeldingenVanInwoner(inwoner));
        aanmeldingen.Should().NotBeEmpty();
        var sleutel = Convert.FromBase64String(Factory.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Monitoring:Pseudoniemsleutel"]!);
        return [.. aanmeldingen.Select(a => System.Security.Cryptography.HMACSHA256.HashData(sleutel, a.ToByteArray()))];
    }

    /// <summary>How many questions Monitoring follows under these pseudonyms (read as the admin).</summary>
    private async Task<int> MonitoringVragenAsync(byte[][] vragen)
    {
        await using var db = new NpgsqlConnection(Factory.ConnectionString);
        return await db.ExecuteScalarAsync<int>("select count(*)::int from monitoring.vraag where sleutel = any(@vragen)", new { vragen });
    }

    private async Task<T> StuurAsync<T>(IRequest<T> verzoek)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = Actor.Systeem;
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(verzoek);
    }

    private static async Task<T> WachtAsync<T>(Func<Task<T>> lees, Func<T, bool> klaar)
    {
        var klok = Stopwatch.StartNew();
        while (true)
        {
            var waarde = await lees();
            if (klaar(waarde) || klok.Elapsed > TimeSpan.FromSeconds(30))
            {
                return waarde;
            }

            await Task.Delay(100);
        }
    }
}
