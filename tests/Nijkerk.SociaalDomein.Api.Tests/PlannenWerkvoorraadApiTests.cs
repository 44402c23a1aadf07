using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// GET /api/v1/plannen, the regisseur's werkvoorraad: a plan is vastgelopen when nothing happened in it for more than M
/// days or an open actie is more than N days past its deadline, both counted on the clock the host is given; the
/// functioneel beheerder changes N and M on /beheer/regie and the answer follows; each sees the plans he has a part in.
/// </summary>
public sealed class PlannenWerkvoorraadApiTests(PlannenWerkvoorraadApiTests.KlokFactory factory) : IClassFixture<PlannenWerkvoorraadApiTests.KlokFactory>, IAsyncLifetime
{
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        factory.Klok.Zet(DateTimeOffset.UtcNow);
        client = await factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Een_plan_zonder_activiteit_is_na_meer_dan_M_dagen_vastgelopen_en_de_beheerder_verschuift_M_op_de_instellingenpagina()
    {
        var (regisseur, _) = await RegisseurAsync();
        var plan = await PlanAsync("Stilstand", regisseur);
        var eigen = await IngelogdAlsAsync(regisseur);

        var nu = await RegelAsync(eigen, "/api/v1/plannen", plan);
        nu.GetProperty("vastgelopen").GetBoolean().Should().BeFalse();
        nu.GetProperty("redenen").GetArrayLength().Should().Be(0);
        nu.GetProperty("status").GetString().Should().Be("lopend");
        nu.GetProperty("actiesOverTermijn").GetInt32().Should().Be(0);
        (await IdsAsync(eigen, "/api/v1/plannen?vastgelopen=true")).Should().NotContain(plan);

        // 42 days later is not more than 42; 43 is.
        factory.Klok.Zet(DateTimeOffset.UtcNow.AddDays(42));
        eigen = await IngelogdAlsAsync(regisseur);
        (await IdsAsync(eigen, "/api/v1/plannen?vastgelopen=true")).Should().NotContain(plan, "42 days without activity is not more than 42");
        factory.Klok.Zet(DateTimeOffset.UtcNow.AddDays(43));
        eigen = await IngelogdAlsAsync(regisseur);
        var vast = await RegelAsync(eigen, "/api/v1/plannen?vastgelopen=true", plan);
        vast.GetProperty("redenen").EnumerateArray().Select(r => r.GetString()).Should().Equal("stilstand");
        (await IdsAsync(eigen, "/api/v1/plannen?vastgelopen=false")).Should().NotContain(plan);

        var beheerder = await factory.IngelogdeClientAsync(await factory.MaakMedewerkerAsync("Fenna Beheer", Rollen.FunctioneelBeheerder));
        var fout = await InstellingenAsync(beheerder, "7", "0");
        fout.StatusCode.Should().Be(HttpStatusCode.OK);
        (await fout.Content.ReadAsStringAsync()).Should().Contain("Het aantal dagen zonder activiteit ligt tussen 1 en 365.");
        (await IdsAsync(eigen, "/api/v1/plannen?vastgelopen=true")).Should().Contain(plan, "a refused setting changes nothing");

        try
        {
            (await InstellingenAsync(beheerder, "7", "60")).StatusCode.Should().Be(HttpStatusCode.Redirect);
            (await IdsAsync(eigen, "/api/v1/plannen?vastgelopen=true")).Should().NotContain(plan, "60 days without activity is allowed now");
            (await RegelAsync(eigen, "/api/v1/plannen?vastgelopen=false", plan)).GetProperty("vastgelopen").GetBoolean().Should().BeFalse();
        }
        finally
        {
            (await InstellingenAsync(beheerder, "7", "42")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        }
    }

    [Fact]
    public async Task Een_open_actie_meer_dan_N_dagen_over_haar_deadline_maakt_het_plan_vastgelopen()
    {
        var (regisseur, _) = await RegisseurAsync();
        var plan = await PlanAsync("Overtermijn", regisseur);
        var vandaag = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(factory.Klok.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);
        var eigen = await IngelogdAlsAsync(regisseur);
        await ActieAsync(eigen, plan, vandaag, klaar: false);
        await ActieAsync(eigen, plan, vandaag, klaar: true);

        // Three days on, the open actie is past its deadline but not yet by more than the 7 days set.
        factory.Klok.Zet(factory.Klok.GetUtcNow().AddDays(3));
        eigen = await IngelogdAlsAsync(regisseur);
        var regel = await RegelAsync(eigen, "/api/v1/plannen?vastgelopen=false", plan);
        regel.GetProperty("actiesOverTermijn").GetInt32().Should().Be(1, "only the open actie counts; a done one is past, not overdue");

        // Five days more, it is 8 days past its deadline: more than the 7 set. (Adding acties was activity, so no stilstand.)
        factory.Klok.Zet(factory.Klok.GetUtcNow().AddDays(5));
        eigen = await IngelogdAlsAsync(regisseur);
        var vast = await RegelAsync(eigen, "/api/v1/plannen?vastgelopen=true", plan);
        vast.GetProperty("redenen").EnumerateArray().Select(r => r.GetString()).Should().Equal("actie-over-termijn");

        // The ijsbreker has no part until the plan is escalated to him; then his list shows it, vastgelopen, like the regisseur's.
        var ijsbreker = await IngelogdAlsAsync(await factory.MaakMedewerkerAsync("Isa IJsbreker", Rollen.Ijsbreker, "veiligheid"));
        (await IdsAsync(ijsbreker, "/api/v1/plannen?paginaGrootte=100")).Should().NotContain(plan, "no escalation, no part for the ijsbreker");
        var escalatie = await eigen.PostAsJsonAsync($"/api/v1/plannen/{plan}/escalatie", new { aanleiding = "vastgelopen-actie", reden = "De afspraak bij de schuldhulp komt niet van de grond." });
        escalatie.StatusCode.Should().Be(HttpStatusCode.Created, await escalatie.Content.ReadAsStringAsync());
        (await RegelAsync(ijsbreker, "/api/v1/plannen?vastgelopen=true", plan)).GetProperty("actiesOverTermijn").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Ieder_ziet_de_plannen_waarin_hij_een_rol_heeft_en_de_teamleider_geen()
    {
        var (regisseur, regisseurId) = await RegisseurAsync();
        var (ander, anderId) = await RegisseurAsync();
        var (inwoner, mijn) = await PlanMetInwonerAsync("Zichtbaar", regisseur);
        var niet = await PlanAsync("Anderplan", ander);

        var eigen = await IngelogdAlsAsync(regisseur);
        var ids = await IdsAsync(eigen, "/api/v1/plannen?paginaGrootte=100");
        ids.Should().Contain(mijn).And.NotContain(niet, "a regisseur's list is his own plans");
        await using (var connection = new NpgsqlConnection(factory.ConnectionString))
        {
            (await connection.QuerySingleAsync<long>(
                "select count(*) from audit.verwerking where persoon_id = @inwoner and omschrijving = 'Ondersteuningsplannen in de werkvoorraad ingezien'",
                new { inwoner })).Should().BeGreaterThan(0, "the list names the household, so the audit names its members");
        }

        (await IdsAsync(eigen, $"/api/v1/plannen?regisseur={anderId}")).Should().BeEmpty("another regisseur's plan is not his to see");
        var regel = await RegelAsync(eigen, "/api/v1/plannen?regisseur=ik&status=lopend", mijn);
        regel.GetProperty("regisseurId").GetString().Should().Be(regisseurId);
        var teams = regel.GetProperty("teams").EnumerateArray().Select(t => t.GetString()!).ToList();
        teams.Should().NotBeEmpty().And.NotContain("wmo");

        var vakspecialist = await IngelogdAlsAsync(await factory.MaakMedewerkerAsync("Vera Vak", Rollen.Vakspecialist, teams[0]));
        (await IdsAsync(vakspecialist, "/api/v1/plannen?paginaGrootte=100")).Should().Contain([mijn, niet], "his team takes part in both");
        var wmo = await IngelogdAlsAsync(await factory.MaakMedewerkerAsync("Wim Wmo", Rollen.Vakspecialist, "wmo"));
        (await IdsAsync(wmo, "/api/v1/plannen?paginaGrootte=100")).Should().NotContain(mijn, "his team has no part in the plan");
        var ijsbreker = await IngelogdAlsAsync(await factory.MaakMedewerkerAsync("Isa IJsbreker", Rollen.Ijsbreker, "veiligheid"));
        (await IdsAsync(ijsbreker, "/api/v1/plannen?paginaGrootte=100&status=lopend")).Should().NotContain([mijn, niet], "the ijsbreker has a part in escalated plans only");
        var loket = await IngelogdAlsAsync(await factory.MaakMedewerkerAsync("Lars Loket", Rollen.Loketmedewerker));
        (await IdsAsync(loket, "/api/v1/plannen?paginaGrootte=100")).Should().NotContain(mijn, "the loket sees a plan through the overzicht only");

        var teamleider = await IngelogdAlsAsync(await factory.MaakMedewerkerAsync("Tamara Teamleider", Rollen.Beleid));
        (await teamleider.GetAsync("/api/v1/plannen")).StatusCode.Should().Be(HttpStatusCode.Forbidden, "a teamleider sees no person");
    }

    [Fact]
    public async Task Filters_en_paginering_en_een_onbekende_waarde_is_400_in_het_nederlands()
    {
        var (regisseur, _) = await RegisseurAsync();
        var eerste = await PlanAsync("Filter", regisseur);
        var tweede = await PlanAsync("Filter", regisseur);
        var eigen = await IngelogdAlsAsync(regisseur);

        (await IdsAsync(eigen, "/api/v1/plannen?status=afgesloten")).Should().BeEmpty();
        (await IdsAsync(eigen, "/api/v1/plannen?status=lopend&vastgelopen=false")).Should().BeEquivalentTo([eerste, tweede]);
        var pagina = await eigen.GetFromJsonAsync<JsonElement>("/api/v1/plannen?paginaGrootte=1");
        pagina.GetProperty("totaal").GetInt32().Should().Be(2);
        pagina.GetProperty("resultaten").GetArrayLength().Should().Be(1);
        pagina.GetProperty("volgende").GetString().Should().Contain("pagina=2");

        foreach (var (vraag, melding) in new[]
        {
            ("status=open", "Onbekende status; kies uit: lopend, afgesloten."),
            ("vastgelopen=ja", "Vastgelopen is true of false."),
            ("regisseur=niemand", "Onbekende regisseur"),
            ("paginaGrootte=500", "De paginagrootte ligt tussen 1 en 100."),
        })
        {
            var response = await eigen.GetAsync($"/api/v1/plannen?{vraag}");
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, vraag);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            (await response.Content.ReadAsStringAsync()).Should().Contain(melding);
        }

        (await client.GetAsync("/api/v1/plannen?regisseur=ik")).StatusCode.Should().Be(HttpStatusCode.BadRequest, "a key is nobody: 'ik' is a signed-in member of staff");
    }

    private async Task<(string Naam, string Id)> RegisseurAsync()
    {
        var naam = "Regisseur " + Guid.NewGuid().ToString("N")[..6];
        var gebruiker = await factory.MaakMedewerkerAsync(naam, Rollen.Regisseur);
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        return (gebruiker, await connection.QuerySingleAsync<string>("select id::text from toegang.gebruiker where gebruikersnaam = @gebruiker", new { gebruiker }));
    }

    private async Task<Guid> PlanAsync(string achternaam, string regisseurGebruiker) => (await PlanMetInwonerAsync(achternaam, regisseurGebruiker)).Plan;

    private async Task<(Guid Inwoner, Guid Plan)> PlanMetInwonerAsync(string achternaam, string regisseurGebruiker)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        var naam = await connection.QuerySingleAsync<string>("select naam from toegang.gebruiker where gebruikersnaam = @regisseurGebruiker", new { regisseurGebruiker });
        var teamleider = await factory.IngelogdeClientAsync(await factory.MaakMedewerkerAsync("Tamara Teamleider", Rollen.Beleid));
        var (inwoner, plan, _) = await new RegieRoute(client, teamleider).PlanAsync(achternaam, naam);
        return (inwoner, plan);
    }

