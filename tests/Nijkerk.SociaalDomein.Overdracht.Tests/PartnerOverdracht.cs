using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Overdracht.Toestemmingen;
using Nijkerk.SociaalDomein.Testing;

namespace Nijkerk.SociaalDomein.Overdracht.Tests;

/// <summary>
/// Test data for the partner slices: an inwoner in Intake's table, an overdracht in a given state written as the owner
/// (the offer handler is another slice's), and a toestemming recorded through the slice itself.
/// </summary>
internal static class PartnerOverdracht
{
    public static readonly Actor Plangroep = TestActors.Partner(
        "Plangroep", OverdrachtRechten.Lezen, OverdrachtRechten.Behandelen, OverdrachtRechten.Terugkoppelen);

    public static readonly Actor Sigma = TestActors.Partner(
        "Sigma", OverdrachtRechten.Lezen, OverdrachtRechten.Behandelen, OverdrachtRechten.Terugkoppelen);

    public static async Task<Guid> InwonerAsync(SliceFixture fixture)
    {
        var id = Guid.NewGuid();
        await fixture.ScalarAsync<object>(
            "insert into intake.inwoner (id, voornamen, achternaam, geboortedatum, geregistreerd_op) values (@id, 'Sanne', 'Mulder', date '1979-02-14', now())",
            new { id });
        return id;
    }

    public static async Task<Guid> OverdrachtAsync(SliceFixture fixture, Guid inwoner, string status, string? partner = "Plangroep", string team = "werk-inkomen")
    {
        var id = Guid.NewGuid();
        await fixture.ScalarAsync<object>(
            """
            insert into overdracht.overdracht (id, aanmelding_id, vraagverheldering_id, inwoner_id, inwoner_naam, team_code, partner_organisatie,
                expertises, hulpvragen, samenvatting, status, aangeboden_op, verloopt_op, aanspreekpunt_naam, teruglegreden)
            values (@id, @aanmelding, @vraagverheldering, @inwoner, 'Sanne Mulder', @team, @partner, array['schuldhulpverlening'],
                '[{"omschrijving": "Schulden op orde"}]', 'Mevrouw heeft drie schuldeisers en wil overzicht.', @status, now(), now() + interval '14 days',
                case when @status in ('geaccepteerd', 'afgerond') then 'Petra de Vries' end,
                case when @status = 'teruggelegd' then 'ander-team' end)
            """,
            new { id, aanmelding = Guid.NewGuid(), vraagverheldering = Guid.NewGuid(), inwoner, team, partner, status });
        return id;
    }

    public static Task<LegToestemmingVast.Vastgelegd> ToestemmingAsync(SliceFixture fixture, Guid inwoner, string partner = "Plangroep", params string[] gegevens) =>
        fixture.SendAsync(new LegToestemmingVast.Command(
            inwoner, partner, gegevens.Length == 0 ? ["samenvatting", "contactgegevens"] : gegevens, "Schuldhulpverlening", "mondeling",
            DateOnly.FromDateTime(DateTime.Today), DateOnly.FromDateTime(DateTime.Today).AddYears(1)));

    /// <summary>How many of these overdrachten (and their steps) a connection of the actor sees, as PostgreSQL holds it to the policy.</summary>
    public static async Task<(long Overdrachten, long Stappen)> ZichtbaarAsync(SliceFixture fixture, Actor actor, Guid overdracht)
    {
        var db = fixture.Services.GetRequiredService<ModuleDb<OverdrachtModule>>();
        await using var connection = await db.OpenAsync(actor, CancellationToken.None);
        return (await connection.ExecuteScalarAsync<long>("select count(*) from overdracht.overdracht where id = @overdracht", new { overdracht }),
            await connection.ExecuteScalarAsync<long>("select count(*) from overdracht.overdracht_stap where overdracht_id = @overdracht", new { overdracht }));
    }
}
