using Nijkerk.SociaalDomein.Architecture.Fixture;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.Host;

namespace Nijkerk.SociaalDomein.Architecture.Tests;

public sealed class ModuleRulesTests
{
    private static readonly System.Reflection.Assembly Verkeerd = typeof(VerkeerdeModule).Assembly;

    [Fact]
    public void Er_zijn_vijf_modules_elk_met_een_eigen_schema_en_contracts()
    {
        var modules = Modules.Domein();

        modules.Select(m => m.Schema).Should().BeEquivalentTo(["intake", "vraagverheldering", "overdracht", "regie", "sociale_kaart"]);
        ModuleRules.ContractsAssemblies(modules).Select(a => a.GetName().Name).Should().OnlyHaveUniqueItems().And.AllSatisfy(n => n.Should().EndWith(".Contracts"));
    }

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
        var violations = ModuleRules.LogicInContracts([typeof(RecordMetLogica), typeof(GeenRecord), typeof(IEvent)]).ToList();

        violations.Should().BeEquivalentTo(
        [
            $"{typeof(RecordMetLogica).FullName}.{nameof(RecordMetLogica.IsZelfredzaam)} is logic in a contract",
            $"{typeof(GeenRecord).FullName} is not a record",
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
