using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Nijkerk.SociaalDomein.Host.Toegang;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Host.Shared;

/// <summary>
/// One open screen's stream of the crisis banner (<c>text/event-stream</c>). On opening it sends <c>verbonden</c>
/// (which stops the page's slow poll) and, when the banner changed since the screen drew it, the banner; then the
/// banner at each change of <see cref="Crisisbalk"/>, drawn once for all screens and filled in with this screen's own
/// anti-forgery token, and a heartbeat comment in between so proxies keep it open. No database: the sign-in was
/// checked when the stream opened. It ends when the screen goes, the host stops, the session would expire (or after
/// <c>Crisisbalk:StroomMinuten</c>), or the account changes on any host (<see cref="Toegangsgeheugen.GebruikerGewijzigd"/>:
/// deactivated, other roles); the browser then opens it again with the last banner's fingerprint
/// (<c>Last-Event-ID</c>), which is when the account is checked again.
/// </summary>
public sealed class Crisisstroom(
    Crisisbalk balk, IRazorViewEngine views, ITempDataProvider tempData, IModelMetadataProvider metadata, IAntiforgery antiforgery,
    IHostApplicationLifetime lifetime, Toegangsgeheugen toegang, TimeProvider clock, IConfiguration configuration)
{
    private const string Inhoud = "~/Shared/_Crisisinhoud.cshtml";

    /// <summary>Set in the view data, the banner is drawn with this in place of each form's anti-forgery token.</summary>
    public const string TokenPlek = "Crisisbalk.TokenPlek";

    private const string Plek = "<!--nsd-crisisbalk-token-->";

    private readonly Lock slot = new();
    private (string Vingerafdruk, Task<string> Html)? getekend;

    private readonly TimeSpan hartslag = TimeSpan.FromSeconds(configuration.GetValue("Crisisbalk:HartslagSeconden", 15));
    private readonly TimeSpan maximaal = TimeSpan.FromMinutes(configuration.GetValue("Crisisbalk:StroomMinuten", 30));

    public async Task SchrijfAsync(ActionContext context, string? getoond)
    {
        var http = context.HttpContext;
        getoond = http.Request.Headers["Last-Event-ID"].FirstOrDefault() is { Length: > 0 } laatste ? laatste : getoond;

        // The cookie token is stored now, while headers can still be set; every banner of this stream carries the
        // request token that goes with it.
        var tokens = antiforgery.GetAndStoreTokens(http);
        var tokenVeld = $"<input name=\"{HtmlEncoder.Default.Encode(tokens.FormFieldName)}\" type=\"hidden\" value=\"{HtmlEncoder.Default.Encode(tokens.RequestToken!)}\" />";
        var nu = clock.GetUtcNow();
        var verloopt = http.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Properties?.ExpiresUtc;
        var duur = verloopt is { } v && v - nu < maximaal ? v - nu : maximaal;
        if (duur <= TimeSpan.Zero)
        {
            http.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        stop.CancelAfter(duur);
        var gebruiker = Guid.TryParse(http.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;
        Action<Guid?> gewijzigd = wie =>
        {
            if (wie is null || wie == gebruiker)
            {
                // Cancelling runs the stream's continuations: not on the thread of whoever changed the account.
                _ = Task.Run(() => { try { stop.Cancel(); } catch (ObjectDisposedException) { } });
            }
        };
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Response.Headers["X-Accel-Buffering"] = "no";

        toegang.GebruikerGewijzigd += gewijzigd;
        try
        {
            await SchrijfAsync(http, $"retry: 3000\nid: {getoond}\nevent: verbonden\ndata: verbonden\n\n", stop.Token);
            while (!stop.IsCancellationRequested)
            {
                var (stand, volgende) = balk.Kijk();
                if (stand is not null && stand.Vingerafdruk != getoond)
                {
                    var html = (await TekenEenmaalAsync(context, stand)).Replace(Plek, tokenVeld, StringComparison.Ordinal);
                    await SchrijfAsync(http, Gebeurtenis(stand.Vingerafdruk, "crisisbalk", html), stop.Token);
                    getoond = stand.Vingerafdruk;
                }

                var wacht = Task.Delay(hartslag, clock, stop.Token);
                if (await Task.WhenAny(volgende, wacht) == wacht && !stop.IsCancellationRequested)
                {
                    await SchrijfAsync(http, ": hartslag\n\n", stop.Token);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The screen went away, the host stops, or the stream's time is up: the browser opens a new one if it can.
        }
        catch (IOException)
        {
            // The connection broke while writing.
        }
        finally
        {
            toegang.GebruikerGewijzigd -= gewijzigd;
        }
    }

    private static async Task SchrijfAsync(HttpContext http, string tekst, CancellationToken cancellationToken)
    {
        await http.Response.WriteAsync(tekst, Encoding.UTF8, cancellationToken);
        await http.Response.Body.FlushAsync(cancellationToken);
    }

    /// <summary>An event whose data is the html, one <c>data:</c> line per line (a line of its own may not hold a newline).</summary>
    private static string Gebeurtenis(string id, string naam, string html)
    {
        var tekst = new StringBuilder().Append("id: ").Append(id).Append("\nevent: ").Append(naam).Append('\n');
        var regels = html.ReplaceLineEndings("\n").Split('\n').Where(r => !string.IsNullOrWhiteSpace(r)).ToList();
        // An event without data is not delivered; an empty banner still has to replace a full one.
        foreach (var regel in regels.Count > 0 ? regels : ["<!-- geen crisismeldingen -->"])
        {
            tekst.Append("data: ").Append(regel).Append('\n');
        }

        return tekst.Append('\n').ToString();
    }

    /// <summary>The banner drawn once per change, by whichever stream asks first, for all streams to fill in.</summary>
    private Task<string> TekenEenmaalAsync(ActionContext context, Crisisbalk.Stand stand)
    {
        lock (slot)
        {
            if (getekend is { } g && g.Vingerafdruk == stand.Vingerafdruk && !g.Html.IsFaulted)
            {
                return g.Html;
            }

            var html = TekenAsync(context, stand.Overzicht);
            getekend = (stand.Vingerafdruk, html);
            return html;
        }
    }

    private async Task<string> TekenAsync(ActionContext context, Crisisoverzicht overzicht)
    {
        await Task.Yield();
        var view = views.GetView(executingFilePath: null, Inhoud, isMainPage: false).EnsureSuccessful(originalLocations: null).View!;
        await using var schrijver = new StringWriter();
        var viewData = new ViewDataDictionary<Crisisoverzicht>(metadata, new ModelStateDictionary()) { Model = overzicht, [TokenPlek] = Plek };
        var viewContext = new ViewContext(context, view, viewData, new TempDataDictionary(context.HttpContext, tempData), schrijver, new HtmlHelperOptions());
        await view.RenderAsync(viewContext);
        return schrijver.ToString();
    }
}
