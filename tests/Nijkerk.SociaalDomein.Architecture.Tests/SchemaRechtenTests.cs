using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Architecture.Tests;

/// <summary>Rule 2, held by PostgreSQL itself: a module's role reads and writes its own schema and nothing else.</summary>
public sealed class SchemaRechtenTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    public static TheoryData<string, string> AnderePaar()
    {
        var data = new TheoryData<string, string>();
        foreach (var role in Host.Modules.All())
        {
            foreach (var schema in Host.Modules.All().Where(m => m.Schema != role.Schema))
            {
                data.Add(role.Schema, schema.Schema);
            }
        }

        return data;
    }

    [Fact]
    public async Task Elk_schema_is_van_de_eigen_rol_van_zijn_module()
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        var owners = (await connection.QueryAsync<(string Schema, string Owner)>(
            "select nspname, pg_get_userbyid(nspowner) from pg_namespace where nspname = any(@schemas)",
            new { schemas = Host.Modules.All().Select(m => m.Schema).ToArray() }))
            .ToDictionary(r => r.Schema, r => r.Owner);

        owners.Should().BeEquivalentTo(Host.Modules.All().ToDictionary(
            m => m.Schema,
            m => m.AlleenToevoegen ? new NpgsqlConnectionStringBuilder(fixture.ConnectionString).Username! : DatabaseSettings.RoleOf(m)));
    }

    [Theory]
    [MemberData(nameof(AnderePaar))]
    public async Task Een_modulerol_kan_het_schema_van_een_andere_module_niet_lezen(string rolVan, string schema)
    {
        (await KanLezenAsync(rolVan, schema)).Should().BeFalse();
    }

    [Fact]
    public async Task Een_modulerol_kan_zijn_eigen_schema_lezen() =>
        (await KanLezenAsync("intake", "intake")).Should().BeTrue();

    [Fact]
    public async Task De_regel_vangt_een_rol_die_toch_rechten_kreeg_op_een_ander_schema()
    {
        // Grants are per database: this gives the role rights in this test class's database only.
        await fixture.ScalarAsync<int>("grant usage on schema intake to nsd_regie; grant select on intake.schema_versions to nsd_regie");

        (await KanLezenAsync("regie", "intake")).Should().BeTrue();

        await fixture.ScalarAsync<int>("revoke select on intake.schema_versions from nsd_regie; revoke usage on schema intake from nsd_regie");
    }

    /// <summary>Signs in as the module's own role and tries to read the schema's bookkeeping table.</summary>
    private async Task<bool> KanLezenAsync(string rolVan, string schema)
    {
        var module = fixture.Services.GetRequiredService<ModuleRegistry>().Modules.Single(m => m.Schema == rolVan);
        var settings = fixture.Services.GetRequiredService<DatabaseSettings>();
        await using var connection = new NpgsqlConnection(settings.ConnectionStringFor(module));
        try
        {
            await connection.ExecuteScalarAsync<long>($"select count(*) from {schema}.schema_versions");
            return true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            return false;
        }
    }

    [Fact]
    public async Task De_rol_van_het_auditlog_kan_verwerkingen_toevoegen_en_lezen_maar_niet_wijzigen_of_verwijderen()
    {
        var audit = fixture.Services.GetRequiredService<ModuleRegistry>().Modules.Single(m => m.AlleenToevoegen);
        await using var connection = new NpgsqlConnection(fixture.Services.GetRequiredService<DatabaseSettings>().ConnectionStringFor(audit));
        await connection.ExecuteAsync(
            """
            insert into audit.verwerking (id, tijdstip, actor_id, actor_naam, actor_soort, handeling, omschrijving, doel)
            values (gen_random_uuid(), now(), 'test', 'Test', 'Systeem', 'test', 'test', 'test')
            """);

        foreach (var poging in new[] { "delete from audit.verwerking", "update audit.verwerking set actor_naam = 'iemand anders'", "truncate audit.verwerking" })
        {
            var uitvoeren = () => connection.ExecuteAsync(poging);
            (await uitvoeren.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege, poging);
        }

        (await connection.ExecuteScalarAsync<long>("select count(*) from audit.verwerking")).Should().BeGreaterThan(0);
    }

    public static TheoryData<string> Modulerollen()
    {
        var data = new TheoryData<string>();
        foreach (var module in Host.Modules.All().Where(m => !m.AlleenToevoegen))
        {
            data.Add(module.Schema);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Modulerollen))]
    public async Task Een_modulerol_kan_het_auditlog_alleen_aanvullen_via_de_functie_en_niet_lezen_wijzigen_of_verwijderen(string rolVan)
    {
        var module = fixture.Services.GetRequiredService<ModuleRegistry>().Modules.Single(m => m.Schema == rolVan);
        await using var connection = new NpgsqlConnection(fixture.Services.GetRequiredService<DatabaseSettings>().ConnectionStringFor(module));
        var id = Guid.NewGuid();

        await connection.ExecuteAsync(
            "select audit.schrijf_verwerking(@id, now(), 'test', 'Test', 'Systeem', null, 'test', 'test', 'test', null, null)", new { id });

        foreach (var poging in new[]
        {
            "select count(*) from audit.verwerking",
            "insert into audit.verwerking (id, tijdstip, actor_id, actor_naam, actor_soort, handeling, omschrijving, doel) values (gen_random_uuid(), now(), 'x', 'x', 'x', 'x', 'x', 'x')",
            "delete from audit.verwerking",
            "update audit.verwerking set actor_naam = 'iemand anders'",
            "truncate audit.verwerking",
        })
        {
            var uitvoeren = () => connection.ExecuteAsync(poging);
            (await uitvoeren.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege, poging);
        }

        (await fixture.ScalarAsync<long>("select count(*) from audit.verwerking where id = @id", new { id })).Should().Be(1);
    }

    [Fact]
    public async Task De_auditfunctie_is_niet_voor_iedereen_aan_te_roepen() =>
        (await fixture.ScalarAsync<bool>(
            "select exists (select 1 from pg_proc p, aclexplode(p.proacl) a where p.oid = 'audit.schrijf_verwerking'::regproc and a.grantee = 0)"))
            .Should().BeFalse("execute is revoked from public; only the module roles are granted it");

    [Fact]
    public async Task De_auditfunctie_draait_met_de_rechten_van_de_auditrol_die_alleen_mag_lezen_en_toevoegen()
    {
        (await fixture.ScalarAsync<string>("select pg_get_userbyid(proowner) from pg_proc where oid = 'audit.schrijf_verwerking'::regproc"))
            .Should().Be("nsd_audit", "a security definer function owned by the table's owner could be made to delete");
        (await fixture.ScalarAsync<bool>("select has_schema_privilege('nsd_audit', 'audit', 'create')"))
            .Should().BeFalse("the right to create in the schema was lent for the transfer only");
    }

    /// <summary>
    /// Row-level security (ADR 0014) holds only when forced (the module role owns its tables) and when what hangs under
    /// a secured row is secured too; a table that forgot it would show a partner another organisation's details.
    /// </summary>
    [Fact]
    public async Task Een_tabel_onder_een_beveiligde_rij_is_zelf_afgedwongen_beveiligd()
    {
        (await fixture.ScalarAsync<bool>("select relforcerowsecurity from pg_class where oid = 'intake.aanmelding'::regclass")).Should().BeTrue();
        (await OnbeveiligdAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task De_regel_vangt_een_tabel_onder_een_aanmelding_zonder_rijbeveiliging()
    {
        await fixture.ScalarAsync<int>("create table intake.vergeten (aanmelding_id uuid references intake.aanmelding (id))");
        try
        {
            (await OnbeveiligdAsync()).Should().Equal("intake.vergeten");
        }
        finally
        {
            await fixture.ScalarAsync<int>("drop table intake.vergeten");
        }
    }

    private async Task<List<string>> OnbeveiligdAsync()
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        return [.. await connection.QueryAsync<string>(
            """
            select c.oid::regclass::text
            from pg_constraint fk
            join pg_class c on c.oid = fk.conrelid
            join pg_class r on r.oid = fk.confrelid
            where fk.contype = 'f' and r.relrowsecurity and not (c.relrowsecurity and c.relforcerowsecurity)
            union
            select c.oid::regclass::text from pg_class c where c.relrowsecurity and not c.relforcerowsecurity
            """)];
    }
}
