using Dapper;
using Microsoft.AspNetCore.Identity;
using Npgsql;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.Host.Beveiliging;
using Nijkerk.SociaalDomein.Host.Telemetrie;

namespace Nijkerk.SociaalDomein.Host.Toegang;

/// <summary>
/// Signs staff in against their hashed password. After <see cref="MaximumPogingen"/> wrong passwords in a row the
/// account is blocked for <see cref="Blokkade"/>; an unknown name costs as much time as a known one, so the answer
/// does not tell which names exist. Every refusal is a security event, by account id and never by user name.
/// </summary>
public sealed class InlogDienst(
    ModuleDb<ToegangModule> db, TimeProvider clock, ILoggerFactory loggers, Toegangsgeheugen geheugen, Meetpunten meetpunten)
{
    private readonly ILogger logger = loggers.CreateLogger(Beveiligingsgebeurtenissen.Categorie);

    public const int MaximumPogingen = 5;
    public const int MinimaleWachtwoordLengte = 12;
    public static readonly TimeSpan Blokkade = TimeSpan.FromMinutes(15);

    private static readonly PasswordHasher<Gebruiker> Hasher = new();
    private static readonly string NepHash = Hasher.HashPassword(null!, "geen-gebruiker-" + Guid.NewGuid());

    internal const string Kolommen = """
        id as Id, gebruikersnaam as Gebruikersnaam, naam as Naam, wachtwoord_hash as WachtwoordHash, rollen as Rollen,
        teams as Teams, mislukte_pogingen as MisluktePogingen, geblokkeerd_tot as GeblokkeerdTot, actief as Actief,
        sessieversie as Sessieversie
        """;

    public async Task<(InlogUitkomst Uitkomst, Gebruiker? Gebruiker)> InloggenAsync(string gebruikersnaam, string wachtwoord)
    {
        await using var connection = await db.OpenAsync(CancellationToken.None);
        var gebruiker = await connection.QuerySingleOrDefaultAsync<Gebruiker>(
            // An account of the identity provider has no password here (ADR 0026): never signed in with one.
            $"select {Kolommen} from toegang.gebruiker where gebruikersnaam = @gebruikersnaam and actief and onderwerp is null",
            new { gebruikersnaam = gebruikersnaam.Trim().ToLowerInvariant() });
        if (gebruiker is null)
        {
            Hasher.VerifyHashedPassword(null!, NepHash, wachtwoord);
            Beveiligingsgebeurtenissen.InloggenOnbekendAccount(logger);
            meetpunten.InloggenMisluktOm("onbekend-account");
            return (InlogUitkomst.Mislukt, null);
        }

        var nu = clock.GetUtcNow();
        if (gebruiker.GeblokkeerdTot > nu)
        {
            Beveiligingsgebeurtenissen.InloggenGeblokkeerdAccount(logger, gebruiker.Id);
            meetpunten.InloggenMisluktOm("geblokkeerd");
            return (InlogUitkomst.Geblokkeerd, null);
        }

        if (Hasher.VerifyHashedPassword(gebruiker, gebruiker.WachtwoordHash, wachtwoord) == PasswordVerificationResult.Failed)
        {
            var telling = await TelMisluktAsync(connection, gebruiker.Id, nu);
            if (telling is null)
            {
                Beveiligingsgebeurtenissen.InloggenGeblokkeerdAccount(logger, gebruiker.Id);
                meetpunten.InloggenMisluktOm("geblokkeerd");
                return (InlogUitkomst.Geblokkeerd, null);
            }

            if (telling.GeblokkeerdTot is { } tot)
            {
                Beveiligingsgebeurtenissen.AccountGeblokkeerd(logger, gebruiker.Id, tot);
                meetpunten.InloggenMisluktOm("verkeerd-wachtwoord");
                return (InlogUitkomst.Geblokkeerd, null);
            }

            Beveiligingsgebeurtenissen.InloggenMislukt(logger, gebruiker.Id, telling.Pogingen);
            meetpunten.InloggenMisluktOm("verkeerd-wachtwoord");
            return (InlogUitkomst.Mislukt, null);
        }

        await connection.ExecuteAsync(
            "update toegang.gebruiker set mislukte_pogingen = 0, geblokkeerd_tot = null where id = @Id", new { gebruiker.Id });
        Beveiligingsgebeurtenissen.Ingelogd(logger, gebruiker.Id);
        return (InlogUitkomst.Gelukt, gebruiker);
    }

    // Counted in the row itself, so guesses in parallel each count: a read-then-write would let them overwrite one
    // another. A guess that lands after the block was set counts no more and reports the block. The count starts
    // again once blocked, so after the block the account has its full number of attempts again.
    // Null when not counted: a parallel guess set the block first.
    private static async Task<Telling?> TelMisluktAsync(NpgsqlConnection connection, Guid id, DateTimeOffset nu) =>
        await connection.QuerySingleOrDefaultAsync<Telling>(
            """
            update toegang.gebruiker
               set mislukte_pogingen = case when mislukte_pogingen + 1 >= @maximum then 0 else mislukte_pogingen + 1 end,
                   geblokkeerd_tot = case when mislukte_pogingen + 1 >= @maximum then @tot else null end
             where id = @id and (geblokkeerd_tot is null or geblokkeerd_tot <= @nu)
            returning mislukte_pogingen as Pogingen, geblokkeerd_tot as GeblokkeerdTot
            """,
            new { id, maximum = MaximumPogingen, nu, tot = nu + Blokkade });

    private sealed record Telling(int Pogingen, DateTimeOffset? GeblokkeerdTot);

    /// <summary>
    /// The account behind a sign-in cookie, while it is still active: checked on every request, from memory for a
    /// short while (<see cref="Toegangsgeheugen"/>), without its password hash.
    /// </summary>
    public Task<Gebruiker?> GeefActiefAsync(Guid id) => geheugen.GebruikerAsync(id, async () =>
    {
        await using var connection = await db.OpenAsync(CancellationToken.None);
        var gebruiker = await connection.QuerySingleOrDefaultAsync<Gebruiker>(
            $"select {Kolommen} from toegang.gebruiker where id = @id and actief", new { id });
        return gebruiker is null ? null : gebruiker with { WachtwoordHash = "" };
    });

    /// <summary>
    /// Signing out ends every session of the account, not only this browser's: another browser's and a copied cookie
    /// too, on every host. The raised session version reaches the other hosts' memory through the database's
    /// notification (migration 0004); this host forgets before it answers.
    /// </summary>
    public async Task UitloggenAsync(Guid id)
    {
        await using var connection = await db.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("update toegang.gebruiker set sessieversie = sessieversie + 1 where id = @id", new { id });
        geheugen.VergeetGebruiker(id);
        Beveiligingsgebeurtenissen.Uitgelogd(logger, id);
    }

    public async Task<Guid> MaakAsync(string gebruikersnaam, string naam, string wachtwoord, IEnumerable<string> rollen, IEnumerable<string> teams)
    {
        if (wachtwoord.Length < MinimaleWachtwoordLengte)
        {
            throw new ArgumentException($"Een wachtwoord heeft ten minste {MinimaleWachtwoordLengte} tekens.", nameof(wachtwoord));
        }

        var id = Guid.CreateVersion7();
        await using var connection = await db.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(
            """
            insert into toegang.gebruiker (id, gebruikersnaam, naam, wachtwoord_hash, rollen, teams, aangemaakt_op)
            values (@id, @gebruikersnaam, @naam, @hash, @rollen, @teams, @nu)
            """,
            new
            {
                id,
                gebruikersnaam = gebruikersnaam.Trim().ToLowerInvariant(),
                naam,
                hash = Hasher.HashPassword(null!, wachtwoord),
                rollen = rollen.ToArray(),
                teams = teams.ToArray(),
                nu = clock.GetUtcNow(),
            });
        return id;
    }

    public async Task<IReadOnlyList<Gebruiker>> AlleAsync()
    {
        await using var connection = await db.OpenAsync(CancellationToken.None);
        return [.. await connection.QueryAsync<Gebruiker>($"select {Kolommen} from toegang.gebruiker order by actief desc, naam")];
    }

    /// <summary>
    /// Changes roles, teams and whether the account may sign in; lifting a block resets the count. Deactivating ends
    /// the account's sessions for good: a cookie is refused while the account is inactive, and raising the session
    /// version keeps it refused after a later reactivation. New roles and teams need no such thing: every request
    /// reads them again (ToegangSetup).
    /// </summary>
    public async Task<bool> WijzigAsync(Guid id, IEnumerable<string> rollen, IEnumerable<string> teams, bool actief, bool deblokkeer)
    {
        await using var connection = await db.OpenAsync(CancellationToken.None);
        var gewijzigd = await connection.ExecuteAsync(
            """
            update toegang.gebruiker set rollen = @rollen, teams = @teams, actief = @actief,
                geblokkeerd_tot = case when @deblokkeer then null else geblokkeerd_tot end,
                mislukte_pogingen = case when @deblokkeer then 0 else mislukte_pogingen end,
                sessieversie = case when actief and not @actief then sessieversie + 1 else sessieversie end
            where id = @id
            """,
            new { id, rollen = rollen.ToArray(), teams = teams.ToArray(), actief, deblokkeer }) == 1;
        // The other hosts hear it from the database (migration 0002); this one does not wait for that.
        geheugen.VergeetGebruiker(id);
        return gewijzigd;
    }

    public static bool IsGeblokkeerd(Gebruiker gebruiker, DateTimeOffset nu) => gebruiker.GeblokkeerdTot > nu;
}
