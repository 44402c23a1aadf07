using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Nijkerk.SociaalDomein.Api.Tests;

/// <summary>
/// The address a request comes from, as the socket would give it: the test server has no socket, so a test names
/// it in <see cref="Header"/>. Runs before the host's own pipeline, so the host sees only the address.
/// </summary>
public sealed class TestAfzender : IStartupFilter
{
    public const string Header = "X-Test-Afzender";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, volgende) =>
        {
            if (context.Request.Headers.Remove(Header, out var adres))
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(adres.ToString());
            }

            return volgende(context);
        });
        next(app);
    };
}
