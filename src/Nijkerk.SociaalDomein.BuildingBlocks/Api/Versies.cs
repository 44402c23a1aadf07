using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Api;

/// <summary>
/// Optimistic concurrency for things people edit together: a row carries an integer <c>versie</c>, a read answers
/// it as the <c>ETag</c>, an edit sends it back in <c>If-Match</c>, and the update only applies to that version
/// (<c>update ... where id = @Id and versie = @Versie</c>). A stale edit is refused, never silently overwrites.
/// </summary>
public static class Versies
{
    public static string ETag(int versie) => $"\"{versie}\"";

    /// <summary>Puts the version on a response as its ETag.</summary>
    public static void ZetETag(HttpResponse response, int versie) => response.Headers.ETag = ETag(versie);

    /// <summary>The version an edit is based on, from <c>If-Match</c> (a strong or weak tag); 428 when absent.</summary>
    public static int UitIfMatch(HttpRequest request)
    {
        var waarde = request.Headers.IfMatch.ToString();
        if (EntityTagHeaderValue.TryParse(waarde, out var tag)
            && int.TryParse(tag.Tag.AsSpan().Trim('"'), System.Globalization.NumberStyles.None, null, out var versie))
        {
            return versie;
        }

        throw new VersieOntbreektException("Stuur in If-Match de ETag van de versie die u wijzigt (uit het antwoord op de GET).");
    }
}
