using System.Diagnostics;
using OpenTelemetry;

namespace Nijkerk.SociaalDomein.Host.Telemetrie;

/// <summary>
/// The last word on a span before it is exported: no query string (the instrumentation only masks its values, and a
/// setting can turn that off), no free text from an exception (PostgreSQL's message can quote a value it refused), no
/// stack trace. What stays is the exception's type, which is what an operator alerts on; the logs name the event.
/// </summary>
internal sealed class GeenPersoonsgegevensInSporen : BaseProcessor<Activity>
{
    private static readonly string[] Weg = ["url.query", "exception.message", "exception.stacktrace", "otel.status_description"];

    public override void OnEnd(Activity activity)
    {
        foreach (var tag in Weg)
        {
            if (activity.GetTagItem(tag) is not null)
            {
                activity.SetTag(tag, null);
            }
        }

        if (activity.GetTagItem("url.full") is string url && url.IndexOf('?', StringComparison.Ordinal) is var vraag and >= 0)
        {
            activity.SetTag("url.full", url[..vraag]);
        }

        if (activity.StatusDescription is not null)
        {
            activity.SetStatus(activity.Status);
        }

        foreach (var gebeurtenis in activity.Events)
        {
            // An event's tags are the collection it was made with; an exception event's text is taken out of it.
            if (gebeurtenis.Tags is ActivityTagsCollection tags)
            {
                tags.Remove("exception.message");
                tags.Remove("exception.stacktrace");
            }
        }
    }
}
