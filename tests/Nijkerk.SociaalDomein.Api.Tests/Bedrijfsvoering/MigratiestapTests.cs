using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Api.Tests.Bedrijfsvoering;

/// <summary>
/// Least privilege at run time (ADR 0028): the migrate step brings an empty database up to date as its owner and may be
/// run again; the serving host has no owner's credentials at all and signs in only as the module roles.
/// </summary>
public sealed class MigratiestapTests
{
    [Fact]
    public async Task De_migratiestap_migreert_een_lege_database_is_herhaalbaar_en_weigert_een_gewijzigde_migratie()
    {
        var admin = await LegeDatabaseAsync();

        var eerste = await Proces.MigreerAsync(admin);
        eerste.ExitCode.Should().Be(0, eerste.ToString());
        eerste.Uitvoer.Should().Contain("Applied migration");
        var journaal = await JournaalAsync(admin);
        journaal.Should().Contain(r => r.Schema == "intake").And.Contain(r => r.Schema == "toegang").And.Contain(r => r.Schema == "audit");

        var tweede = await Proces.MigreerAsync(admin);
        tweede.ExitCode.Should().Be(0, tweede.ToString());
        tweede.Uitvoer.Should().NotContain("Applied migration");
        (await JournaalAsync(admin)).Should().BeEquivalentTo(journaal, "een tweede keer migreren voegt niets toe en raakt niets aan");

        await using (var verbinding = new NpgsqlConnection(admin))
        {
            await verbinding.ExecuteAsync("update intake.schema_versions set checksum = 'gewijzigd' where source = 'module' and version = 1");
        }

        var gewijzigd = await Proces.MigreerAsync(admin);
        gewijzigd.ExitCode.Should().NotBe(0);
        gewijzigd.Uitvoer.Should().Contain("was changed after it was applied");
    }

    [Fact]
    public async Task De_migratiestap_zonder_eigenaar_in_de_verbinding_mislukt_met_een_niet_nul_exitcode()
    {
        var admin = await LegeDatabaseAsync();

        var uitkomst = await Proces.MigreerAsync(admin, new Dictionary<string, string?>
        {
            ["ConnectionStrings__SociaalDomein"] = ZonderEigenaar(admin),
            ["Database__RoleSecret"] = new NpgsqlConnectionStringBuilder(admin).Password,
        });

        uitkomst.ExitCode.Should().NotBe(0);
        uitkomst.Uitvoer.Should().Contain("has no Username");
    }

    [Fact]
    public async Task Een_host_zonder_eigenaarsgegevens_en_zonder_migreren_bij_start_dient_verzoeken_als_de_modulerollen()
    {
        await using var factory = new HostZonderEigenaar();
        await ((IAsyncLifetime)factory).InitializeAsync();
        var client = await factory.ClientMetSleutelAsync(ApiFactory.AlleScopes);

        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
        var gemaakt = await client.PostAsJsonAsync("/api/v1/aanmeldingen",
            new { kanaal = "website-formulier", bron = "inwoner-zelf", vraag = "Ik kan mijn huur niet meer betalen", urgentie = "normaal" });
        gemaakt.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = (await gemaakt.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await client.GetAsync($"/api/v1/aanmeldingen/{id}")).StatusCode.Should().Be(HttpStatusCode.OK);

        // Every connection the host holds to its database is a module role's; the owner's never (the test's own is named).
        await using var toezicht = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(factory.ConnectionString) { ApplicationName = "toezicht" }.ConnectionString);
        var gebruikers = (await toezicht.QueryAsync<string>(
            "select distinct usename from pg_stat_activity where datname = current_database() and application_name <> 'toezicht'")).ToList();
        gebruikers.Should().NotBeEmpty().And.OnlyContain(u => u.StartsWith("nsd_", StringComparison.Ordinal) && u != "nsd_admin");

        // A migration the host ships and the database lacks: not ready, so a load balancer sends it nothing.
        await toezicht.ExecuteAsync("delete from intake.schema_versions where source = 'module' and version = (select max(version) from intake.schema_versions where source = 'module')");
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
    }

    internal static string ZonderEigenaar(string admin) =>
        new NpgsqlConnectionStringBuilder(admin) { Username = null, Password = null }.ConnectionString;

    private static async Task<string> LegeDatabaseAsync()
    {
        var naam = "nsd_mig_" + Guid.NewGuid().ToString("N")[..16];
        await using var verbinding = new NpgsqlConnection(TestDatabases.Server.AdminConnectionString("postgres"));
        await verbinding.ExecuteAsync($"create database {naam}");
        return TestDatabases.Server.AdminConnectionString(naam);
    }

    private static async Task<List<(string Schema, string Source, int Version, string Checksum, DateTime AppliedAt)>> JournaalAsync(string admin)
    {
        await using var verbinding = new NpgsqlConnection(admin);
        var tabellen = await verbinding.QueryAsync<string>(
            "select table_schema from information_schema.tables where table_name = 'schema_versions' order by 1");
        var rijen = new List<(string, string, int, string, DateTime)>();
        foreach (var schema in tabellen)
        {
            rijen.AddRange(await verbinding.QueryAsync<(string, string, int, string, DateTime)>(
                $"select '{schema}', source, version, checksum, applied_at from {schema}.schema_versions"));
        }

        return rijen;
    }

    /// <summary>As production runs it: where the database is, the role secret, no owner, no migrating at start.</summary>
    private sealed class HostZonderEigenaar : ApiFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
        [
            new("ConnectionStrings:SociaalDomein", ZonderEigenaar(ConnectionString)),
            new("Database:RoleSecret", new NpgsqlConnectionStringBuilder(ConnectionString).Password),
            new("Database:MigrateOnStart", "false"),
        ];
    }
}
