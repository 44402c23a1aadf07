using System.Reflection;
using System.Runtime.CompilerServices;
using Nijkerk.SociaalDomein.Intake.Inwoners;

namespace Nijkerk.SociaalDomein.Intake.Tests;

/// <summary>A record prints every property in its ToString; one that holds a BSN must not print the number (issue 10).</summary>
public sealed class BsnInRecordsTests
{
    private const string Nummer = "111222333";

    private static readonly Persoonsgegevens Gegevens = new()
    {
        Voornamen = "Fatima",
        Achternaam = "El Amrani",
        Geboortedatum = new DateOnly(1984, 7, 3),
        Postcode = "3861KL",
        Bsn = Nummer,
    };

    [Fact]
    public void Een_registratie_laat_het_bsn_niet_zien_en_de_overige_velden_wel()
    {
        var tekst = new RegistreerInwoner.Command(Gegevens, nieuwOndanksGelijkenis: true).ToString();

        tekst.Should().NotContain(Nummer).And.Contain("Bsn = *********")
            .And.Contain("Achternaam = El Amrani").And.Contain("Postcode = 3861KL").And.Contain("Voorvoegsel = , ")
            .And.Contain("NieuwOndanksGelijkenis = True").And.StartWith("Command { Voornamen = Fatima, ");
    }

    [Fact]
    public void Een_wijziging_laat_het_bsn_niet_zien_en_de_id_en_versie_wel()
    {
        var id = Guid.NewGuid();

        var tekst = new WijzigInwoner.Command(id, 3, Gegevens).ToString();

        tekst.Should().NotContain(Nummer).And.Contain("Bsn = *********").And.Contain($"Id = {id}").And.Contain("Versie = 3");
    }

    [Fact]
    public void Zoeken_en_het_opgevraagde_bsn_laten_het_bsn_niet_zien()
    {
        new ZoekInwoners.Query(Nummer, "Visser", null, null, 8).ToString().Should().NotContain(Nummer).And.Contain("Achternaam = Visser")
            .And.Contain("Huisnummer = 8");
        new GeefBsn.BsnVanInwoner(Nummer).ToString().Should().Be("BsnVanInwoner { Bsn = ********* }");
    }

    [Fact]
    public void Zonder_bsn_blijft_het_veld_leeg_zoals_elk_ontbrekend_veld()
    {
        new RegistreerInwoner.Command(Gegevens with { Bsn = null }).ToString().Should().Contain("Bsn = , NieuwOndanksGelijkenis = False");
    }

    [Fact]
    public void Elk_record_in_de_intake_met_een_bsn_verbergt_het_in_zijn_tekst()
    {
        var records = RecordsMetBsn(typeof(RegistreerInwoner).Assembly, typeof(IntakeRechten).Assembly).ToList();

        records.Select(r => r.Type).Should().Contain([typeof(Persoonsgegevens), typeof(RegistreerInwoner.Command), typeof(WijzigInwoner.Command),
            typeof(ZoekInwoners.Query), typeof(GeefBsn.BsnVanInwoner)], "the scan must find the records it guards");
        records.Where(r => Toont(r.Type, r.Bsn)).Select(r => r.Type.FullName).Should().BeEmpty();
    }

    [Fact]
    public void De_controle_vangt_een_record_dat_zijn_bsn_wel_laat_zien()
    {
        var (type, bsn) = RecordsMetBsn(typeof(BsnInRecordsTests).Assembly).Should().ContainSingle().Subject;

        type.Should().Be<RecordDatHetBsnLaatZien>();
        Toont(type, bsn).Should().BeTrue();
    }

    /// <summary>The violating fixture: a record as the compiler writes it, printing its BSN.</summary>
    private sealed record RecordDatHetBsnLaatZien(string? BSN);

    // A record, class or struct, has a compiler-generated (or hand-written) PrintMembers; a plain class has not.
    private static IEnumerable<(Type Type, PropertyInfo Bsn)> RecordsMetBsn(params Assembly[] assemblies) =>
        from type in assemblies.SelectMany(a => a.GetTypes())
        where !type.IsAbstract && !type.IsGenericTypeDefinition
              && type.GetMethod("PrintMembers", BindingFlags.Instance | BindingFlags.NonPublic, [typeof(System.Text.StringBuilder)]) is not null
        let bsn = type.GetProperty("Bsn", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.IgnoreCase)
        where bsn is not null
        select (type, bsn);

    // Built without a constructor, so a new record needs no test code of its own; only the BSN is filled in.
    private static bool Toont(Type type, PropertyInfo bsn)
    {
        var record = RuntimeHelpers.GetUninitializedObject(type);
        bsn.SetValue(record, bsn.PropertyType == typeof(Bsn) ? Bsn.Parse(Nummer) : bsn.PropertyType == typeof(string)
            ? Nummer
            : throw new InvalidOperationException($"{type.FullName}.{bsn.Name} is a {bsn.PropertyType}: teach this test how to fill it."));
        return record.ToString()!.Contains(Nummer, StringComparison.Ordinal);
    }
}
