using Npgsql;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Audit;

/// <summary>
/// The audit row of the audited query being handled, for a handler that reads its person in one batch: the row goes first
/// in the same batch as the read, on the read's own connection (one round trip, one implicit transaction, ADR 0024). The
/// read runs only after the row was written, and when the row cannot be written the batch fails and the handler answers
/// nothing, so "no read without its audit row" (ADR 0013) holds as it did with the row on a connection of its own. The
/// audit behaviour then writes no row for these persons. Offered only while an audited query whose request names its
/// persons is handled; elsewhere <see cref="VoorLezen"/> adds nothing and the behaviour writes the row as before.
/// </summary>
public sealed class Leesaudit
{
    private Open? open;

    /// <summary>
    /// Adds the audit row first to <paramref name="batch"/>. <paramref name="zolang"/> is an SQL condition on
    /// <c>t.persoon_id</c> (each person the request names) under which the row is written, e.g. that the person is
    /// found: a read that finds nobody records nobody, as before. The handler must read the batch to its end before it
    /// answers, so an error of the row is never swallowed. Returns whether a row was added.
    /// </summary>
    public bool VoorLezen(NpgsqlBatch batch, string? zolang = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (open is not { Toegevoegd: false } huidig)
        {
            return false;
        }

        batch.BatchCommands.Add(huidig.Maak(zolang));
        huidig.Toegevoegd = true;
        return true;
    }

    /// <summary>The behaviour offers the row of the query it wraps; returns the outer query's, to give back after.</summary>
    internal Open? Bied(Func<string?, NpgsqlBatchCommand> maak)
    {
        var vorige = open;
        open = new Open(maak);
        return vorige;
    }

    internal static void Herstel(Leesaudit leesaudit, Open? vorige, out bool toegevoegd)
    {
        toegevoegd = leesaudit.open?.Toegevoegd == true;
        leesaudit.open = vorige;
    }

    internal sealed class Open(Func<string?, NpgsqlBatchCommand> maak)
    {
        public Func<string?, NpgsqlBatchCommand> Maak => maak;

        public bool Toegevoegd { get; set; }
    }
}