    // Signed in anew: a session lives 30 minutes on the host's clock, which a test moves on by days.
    private Task<HttpClient> IngelogdAlsAsync(string gebruiker) => factory.IngelogdeClientAsync(gebruiker);

    private static async Task<List<Guid>> IdsAsync(HttpClient wie, string pad)
    {
        var response = await wie.GetAsync(pad);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var pagina = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. pagina.GetProperty("resultaten").EnumerateArray().Select(p => p.GetProperty("id").GetGuid())];
    }

    private static async Task<JsonElement> RegelAsync(HttpClient wie, string pad, Guid plan)
    {
        var pagina = await wie.GetFromJsonAsync<JsonElement>(pad + (pad.Contains('?') ? "&" : "?") + "paginaGrootte=100");
        var regels = pagina.GetProperty("resultaten").EnumerateArray().Where(p => p.GetProperty("id").GetGuid() == plan).ToList();
        regels.Should().ContainSingle($"plan {plan} is in {pad}");
        return regels[0];
    }

    private static async Task<HttpResponseMessage> InstellingenAsync(HttpClient beheerder, string actieDagen, string stilstandDagen)
    {
        var formulier = await beheerder.GetStringAsync("/beheer/regie");
        var token = Regex.Match(formulier, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        return await beheerder.PostAsync("/beheer/regie", new FormUrlEncodedContent(
            [new("Formulier.ActieDagen", actieDagen), new("Formulier.StilstandDagen", stilstandDagen), new("__RequestVerificationToken", token)]));
    }

    /// <summary>An actie for the inwoner with this deadline, added by the regisseur through the API; done at once when <paramref name="klaar"/>.</summary>
    private static async Task ActieAsync(HttpClient regisseur, Guid plan, DateOnly deadline, bool klaar)
    {
        var etag = (await regisseur.GetAsync($"/api/v1/plannen/{plan}")).Headers.ETag!.ToString();
        var toevoegen = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/plannen/{plan}/acties")
        {
            Content = JsonContent.Create(new { omschrijving = "Afspraak bij de schuldhulp maken", verantwoordelijkeSoort = "inwoner", verantwoordelijke = "Fatima", deadline, zichtbaarheid = "plan" }),
        };
        toevoegen.Headers.TryAddWithoutValidation("If-Match", etag);
        var toegevoegd = await regisseur.SendAsync(toevoegen);
        toegevoegd.StatusCode.Should().Be(HttpStatusCode.Created, await toegevoegd.Content.ReadAsStringAsync());
        if (!klaar)
        {
            return;
        }

        var actie = await toegevoegd.Content.ReadFromJsonAsync<JsonElement>();
        var gedaan = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/plannen/{plan}/acties/{actie.GetProperty("id").GetGuid()}")
        {
            Content = JsonContent.Create(new { status = "gedaan" }),
        };
        gedaan.Headers.TryAddWithoutValidation("If-Match", $"\"{actie.GetProperty("versie").GetInt32()}\"");
        (await regisseur.SendAsync(gedaan)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>The host with a clock the test sets: the werkvoorraad counts the days on it.</summary>
    public sealed class KlokFactory : ApiFactory
    {
        public InstelbareKlok Klok { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(Klok));
        }
    }

    public sealed class InstelbareKlok : TimeProvider
    {
        private DateTimeOffset nu = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => nu;

        public void Zet(DateTimeOffset moment) => nu = moment.ToUniversalTime();
    }
}
