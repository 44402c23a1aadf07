using Nijkerk.SociaalDomein.Architecture.Fixture;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.Host;

namespace Nijkerk.SociaalDomein.Architecture.Tests;

public sealed class ModuleRulesTests
{
    private static readonly System.Reflection.Assembly Verkeerd = typeof(VerkeerdeModule).Assembly;

    [Fact]
    public void Elke_module_van_de_host_heeft_een_eigen_schema_en_eigen_contracts()
    {
        var modules = Modules.Domein();

        modules.Should().NotBeEmpty();
        Modules.All().Select(m => m.Schema).Should().OnlyHaveUniqueItems();
        modules.Should().AllSatisfy(m => ModuleRules.AssembliesOfModule(m).Should().HaveCount(2, $"{m.Name} has a Contracts project"));
        ModuleRules.ContractsAssemblies(modules).Select(a => a.GetName().Name).Should().OnlyHaveUniqueItems().And.AllSatisfy(n => n.Should().EndWith(".Contracts"));
    }

    [Fact]
    public void Contracts_verwijzen_alleen_naar_buildingblocks_contracts() =>
        ModuleRules.ContractsAssemblies(Modules.Domein()).SelectMany(ModuleRules.ContractsReferences).Should().BeEmpty();

    [Fact]
    public void De_regel_over_contracts_verwijzingen_vangt_een_verwijzing_naar_buildingblocks_of_een_module() =>
        ModuleRules.ContractsReferences(Verkeerd).Should().Contain(
        [
            "Nijkerk.SociaalDomein.Architecture.Fixture references Nijkerk.SociaalDomein.BuildingBlocks",
            "Nijkerk.SociaalDomein.Architecture.Fixture references Nijkerk.SociaalDomein.Intake",
        ]);

    // The host's own part is the composition root: it reads the audit log for the beheerder.
    [Fact]
    public void Een_module_vraagt_alleen_om_zijn_eigen_moduledb() =>
        Modules.Domein().SelectMany(m => ModuleRules.ForeignModuleDb(m.GetType().Assembly, m.GetType())).Should().BeEmpty();

    [Fact]
    public void De_regel_over_moduledb_vangt_een_module_die_om_de_database_van_een_ander_vraagt() =>
        ModuleRules.ForeignModuleDb(Verkeerd, typeof(VerkeerdeModule)).Should().ContainSingle()
            .Which.Should().Be("Nijkerk.SociaalDomein.Architecture.Fixture.LeestIntake asks for ModuleDb`1<IntakeModule>");

    [Fact]
    public void Een_verzoek_noemt_alleen_een_doel_dat_zijn_module_verklaart() =>
        Modules.All().SelectMany(m => ModuleRules.AssembliesOfModule(m).SelectMany(a => ModuleRules.UndeclaredPurposes(a, [.. m.EigenDoelen])))
            .Should().BeEmpty();

    [Fact]
    public void De_regel_over_doelen_vangt_een_onverklaard_doel() =>
        ModuleRules.UndeclaredPurposes(Verkeerd, []).Should().ContainSingle().Which.Should().Contain(nameof(VraagMetOnverklaardDoel));

    [Fact]
    public void Een_module_verwijst_alleen_naar_buildingblocks_en_contracts() =>
        ModuleRules.ModuleAssemblies(Modules.Domein()).SelectMany(ModuleRules.ForeignReferences).Should().BeEmpty();

    [Fact]
    public void De_regel_over_verwijzingen_vangt_een_module_die_in_een_andere_module_kijkt() =>
        ModuleRules.ForeignReferences(Verkeerd).Should().ContainSingle().Which.Should().EndWith("references Nijkerk.SociaalDomein.Intake");

    [Fact]
    public void Een_module_maakt_alleen_zijn_moduleklasse_en_paginas_publiek() =>
        ModuleRules.ModuleAssemblies(Modules.Domein()).SelectMany(ModuleRules.NeedlesslyPublic).Should().BeEmpty();

    [Fact]
    public void De_regel_over_publieke_typen_vangt_een_publieke_klasse() =>
        ModuleRules.NeedlesslyPublic(Verkeerd).Should().Contain(v => v.Contains(nameof(VerkeerdeModule), StringComparison.Ordinal));

    [Fact]
    public void Contracts_bevatten_alleen_records_zonder_logica()
    {
        var contracts = ModuleRules.ContractsAssemblies(Modules.Domein()).SelectMany(a => a.GetTypes()).ToList();

        contracts.Should().NotBeEmpty();
        ModuleRules.LogicInContracts(contracts).Should().BeEmpty();
    }

    [Fact]
    public void De_regel_over_contracts_vangt_logica_en_klassen()
    {
        var violations = ModuleRules.LogicInContracts(
            [typeof(RecordMetLogica), typeof(GeenRecord), typeof(IEvent), typeof(ConstantenMetLogica), typeof(IntakeRechten)]).ToList();

        violations.Should().BeEquivalentTo(
        [
            $"{typeof(RecordMetLogica).FullName}.{nameof(RecordMetLogica.IsZelfredzaam)} is logic in a contract",
            $"{typeof(GeenRecord).FullName} is not a record",
            $"{typeof(ConstantenMetLogica).FullName}.{nameof(ConstantenMetLogica.Geldig)} is logic in a contract",
        ]);
    }

    [Fact]
    public void Elk_verzoek_in_modules_en_host_zegt_welk_recht_het_vereist() =>
        Modules.All().SelectMany(m => ModuleRules.AssembliesOfModule(m)).Distinct()
            .SelectMany(ModuleRules.RequestsWithoutRight).Should().BeEmpty();

    [Fact]
    public void De_regel_over_rechten_vangt_een_verzoek_zonder_recht() =>
        ModuleRules.RequestsWithoutRight(Verkeerd).Should().ContainSingle().Which.Should().Contain(nameof(VraagZonderRecht));

    [Fact]
    public void Elk_verzoek_zegt_of_het_persoonsgegevens_verwerkt() =>
        Modules.All().SelectMany(m => ModuleRules.AssembliesOfModule(m)).Distinct()
            .SelectMany(ModuleRules.RequestsWithoutVerwerking).Should().BeEmpty();

    [Fact]
    public void De_regel_over_verwerkingen_vangt_een_verzoek_zonder_verklaring() =>
        ModuleRules.RequestsWithoutVerwerking(Verkeerd).Should().ContainSingle().Which.Should().Contain(nameof(VraagZonderRecht));
}
