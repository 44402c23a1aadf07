using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Nijkerk.SociaalDomein.Testing;

/// <summary>Keeps every log line the host writes (message, state and exception), to search them afterwards.</summary>
public sealed class LogVanger : ILoggerProvider
{
    private readonly ConcurrentQueue<string> regels = new();

    public IReadOnlyCollection<string> Regels => regels;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, regels);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> regels) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            regels.Enqueue($"{category} scope {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var waarden = state is IEnumerable<KeyValuePair<string, object?>> paren ? string.Join(" ", paren.Select(p => $"{p.Key}={p.Value}")) : "";
            regels.Enqueue($"{logLevel} {category} event={eventId.Id} {formatter(state, exception)} {waarden} {exception}");
        }
    }
}
