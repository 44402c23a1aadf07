using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;

namespace Nijkerk.SociaalDomein.Host.Bedrijfsvoering;

/// <summary>
/// <c>dotnet Nijkerk.SociaalDomein.Host.dll migrate</c>: brings the database up to date as its owner and ends, 0 when every
/// module is migrated and signs in as its own role, non-zero otherwise. Run before the host starts (build/run.sh, the
/// compose file's migrate service), so the serving process never needs the owner's credentials (ADR 0028).
/// </summary>
internal static class Migratiestap
{
    public const string Argument = "migrate";

    public static bool IsGevraagd(string[] args) => args.Contains(Argument, StringComparer.Ordinal);

    public static async Task<int> VoerUitAsync(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(Migratiestap).FullName!);
        try
        {
            var runner = app.Services.GetRequiredService<MigrationRunner>();
            await runner.RunAsync(CancellationToken.None);
            foreach (var module in app.Services.GetRequiredService<ModuleRegistry>().Modules)
            {
                if ((await runner.PendingAsync(module, CancellationToken.None)).Count > 0)
                {
                    throw new InvalidOperationException($"Na het migreren ontbreken nog migraties in {module.Schema}.");
                }
            }

            logger.LogInformation("Migratiestap klaar: elke module is bijgewerkt en meldt zich aan met haar eigen rol");
            return 0;
        }
        catch (Exception e)
        {
            logger.LogCritical(e, "Migratiestap mislukt");
            return 1;
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
