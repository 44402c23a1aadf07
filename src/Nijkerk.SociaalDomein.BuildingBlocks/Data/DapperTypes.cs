using System.Data;
using Dapper;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Data;

/// <summary>
/// Teaches Dapper the types it lacks: DateOnly for <c>date</c>, and DateTimeOffset for <c>timestamptz</c>
/// (Npgsql reads it as a UTC DateTime, which Dapper will not pass to a record's DateTimeOffset parameter), and
/// string[] for <c>text[]</c> (which Dapper sees as a plain Array), and TimeOnly for <c>time</c>.
/// </summary>
public static class DapperTypes
{
    private static int registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref registered, 1) == 0)
        {
            SqlMapper.AddTypeHandler(new DateOnlyHandler());
            SqlMapper.AddTypeHandler(new UtcDateTimeOffsetHandler());
            SqlMapper.AddTypeHandler(new TextArrayHandler());
            SqlMapper.AddTypeHandler(new TimeOnlyHandler());
        }
    }

    private sealed class DateOnlyHandler : SqlMapper.TypeHandler<DateOnly>
    {
        public override void SetValue(IDbDataParameter parameter, DateOnly value)
        {
            parameter.DbType = DbType.Date;
            parameter.Value = value;
        }

        public override DateOnly Parse(object value) => value switch
        {
            DateOnly date => date,
            DateTime dateTime => DateOnly.FromDateTime(dateTime),
            _ => throw new DataException($"Cannot read {value.GetType().Name} as a date."),
        };
    }

    private sealed class UtcDateTimeOffsetHandler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        // Npgsql writes only offset zero to timestamptz; every time in this system is UTC.
        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value) => parameter.Value = value.ToUniversalTime();

        public override DateTimeOffset Parse(object value) => value switch
        {
            DateTimeOffset offset => offset,
            DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
            _ => throw new DataException($"Cannot read {value.GetType().Name} as a time."),
        };
    }

    private sealed class TextArrayHandler : SqlMapper.TypeHandler<string[]>
    {
        public override void SetValue(IDbDataParameter parameter, string[]? value) => parameter.Value = value;

        public override string[] Parse(object value) => (string[])value;
    }

    private sealed class TimeOnlyHandler : SqlMapper.TypeHandler<TimeOnly>
    {
        public override void SetValue(IDbDataParameter parameter, TimeOnly value)
        {
            parameter.DbType = DbType.Time;
            parameter.Value = value;
        }

        public override TimeOnly Parse(object value) => value switch
        {
            TimeOnly time => time,
            TimeSpan span => TimeOnly.FromTimeSpan(span),
            _ => throw new DataException($"Cannot read {value.GetType().Name} as a time of day."),
        };
    }
}
