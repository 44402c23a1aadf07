using System.Globalization;
using FluentValidation;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.Host;
using Nijkerk.SociaalDomein.Host.Api;
using Nijkerk.SociaalDomein.Host.Bedrijfsvoering;
using Nijkerk.SociaalDomein.Host.Beveiliging;
using Nijkerk.SociaalDomein.BuildingBlocks.Demo;
using Nijkerk.SociaalDomein.Host.Health;
using Nijkerk.SociaalDomein.Host.Shared;
using Nijkerk.SociaalDomein.Host.Telemetrie;
using Nijkerk.SociaalDomein.Host.Toegang;
using Nijkerk.SociaalDomein.Host.Toegang.Aanmelden;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.BuildingBlocks.Web;

var dutch = new CultureInfo("nl-NL");
CultureInfo.DefaultThreadCurrentCulture = dutch;
CultureInfo.DefaultThreadCurrentUICulture = dutch;
ValidatorOptions.Global.LanguageManager.Culture = dutch;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
builder.AddTelemetrie();

var modules = Modules.All();
builder.Services.AddModules(builder.Configuration, modules);
builder.Services.AddApi();
builder.Services.AddToegang();
builder.Services.AddSleutelversleuteling(builder.Configuration);
builder.Services.AddAanmelden(builder.Configuration);
builder.Services.AddSnelheidslimieten(builder.Configuration);
builder.Services.AddRandbeveiliging(builder.Configuration, builder.Environment);
builder.Services.AddCrisisbalk();
builder.Services.AddRazorPages(options => options.RootDirectory = "/").AddModulePaginas(modules).AddPaginaFouten();
builder.Services.AddHealthChecks()
    .AddCheck<DatabaseReadyCheck>("database", tags: ["ready"])
    .AddCheck<GeparkeerdeGebeurtenissenCheck>("gebeurtenissen", tags: ["ready"]);

var app = builder.Build();

// `… migrate`: bring the database up to date as its owner and end (ADR 0028); a serving host then needs no owner's credentials.
if (Migratiestap.IsGevraagd(args))
{
    Environment.ExitCode = await Migratiestap.VoerUitAsync(app);
    return;
}

if (app.Configuration.GetValue("Database:MigrateOnStart", true))
{
    await app.Services.GetRequiredService<MigrationRunner>().RunAsync(CancellationToken.None);
}

if (app.Configuration.GetValue("Demo:Seed", false))
{
    DemoData.WeigerBuitenDevelopment(app.Environment);
    await using var scope = app.Services.CreateAsyncScope();
    scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = Actor.Systeem;
    foreach (var demo in scope.ServiceProvider.GetServices<IDemoData>())
    {
        await demo.SeedAsync(CancellationToken.None);
    }
}

// Before the host serves and Data Protection writes its first key: in Production only with a certificate (ADR 0028).
Sleutelversleuteling.ControleerBijStart(app);

// The real client (from a known proxy only) before anything looks at its address or scheme: HSTS, the limits.
app.UseRandbeveiliging(app.Configuration);
app.UseApiWeigeringen();
app.UseApiErrors();
app.UseStaticFiles();
app.UseApiExplorerPage();
app.UseRouting();
app.UseVerzoekgrootte(app.Configuration);
app.UseCors();
app.UseApiRoute();
app.UseOnbekendeSleutelLimiet();
app.UseToegang();
app.UseRateLimiter();

app.MapHealth();
app.MapApi(modules);
app.MapRazorPages();

await app.RunAsync();

/// <summary>Visible to the test host factory.</summary>
public partial class Program;
