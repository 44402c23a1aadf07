using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Nijkerk.SociaalDomein.Api.Tests;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Api.Tests.Bedrijfsvoering;

/// <summary>
/// build/db.sh backup and restore as a municipality runs them (ADR 0028): a backup of a database in use, restored into a
/// fresh cluster that has none of the module roles, migrated by the migrate step (which verifies the journal's checksums
/// and applies nothing new), and served by a host without the owner's credentials: the data reads back through the API.
/// </summary>
public sealed class BackupRestoreTests : IClassFixture<ApiFactory>
{
    private readonly ApiFactory factory;

    public BackupRestoreTests(ApiFactory factory) => this.factory = factory;

    [Fact]
    public async Task Een_backup_teruggezet_in_een_vers_cluster_start_verifieert_het_journaal_en_geeft_de_gegevens_terug()
    {
        var sleutel = await factory.MaakSleutelAsync(ApiFactory.AlleScopes);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(Nijkerk.SociaalDomein.Host.Toegang.ApiSleutelHandler.Header, sleutel);
        var gemaakt = await client.PostAsJsonAsync("/api/v1/aanmeldingen",
            new { kanaal = "website-formulier", bron = "inwoner-zelf", vraag = "Mijn schulden groeien me boven het hoofd", urgentie = "normaal" });
        gemaakt.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = (await gemaakt.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var bestand = Path.Combine(Path.GetTempPath(), "nsd-backup-" + Guid.NewGuid().ToString("N") + ".dump");
        try
        {
            var backup = await Proces.DbScriptAsync(factory.ConnectionString, "backup", bestand);
            backup.ExitCode.Should().Be(0, backup.ToString());
            (await File.ReadAllBytesAsync(bestand)).Take(5).Should().Equal("PGDMP"u8.ToArray(), "pg_dump's custom format");

            var vers = VersCluster.Start();
            var doel = vers.AdminConnectionString("sociaaldomein");
            await using (var leeg = new NpgsqlConnection(vers.AdminConnectionString("postgres")))
            {
                (await leeg.ExecuteScalarAsync<long>("select count(*) from pg_roles where rolname like 'nsd\\_%' and rolname <> 'nsd_admin'"))
                    .Should().Be(0, "een vers cluster kent de modulerollen nog niet");
            }

            var restore = await Proces.DbScriptAsync(doel, "restore", bestand);
            restore.ExitCode.Should().Be(0, restore.ToString());
            var nogmaals = await Proces.DbScriptAsync(doel, "restore", bestand);
            nogmaals.ExitCode.Should().NotBe(0, "een restore over een database met tabellen heen wordt geweigerd");
            nogmaals.Uitvoer.Should().Contain("restore only into an empty or new database");

            var migreren = await Proces.MigreerAsync(doel);
            migreren.ExitCode.Should().Be(0, migreren.ToString());
            migreren.Uitvoer.Should().NotContain("Applied migration", "het journaal van de backup klopt en is bij");

            await using var host = new TerugGezet(doel);
            await ((IAsyncLifetime)host).InitializeAsync();
            var terug = host.CreateClient();
            terug.DefaultRequestHeaders.Add(Nijkerk.SociaalDomein.Host.Toegang.ApiSleutelHandler.Header, sleutel);
            (await terug.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
            var gelezen = await terug.GetAsync($"/api/v1/aanmeldingen/{id}");
            gelezen.StatusCode.Should().Be(HttpStatusCode.OK);
            (await gelezen.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("vraag").GetString().Should().Be("Mijn schulden groeien me boven het hoofd");
        }
        finally
        {
            File.Delete(bestand);
        }
    }

    /// <summary>The restored database, served as in production: no owner's credentials, no migrating at start.</summary>
    private sealed class TerugGezet(string doel) : ApiFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings() =>
        [
            new("ConnectionStrings:SociaalDomein", MigratiestapTests.ZonderEigenaar(doel)),
            new("Database:RoleSecret", new NpgsqlConnectionStringBuilder(doel).Password),
            new("Database:MigrateOnStart", "false"),
        ];
    }
}
