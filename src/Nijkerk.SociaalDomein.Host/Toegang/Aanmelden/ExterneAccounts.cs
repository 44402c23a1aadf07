using System.Security.Cryptography;
using System.Text;
using Dapper;
using Npgsql;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;

namespace Nijkerk.SociaalDomein.Host.Toegang.Aanmelden;

/// <summary>Who the identity provider says signed in: its issuer and subject (the key), and what it tells of him.</summary>
public sealed record ExterneIdentiteit(string Uitgever, string Onderwerp, string? Naam, string? Gebruikersnaam, IReadOnlyList<string> Groepen);

public enum ExterneUitkomst
{
    Gelukt,

    /// <summary>None of his groups is mapped to a role here.</summary>
    GeenGroep,

    /// <summary>The functioneel beheerder deactivated the account.</summary>
    Uitgeschakeld,
}

/// <summary>
/// The account of a staff member who signs in with the identity provider: made at his first sign-in, and at every
/// sign-in given the name, roles and teams his groups map to (migration 0003). The provider decides the roles; the
/// beheerder can still deactivate the account here, and that stands. Someone without a mapped group gets no account,
/// and an existing account loses its roles at once (the cookie of a running session is checked on every request).
/// </summary>
public sealed class ExterneAccounts(ModuleDb<ToegangModule> db, TimeProvider clock, Toegangsgeheugen geheugen, AanmeldenInstellingen instellingen)
{
    public async Task<(ExterneUitkomst Uitkomst, Gebruiker? Gebruiker)> AanmeldenAsync(ExterneIdentiteit wie)
    {
        var (rollen, teams) = Toegang(wie.Groepen);
        await using var connection = await db.OpenAsync(CancellationToken.None);
        if (rollen.Length == 0)
        {
            var id = await connection.QuerySingleOrDefaultAsync<Guid?>(
                """
                update toegang.gebruiker set rollen = '{}', teams = '{}'
                where uitgever = @Uitgever and onderwerp = @Onderwerp and (rollen <> '{}' or teams <> '{}')
                returning id
                """,
                new { wie.Uitgever, wie.Onderwerp });
            if (id is { } gewijzigd)
            {
                geheugen.VergeetGebruiker(gewijzigd);
            }

            return (ExterneUitkomst.GeenGroep, null);
        }

        var naam = string.IsNullOrWhiteSpace(wie.Naam) ? wie.Gebruikersnaam ?? wie.Onderwerp : wie.Naam.Trim();
        var gebruikersnaam = Gebruikersnaam(wie);
        for (var poging = 0; ; poging++)
        {
            try
            {
                var gebruiker = await connection.QuerySingleAsync<Gebruiker>(
                    $"""
                    insert into toegang.gebruiker (id, gebruikersnaam, naam, wachtwoord_hash, rollen, teams, aangemaakt_op, uitgever, onderwerp)
                    values (@id, @gebruikersnaam, @naam, '', @rollen, @teams, @nu, @Uitgever, @Onderwerp)
                    on conflict (uitgever, onderwerp) do update set naam = excluded.naam, rollen = excluded.rollen, teams = excluded.teams
                    returning {InlogDienst.Kolommen}
                    """,
                    new { id = Guid.CreateVersion7(), gebruikersnaam, naam, rollen, teams, nu = clock.GetUtcNow(), wie.Uitgever, wie.Onderwerp });
                geheugen.VergeetGebruiker(gebruiker.Id);
                return gebruiker.Actief ? (ExterneUitkomst.Gelukt, gebruiker) : (ExterneUitkomst.Uitgeschakeld, null);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "gebruiker_gebruikersnaam_key" && poging == 0)
            {
                // The name is a local account's (or another provider's): never take that account over, make a name of
                // our own. Linking an existing account is the beheerder's deliberate work, not a sign-in's side effect.
                gebruikersnaam = $"{gebruikersnaam}-{Kenmerk(wie)[..6]}";
            }
        }
    }

    /// <summary>The roles and teams the groups map to; a group is compared without regard to case.</summary>
    internal (string[] Rollen, string[] Teams) Toegang(IEnumerable<string> groepen)
    {
        var map = new Dictionary<string, GroepToegang>(instellingen.OpenIdConnect.Groepen, StringComparer.OrdinalIgnoreCase);
        var gevonden = groepen.Select(g => map.GetValueOrDefault(g)).OfType<GroepToegang>().ToList();
        return ([.. gevonden.SelectMany(g => g.Rollen).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            [.. gevonden.SelectMany(g => g.Teams).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    private static string Gebruikersnaam(ExterneIdentiteit wie)
    {
        var naam = new string((wie.Gebruikersnaam ?? "").Trim().ToLowerInvariant()
            .Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@').ToArray());
        return naam.Length >= 2 ? naam[..Math.Min(naam.Length, 80)] : "idp-" + Kenmerk(wie)[..12];
    }

    private static string Kenmerk(ExterneIdentiteit wie) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(wie.Uitgever + "\n" + wie.Onderwerp)));
}
