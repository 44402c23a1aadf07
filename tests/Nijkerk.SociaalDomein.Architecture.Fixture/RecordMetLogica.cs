namespace Nijkerk.SociaalDomein.Architecture.Fixture;

/// <summary>A "contract" that carries a rule: logic belongs in the module, not in Contracts.</summary>
public sealed record RecordMetLogica(int Score)
{
    public bool IsZelfredzaam() => Score >= 4;
}

/// <summary>A "contract" that is a class, not a record.</summary>
public sealed class GeenRecord
{
    public int Score { get; set; }
}

/// <summary>A request that forgot to say which right it needs.</summary>
public sealed record VraagZonderRecht(int Id) : MediatR.IRequest<int>;

/// <summary>Constants, as a module's rights are, but with a rule beside them.</summary>
public static class ConstantenMetLogica
{
    public const string Lezen = "fixture:lezen";

    public static bool Geldig(string recht) => recht == Lezen;
}

/// <summary>A request that names a purpose no module declares.</summary>
[Nijkerk.SociaalDomein.BuildingBlocks.Toegang.Vereist(ConstantenMetLogica.Lezen)]
[Nijkerk.SociaalDomein.BuildingBlocks.Audit.Verwerking("Iets ingezien", "Een doel dat geen module verklaart")]
public sealed record VraagMetOnverklaardDoel(int Id) : MediatR.IRequest<int>;
