using System.Diagnostics;
using System.Net;
using Dapper;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Host.Toegang;
using Nijkerk.SociaalDomein.Host.Toegang.Beheer;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// Keys and accounts are held in memory for a while, and taken away on every host within a second of the change:
/// two real hosts on one database, the change made on one and felt on the other, by beheer's commands, by hand in
/// the database, and after the listening connection was killed.
/// </summary>
public sealed class ToegangsgeheugenTests(ApiFactory factory) : IClassFixture<ApiFactory>, IAsyncLifetime
{
    private static readonly TimeSpan EenSeconde = TimeSpan.FromSeconds(1);

    private TweedeHost tweede = null!;

    public async Task InitializeAsync()
    {
        tweede = new TweedeHost(factory.ConnectionString);
        await LuistertAsync(factory);
        await LuistertAsync(tweede);
    }

    public async Task DisposeAsync() => await tweede.DisposeAsync();

    [Fact]
    public async Task Een_gebruikte_sleutel_wordt_onthouden_tot_de_database_meldt_dat_hij_is_ingetrokken()
    {
        var (id, client) = await SleutelAsync(factory, [IntakeRechten.AanmeldingenLezen]);
        (await StatusAsync(client)).Should().Be(HttpStatusCode.OK);

        // Revoked past the trigger, as if the notification were lost: the host still has the key in memory.
        await SqlAsync("set session_replication_role = replica; update toegang.api_client set ingetrokken_op = now() where id = @id", new { id });
        (await StatusAsync(client)).Should().Be(HttpStatusCode.OK, "the key is held in memory, not looked up on every request");

        // The notification, sent from another connection.
        await SqlAsync("select pg_notify(@kanaal, 'api_client:' || @id::text)", new { kanaal = Toegangsgeheugen.Kanaal, id });

        (await BinnenEenSecondeAsync(client, HttpStatusCode.Unauthorized)).Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Een_ingetrokken_sleutel_wordt_binnen_een_seconde_op_elke_host_geweigerd()
    {
        var (id, hier) = await SleutelAsync(factory, [IntakeRechten.AanmeldingenLezen]);
        var daar = tweede.CreateClient();
        daar.DefaultRequestHeaders.Add(ApiSleutelHandler.Header, hier.DefaultRequestHeaders.GetValues(ApiSleutelHandler.Header).Single());
        (await StatusAsync(hier)).Should().Be(HttpStatusCode.OK);
        (await StatusAsync(daar)).Should().Be(HttpStatusCode.OK);

        await StuurAsync(factory, new BeheerApiSleutels.TrekIn(id));

        var klok = Stopwatch.StartNew();
        (await BinnenEenSecondeAsync(hier, HttpStatusCode.Unauthorized, klok)).Should().Be(HttpStatusCode.Unauthorized, "on the host that revoked it");
        (await BinnenEenSecondeAsync(daar, HttpStatusCode.Unauthorized, klok)).Should().Be(HttpStatusCode.Unauthorized, "on the other host");
    }

    [Fact]
    public async Task Een_sleutel_die_in_de_database_scopes_verliest_verliest_ze_binnen_een_seconde_op_elke_host()
    {
        var (id, client) = await SleutelAsync(tweede, [IntakeRechten.AanmeldingenLezen, SocialeKaartRechten.Lezen]);
        (await StatusAsync(client)).Should().Be(HttpStatusCode.OK);

        await SqlAsync("update toegang.api_client set scopes = @scopes where id = @id", new { id, scopes = new[] { SocialeKaartRechten.Lezen } });

        (await BinnenEenSecondeAsync(client, HttpStatusCode.Forbidden)).Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Een_gedeactiveerd_account_werkt_binnen_een_seconde_op_geen_enkele_host_meer()
    {
        var naam = await factory.MaakGebruikerAsync(Rollen.Loketmedewerker);
        var hier = await factory.IngelogdeClientAsync(naam);
        var daar = await tweede.IngelogdeClientAsync(naam);
        (await StatusAsync(hier)).Should().Be(HttpStatusCode.OK);
        (await StatusAsync(daar)).Should().Be(HttpStatusCode.OK);

        await StuurAsync(factory, new BeheerGebruikers.Wijzig(await IdVanAsync(naam), [Rollen.Loketmedewerker], [], Actief: false, Deblokkeer: false));

        var klok = Stopwatch.StartNew();
        (await BinnenEenSecondeAsync(hier, HttpStatusCode.Unauthorized, klok)).Should().Be(HttpStatusCode.Unauthorized, "on the host that deactivated it");
        (await BinnenEenSecondeAsync(daar, HttpStatusCode.Unauthorized, klok)).Should().Be(HttpStatusCode.Unauthorized, "on the other host");
    }

    [Fact]
    public async Task Een_gedeactiveerd_account_houdt_de_crisisbalk_op_geen_enkele_host_open()
    {
        var naam = await factory.MaakGebruikerAsync(Rollen.Loketmedewerker);
        var client = await factory.IngelogdeClientAsync(naam);
        await using var hier = await CrisisstroomAsync(client);
        await using var daar = await CrisisstroomAsync(await tweede.IngelogdeClientAsync(naam));

        await StuurAsync(factory, new BeheerGebruikers.Wijzig(await IdVanAsync(naam), [Rollen.Loketmedewerker], [], Actief: false, Deblokkeer: false));

        // The stream would stay open for half an hour; it ends, and opening it again is refused.
        (await TotHetEindeAsync(hier)).Should().BeTrue("the stream ends on the host that deactivated the account");
        (await TotHetEindeAsync(daar)).Should().BeTrue("the stream ends on the other host");
        var opnieuw = await client.GetAsync("/crisismeldingen?handler=stroom");
        opnieuw.StatusCode.Should().NotBe(HttpStatusCode.OK, "the account is checked again when the screen reopens the stream");
    }

    [Fact]
    public async Task Een_andere_rol_geldt_binnen_een_seconde_op_elke_host()
    {
        var naam = await factory.MaakGebruikerAsync(Rollen.Loketmedewerker);
        var hier = await factory.IngelogdeClientAsync(naam);
        var daar = await tweede.IngelogdeClientAsync(naam);
        (await StatusAsync(hier)).Should().Be(HttpStatusCode.OK);
        (await StatusAsync(daar)).Should().Be(HttpStatusCode.OK);

        await StuurAsync(factory, new BeheerGebruikers.Wijzig(await IdVanAsync(naam), [Rollen.Beleid], [], Actief: true, Deblokkeer: false));

        var klok = Stopwatch.StartNew();
        (await BinnenEenSecondeAsync(hier, HttpStatusCode.Forbidden, klok)).Should().Be(HttpStatusCode.Forbidden, "on the host that changed it");
        (await BinnenEenSecondeAsync(daar, HttpStatusCode.Forbidden, klok)).Should().Be(HttpStatusCode.Forbidden, "on the other host");
    }

    [Fact]
    public async Task Na_een_verbroken_luisterverbinding_wordt_een_ingetrokken_sleutel_toch_binnen_een_seconde_geweigerd()
    {
        var (id, client) = await SleutelAsync(factory, [IntakeRechten.AanmeldingenLezen]);
        (await StatusAsync(client)).Should().Be(HttpStatusCode.OK);

        // Both hosts' listeners killed, then the key revoked past the trigger: no notification will ever come.
        (await SqlAsync<int>(
            "select count(pg_terminate_backend(pid))::int from pg_stat_activity where application_name = @naam and datname = current_database()",
            new { naam = ToegangLuisteraar.Naam })).Should().Be(2);
        await SqlAsync("set session_replication_role = replica; update toegang.api_client set ingetrokken_op = now() where id = @id", new { id });

        (await BinnenEenSecondeAsync(client, HttpStatusCode.Unauthorized)).Should().Be(HttpStatusCode.Unauthorized);

        // The listener is back, keys are held again, and its notifications arrive.
        await LuistertAsync(factory);
        var (nieuw, opnieuw) = await SleutelAsync(factory, [IntakeRechten.AanmeldingenLezen]);
        (await StatusAsync(opnieuw)).Should().Be(HttpStatusCode.OK);
        await SqlAsync("update toegang.api_client set ingetrokken_op = now() where id = @nieuw", new { nieuw });
        (await BinnenEenSecondeAsync(opnieuw, HttpStatusCode.Unauthorized)).Should().Be(HttpStatusCode.Unauthorized);
    }

    // A signed-in screen's open banner stream, read up to its first event.
    private static async Task<Stream> CrisisstroomAsync(HttpClient client)
    {
        var antwoord = await client.GetAsync("/crisismeldingen?handler=stroom", HttpCompletionOption.ResponseHeadersRead);
        antwoord.Content.Headers.ContentType?.MediaType.Should().Be("text/event-stream");
        var stroom = await antwoord.Content.ReadAsStreamAsync();
        var gelezen = "";
        var buffer = new byte[1024];
        while (!gelezen.Contains("event: verbonden", StringComparison.Ordinal))
        {
            var aantal = await stroom.ReadAsync(buffer);
            aantal.Should().BePositive("the stream sends 'verbonden' first");
            gelezen += System.Text.Encoding.UTF8.GetString(buffer, 0, aantal);
        }

        return stroom;
    }

    // Reads until the host closes the stream (true), or gives up after a generous while (false).
    private static async Task<bool> TotHetEindeAsync(Stream stroom)
    {
        using var genoeg = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[1024];
        try
        {
            while (await stroom.ReadAsync(buffer, genoeg.Token) > 0)
            {
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client) => (await client.GetAsync("/api/v1/aanmeldingen")).StatusCode;

    // Polls until the expected answer or a second after the change; returns the last answer.
    private static async Task<HttpStatusCode> BinnenEenSecondeAsync(HttpClient client, HttpStatusCode verwacht, Stopwatch? klok = null)
    {
        klok ??= Stopwatch.StartNew();
        while (true)
        {
            var status = await StatusAsync(client);
            if (status == verwacht || klok.Elapsed > EenSeconde)
            {
                return status;
            }

            await Task.Delay(20);
        }
    }

    private static async Task<(Guid Id, HttpClient Client)> SleutelAsync(ApiFactory host, string[] scopes)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var (id, sleutel) = await scope.ServiceProvider.GetRequiredService<ApiSleutels>().MaakAsync("Geheugen " + Guid.NewGuid(), scopes, null);
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add(ApiSleutelHandler.Header, sleutel);
        return (id, client);
    }

    private static async Task StuurAsync<T>(ApiFactory host, IRequest<T> opdracht)
    {
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = TestActors.AlleRechten;
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(opdracht);
    }

    private Task<Guid> IdVanAsync(string gebruikersnaam) =>
        SqlAsync<Guid>("select id from toegang.gebruiker where gebruikersnaam = @gebruikersnaam", new { gebruikersnaam });

    private async Task SqlAsync(string sql, object parameters)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.ExecuteAsync(sql, parameters);
    }

    private async Task<T> SqlAsync<T>(string sql, object parameters)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        return await connection.QuerySingleAsync<T>(sql, parameters);
    }

    private static async Task LuistertAsync(ApiFactory host)
    {
        var geheugen = host.Services.GetRequiredService<Toegangsgeheugen>();
        var klok = Stopwatch.StartNew();
        while (!geheugen.InGebruik)
        {
            klok.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "the host's listener should be listening");
            await Task.Delay(50);
        }
    }

    /// <summary>A second host on the first one's database, as a second instance behind the load balancer.</summary>
    private sealed class TweedeHost(string connectionString) : ApiFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() => TestDatabases.Settings(connectionString);
    }
}
