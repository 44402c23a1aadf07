using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Intake;
using Npgsql;

namespace Nijkerk.SociaalDomein.Bewaring.Tests;

/// <summary>The append-only audit log gives up the verwerkingen of destroyed persons, through one function only its own role may run.</summary>
public sealed class AuditVernietigingTests(BewaringFixture fixture) : IClassFixture<BewaringFixture>
{
    [Fact]
    public async Task De_verwerkingen_van_de_persoon_gaan_weg_die_van_een_ander_blijven_en_een_tweede_keer_verandert_niets()
    {
        var weg = Guid.NewGuid();
        var blijft = Guid.NewGuid();
        await fixture.VerwerkingAsync(weg);
        await fixture.VerwerkingAsync(weg);
        await fixture.VerwerkingAsync(blijft);

        (await fixture.SendAsync(new GeefBewaarstandVanAudit([weg]))).Delen.Should().BeEmpty();
        var eerste = await fixture.SendAsync(new VernietigPersoonsgegevensVanAudit([weg]));

        eerste.Aantallen.Should().ContainSingle().Which.Should().Be(new VernietigdAantal("verwerking", 3, 0)); // with the Bewaarstand's own
        (await fixture.QueryAsync<string>("select doel from audit.verwerking where persoon_id = @weg", new { weg })).Should()
            .Equal(BewaringDoelen.Vernietiging); // only the record that it was destroyed, by whom and when
        (await fixture.ScalarAsync<long>("select count(*) from audit.verwerking where persoon_id = @blijft", new { blijft })).Should().Be(1);

        var tweede = await fixture.SendAsync(new VernietigPersoonsgegevensVanAudit([weg]));
        tweede.Aantallen.Should().ContainSingle().Which.Verwijderd.Should().Be(1); // the first vernietiging's own record
    }

    [Fact]
    public async Task Een_andere_module_mag_de_vernietigfunctie_niet_aanroepen()
    {
        var intake = fixture.Services.GetRequiredService<ModuleDb<IntakeModule>>();
        await using var connection = await intake.OpenAsync(BuildingBlocks.Toegang.Actor.Systeem, CancellationToken.None);

        var roep = () => connection.ExecuteScalarAsync<int>("select audit.vernietig_verwerkingen(@Ids)", new { Ids = new[] { Guid.NewGuid() } });

        (await roep.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task De_rol_van_het_auditlog_mag_nog_steeds_niets_rechtstreeks_verwijderen()
    {
        var audit = fixture.Services.GetRequiredService<ModuleDb<AuditModule>>();
        await using var connection = await audit.OpenAsync(null, CancellationToken.None);

        var verwijder = () => connection.ExecuteAsync("delete from audit.verwerking");

        (await verwijder.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be(PostgresErrorCodes.InsufficientPrivilege);
    }
}
