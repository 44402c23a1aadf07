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
