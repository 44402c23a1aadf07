namespace Nijkerk.SociaalDomein.BuildingBlocks.Data;

/// <summary>
/// The where clause of a read with optional filters: only the conditions of the filters given. Each condition is a
/// constant SQL fragment whose values stay parameters, so this composes statements, never values.
/// </summary>
/// <remarks>
/// Why not one statement with <c>(@Kanaal::text is null or kanaal = @Kanaal)</c>: PostgreSQL's generic plan for it cannot
/// drop the branches of the filters not given, so it keeps choosing a custom plan and plans the statement at every call
/// (the werkvoorraad page's read spent about 3 ms per call planning, ADR 0024). With only the given conditions, each
/// combination of filters is its own statement text, which Npgsql prepares per connection and PostgreSQL plans once.
/// </remarks>
public sealed class Voorwaarden
{
    private readonly List<string> delen;

    /// <param name="altijd">The conditions that hold whatever the filters.</param>
    public Voorwaarden(params string[] altijd) => delen = [.. altijd];

    /// <summary>Adds <paramref name="voorwaarde"/> when the filter is given.</summary>
    public Voorwaarden Als(bool gegeven, string voorwaarde)
    {
        if (gegeven)
        {
            delen.Add(voorwaarde);
        }

        return this;
    }

    /// <summary>The conditions joined with <c>and</c>, each in parentheses; <c>true</c> when there are none.</summary>
    public override string ToString() => delen.Count == 0 ? "true" : "(" + string.Join(")\n  and (", delen) + ")";
}
