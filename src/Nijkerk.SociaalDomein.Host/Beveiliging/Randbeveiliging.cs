using System.Net;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.HttpOverrides;

namespace Nijkerk.SociaalDomein.Host.Beveiliging;

/// <summary>
/// What the host decides at its edge, before anything else looks at a request (ADR 0017): which proxies may tell it
/// the client's address and scheme, and that every cookie is <c>Secure</c> outside Development.
/// </summary>
internal static class Randbeveiliging
{
    /// <summary>The proxies (IP addresses) whose X-Forwarded-For/-Proto are believed.</summary>
    public const string BekendeProxies = "Proxy:BekendeProxies";

    /// <summary>The networks (CIDR, e.g. <c>10.0.0.0/8</c>) whose X-Forwarded-For/-Proto are believed.</summary>
    public const string BekendeNetwerken = "Proxy:BekendeNetwerken";

    public static IServiceCollection AddRandbeveiliging(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Read at start-up, so a mistyped address stops the host instead of the first request.
        var proxies = Lijst(configuration, BekendeProxies).Select(a => Lees<IPAddress>(a, BekendeProxies, (string t, out IPAddress w) => IPAddress.TryParse(t, out w!))).ToList();
        var netwerken = Lijst(configuration, BekendeNetwerken).Select(n => Lees<System.Net.IPNetwork>(n, BekendeNetwerken, System.Net.IPNetwork.TryParse)).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the configured proxies: the framework's default (loopback) is replaced, not extended.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            netwerken.ForEach(options.KnownIPNetworks.Add);

            // Through a chain of known proxies to the first address that is not one: the client.
            options.ForwardLimit = null;
        });
        services.Configure<CookiePolicyOptions>(options =>
        {
            // Behind TLS at the proxy the host may see http; the browser sees https, and a cookie must never go over
            // plain http. Development runs on http://localhost without a proxy.
            options.Secure = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.HttpOnly = HttpOnlyPolicy.None;
        });
        return services;
    }

    /// <summary>Forwarded headers (only when proxies are configured: with none, nobody is believed), then the cookie policy.</summary>
    public static IApplicationBuilder UseRandbeveiliging(this IApplicationBuilder app, IConfiguration configuration)
    {
        if (Lijst(configuration, BekendeProxies).Any() || Lijst(configuration, BekendeNetwerken).Any())
        {
            app.UseForwardedHeaders();
        }

        return app.UseCookiePolicy();
    }

    private delegate bool Parser<T>(string tekst, out T waarde);

    private static T Lees<T>(string tekst, string sleutel, Parser<T> parser) => parser(tekst, out var waarde)
        ? waarde
        : throw new InvalidOperationException($"{sleutel} bevat '{tekst}', dat is geen geldig IP-adres of netwerk (CIDR, bijvoorbeeld 10.0.0.0/8).");

    /// <summary>A list setting, as a JSON array (<c>Proxy:BekendeProxies:0</c>, ...) or as one value separated by commas or semicolons.</summary>
    internal static IEnumerable<string> Lijst(IConfiguration configuration, string sleutel)
    {
        var sectie = configuration.GetSection(sleutel);
        // Both read: some providers give the parent of an array an empty value of its own.
        return sectie.GetChildren().Select(c => c.Value ?? "").Append(sectie.Value ?? "")
            .SelectMany(w => w.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(w => w.Length > 0);
    }
}
