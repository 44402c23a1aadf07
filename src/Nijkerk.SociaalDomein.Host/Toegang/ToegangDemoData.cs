using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Demo;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Host.Toegang;

/// <summary>
/// One fictitious account per role and two demo API keys, for a local run only (README lists them).
/// Written when there are no accounts yet.
/// </summary>
internal sealed class ToegangDemoData(ModuleDb<ToegangModule> db, InlogDienst inlog, ApiSleutels sleutels) : IDemoData
{
    public const string Wachtwoord = "Welkom-lokaal-2026";
    public const string WebsiteSleutel = "nsd_demo_websiteformulier_alleen_lokaal";
    public const string SigmaSleutel = "nsd_demo_sigma_alleen_lokaal";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using (var connection = await db.OpenAsync(cancellationToken))
        {
            if (await connection.ExecuteScalarAsync<bool>("select exists (select 1 from toegang.gebruiker)"))
            {
                return;
            }
        }

        (string Naam, string Volledig, string Rol, string[] Teams)[] accounts =
        [
            ("loket", "Lotte Loket", Rollen.Loketmedewerker, []),
            ("jeugd", "Jasper Jeugd", Rollen.Vakspecialist, ["jeugd-onderwijs"]),
            ("wmo", "Wilma Wmo", Rollen.Vakspecialist, ["wmo"]),
            ("werkinkomen", "Wim Werk", Rollen.Vakspecialist, ["werk-inkomen"]),
            ("regisseur", "Rina Regie", Rollen.Regisseur, []),
            ("ijsbreker", "Ivo IJsbreker", Rollen.Ijsbreker, ["veiligheid"]),
            ("beleid", "Bert Beleid", Rollen.Beleid, ["jeugd-onderwijs", "wmo", "werk-inkomen"]),
            ("beheer", "Bea Beheer", Rollen.FunctioneelBeheerder, []),
        ];
        foreach (var (naam, volledig, rol, teams) in accounts)
        {
            await inlog.MaakAsync(naam, volledig, Wachtwoord, [rol], teams);
        }

        await sleutels.MaakAsync("Websiteformulier gemeente (demo)", [IntakeRechten.AanmeldingenSchrijven, IntakeRechten.AanmeldingenLezen], null, WebsiteSleutel);
        await sleutels.MaakAsync("Sigma registratiesysteem (demo)", [IntakeRechten.AanmeldingenSchrijven, IntakeRechten.AanmeldingenLezen], "Sigma", SigmaSleutel);
    }
}
