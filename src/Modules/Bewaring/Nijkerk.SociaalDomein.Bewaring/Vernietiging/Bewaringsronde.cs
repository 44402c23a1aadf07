using Dapper;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nijkerk.SociaalDomein.Bewaring.Bewaartermijnen;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Events;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Nijkerk.SociaalDomein.BuildingBlocks.Tijd;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Npgsql;

namespace Nijkerk.SociaalDomein.Bewaring.Vernietiging;

/// <summary>
/// One round of the retention job (ADR 0030), as the system, under a transaction-level advisory lock so two hosts never
/// run it at once (the second finds the lock taken and does nothing): purge the outbox, inbox and idempotency tables;
/// execute an approved vernietigingslijst (or finish one that stopped halfway); and, when no list is open, propose one.
/// </summary>
internal sealed class Bewaringsronde(
    IServiceScopeFactory scopes, ModuleDb<BewaringModule> db, ModuleRegistry registry, OutboxOpschoning opschoning, TimeProvider clock,
    IConfiguration configuration, ILogger<Bewaringsronde> logger)
{
    private const long LockKey = 0x6E73645F626577; // "nsd_bew"

    /// <summary>How many inwoners one question to a module names.</summary>
    public const int Partij = 200;

    private TimeSpan OutboxNa => TimeSpan.FromDays(Math.Max(1, configuration.GetValue("Bewaring:Opschonen:OutboxDagen", 30)));

    private TimeSpan InboxNa => TimeSpan.FromDays(Math.Max(1, configuration.GetValue("Bewaring:Opschonen:InboxDagen", 30)));

    public Task<Ronde> RondeAsync(CancellationToken cancellationToken) =>
        OnderSlotAsync(
            async () => new Ronde(
                true,
                await opschoning.OpschonenAsync(clock.GetUtcNow(), OutboxNa, InboxNa, cancellationToken),
                await VoerGoedgekeurdeUitAsync(cancellationToken),
                await StelVoorAsync(cancellationToken)),
            bezet: new Ronde(false, null, null, null),
            cancellationToken);

    /// <summary>Executes the approved list, if any, under the same lock; the approval calls this right away.</summary>
    public Task<Guid?> VoerUitAlsVrijAsync(CancellationToken cancellationToken) =>
        OnderSlotAsync(() => VoerGoedgekeurdeUitAsync(cancellationToken), bezet: null, cancellationToken);

    /// <summary>
    /// The work while this host holds the job's lock, taken for a transaction that does nothing else, so it is given back
    /// however the work ends; <paramref name="bezet"/> at once when another host holds it.
    /// </summary>
    private async Task<T> OnderSlotAsync<T>(Func<Task<T>> werk, T bezet, CancellationToken cancellationToken)
    {
        await using var slot = await db.OpenAsync(Actor.Systeem, cancellationToken);
        await using var transactie = await slot.BeginTransactionAsync(cancellationToken);
        if (!await slot.ExecuteScalarAsync<bool>("select pg_try_advisory_xact_lock(@LockKey)", new { LockKey }, transactie))
        {
            return bezet;
        }

        var uitkomst = await werk();
        await transactie.CommitAsync(cancellationToken);
        return uitkomst;
    }

    private async Task<Guid?> StelVoorAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(Actor.Systeem, cancellationToken);
        if (await connection.ExecuteScalarAsync<bool>("select exists (select 1 from bewaring.vernietigingslijst where status in ('voorgesteld', 'goedgekeurd'))"))
        {
            return null;
        }

        var termijnen = (await GeefBewaartermijnen.LeesAsync(connection)).ToDictionary(t => t.Categorie);
        var vandaag = NederlandseDag.Vandaag(clock);
        var rijp = new List<(Guid Dossier, IReadOnlyList<Guid> Ids, IReadOnlyList<Bewaardeel> Delen)>();

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = Actor.Systeem;
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        Guid? na = null;
        do
        {
            var pagina = await mediator.Send(new GeefKandidatenVoorBewaring(na, Partij), cancellationToken);
            na = pagina.Volgende;
            if (pagina.Kandidaten.Count == 0)
            {
                continue;
            }

            var dossierVan = pagina.Kandidaten.SelectMany(k => new[] { k.InwonerId }.Concat(k.Samengevoegden).Select(id => (id, k.InwonerId)))
                .ToDictionary(p => p.id, p => p.InwonerId);
            var ids = dossierVan.Keys.ToList();
            var delen = new List<Bewaardeel>();
            foreach (var module in registry.Modules)
            {
                delen.AddRange((await mediator.Send(module.Bewaarstand(ids), cancellationToken)).Delen);
            }

            foreach (var kandidaat in pagina.Kandidaten)
            {
                var eigen = delen.Where(d => dossierVan.TryGetValue(d.InwonerId, out var dossier) && dossier == kandidaat.InwonerId).ToList();
                if (IsRijp(eigen, termijnen, vandaag))
                {
                    rijp.Add((kandidaat.InwonerId, [kandidaat.InwonerId, .. kandidaat.Samengevoegden], eigen));
                }
            }
        }
        while (na is not null && !cancellationToken.IsCancellationRequested);

        if (rijp.Count == 0)
        {
            return null;
        }

        var lijstId = Guid.CreateVersion7();
        var regels = rijp
            .SelectMany(r => r.Delen.Select(d => (r.Dossier, d.Categorie, Maand: EersteVanMaand(NederlandseDag.Van(d.AfgeslotenOp!.Value)))))
            .Distinct()
            .GroupBy(r => (r.Categorie, r.Maand))
            .Select(g => new { LijstId = lijstId, g.Key.Categorie, AfgeslotenIn = g.Key.Maand, Aantal = g.Select(r => r.Dossier).Distinct().Count() })
            .ToList();
        await using var transactie = await connection.BeginTransactionAsync(cancellationToken);
        var ingevoegd = await connection.ExecuteAsync(
            """
            insert into bewaring.vernietigingslijst (id, status, voorgesteld_op, peildatum, aantal_dossiers)
            values (@Id, 'voorgesteld', @Nu, @Peildatum, @Aantal)
            on conflict do nothing
            """,
            new { Id = lijstId, Nu = clock.GetUtcNow(), Peildatum = vandaag, Aantal = rijp.Count }, transactie);
        if (ingevoegd == 0)
        {
            return null;
        }

        await connection.ExecuteAsync(
            "insert into bewaring.lijstregel (lijst_id, categorie, afgesloten_in, aantal_dossiers) values (@LijstId, @Categorie, @AfgeslotenIn, @Aantal)",
            regels, transactie);
        await connection.ExecuteAsync(
            "insert into bewaring.lijst_dossier (lijst_id, inwoner_id, dossier_id) select @LijstId, unnest(@Ids), unnest(@Dossiers)",
            new
            {
                LijstId = lijstId,
                Ids = rijp.SelectMany(r => r.Ids).ToArray(),
                Dossiers = rijp.SelectMany(r => r.Ids.Select(_ => r.Dossier)).ToArray(),
            },
            transactie);
        await transactie.CommitAsync(cancellationToken);
        logger.LogInformation("Vernietigingslijst {Lijst} voorgesteld met {Aantal} dossier(s)", lijstId, rijp.Count);
        return lijstId;
    }

    /// <summary>
    /// Due when the dossier has at least one part, none is open anywhere, and for every part the day after its term
    /// ended (its closing day in Dutch time plus its category's term) lies before today. A category without a term keeps it.
    /// </summary>
    internal static bool IsRijp(IReadOnlyList<Bewaardeel> delen, IReadOnlyDictionary<string, GeefBewaartermijnen.Bewaartermijn> termijnen, DateOnly vandaag) =>
        delen.Count > 0 && delen.All(d =>
            d.AfgeslotenOp is { } afgesloten
            && termijnen.TryGetValue(d.Categorie, out var termijn)
            && termijn.LaatsteBewaardag(NederlandseDag.Van(afgesloten)) < vandaag);

    private static DateOnly EersteVanMaand(DateOnly dag) => new(dag.Year, dag.Month, 1);

    private async Task<Guid?> VoerGoedgekeurdeUitAsync(CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenAsync(Actor.Systeem, cancellationToken);
        var lijstId = await connection.ExecuteScalarAsync<Guid?>("select id from bewaring.vernietigingslijst where status = 'goedgekeurd' order by voorgesteld_op limit 1");
        if (lijstId is not { } id)
        {
            return null;
        }

        var ids = (await connection.QueryAsync<Guid>("select inwoner_id from bewaring.lijst_dossier where lijst_id = @id order by inwoner_id", new { id })).ToList();
        var klaar = (await connection.QueryAsync<string>("select module from bewaring.uitvoering where lijst_id = @id", new { id })).ToHashSet();

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Huidig = Actor.Systeem;
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        foreach (var module in Volgorde(registry.Modules))
        {
            if (klaar.Contains(module.Name))
            {
                continue;
            }

            var aantallen = new Dictionary<string, (int Verwijderd, int Geanonimiseerd)>();
            foreach (var partij in ids.Chunk(Partij))
            {
                var antwoord = await mediator.Send(module.Vernietiging(partij), cancellationToken);
                foreach (var a in antwoord.Aantallen)
                {
                    var eerder = aantallen.GetValueOrDefault(a.Soort);
                    aantallen[a.Soort] = (eerder.Verwijderd + a.Verwijderd, eerder.Geanonimiseerd + a.Geanonimiseerd);
                }
            }

            if (module.Name == "Intake")
            {
                // The outboxes of every module, once the modules that raise events about the dossier have done their part.
                foreach (var (bron, aantal) in await opschoning.VergeetAsync(ids, cancellationToken))
                {
                    if (aantal > 0)
                    {
                        aantallen[$"gebeurtenis in de outbox van {bron}"] = (0, aantal);
                    }
                }
            }

            await LegVastAsync(connection, id, module.Name, aantallen, cancellationToken);
        }

        await connection.ExecuteAsync(
            """
            delete from bewaring.lijst_dossier where lijst_id = @id;
            update bewaring.vernietigingslijst set status = 'uitgevoerd', uitgevoerd_op = @Nu where id = @id and status = 'goedgekeurd';
            """,
            new { id, Nu = clock.GetUtcNow() });
        logger.LogInformation("Vernietigingslijst {Lijst} uitgevoerd", id);
        return id;
    }

    private async Task LegVastAsync(
        NpgsqlConnection connection, Guid id, string module, Dictionary<string, (int Verwijderd, int Geanonimiseerd)> aantallen, CancellationToken cancellationToken)
    {
        await using var transactie = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(
            "insert into bewaring.uitvoering (lijst_id, module, uitgevoerd_op) values (@id, @module, @Nu) on conflict do nothing",
            new { id, module, Nu = clock.GetUtcNow() }, transactie);
        await connection.ExecuteAsync(
            """
            insert into bewaring.uitvoering_aantal (lijst_id, module, soort, verwijderd, geanonimiseerd)
            values (@id, @module, @Soort, @Verwijderd, @Geanonimiseerd) on conflict do nothing
            """,
            aantallen.Select(a => new { id, module, Soort = a.Key, a.Value.Verwijderd, a.Value.Geanonimiseerd }), transactie);
        await transactie.CommitAsync(cancellationToken);
    }

    /// <summary>Every module, then Intake (it holds the inwoner record), the audit log, and Bewaring itself (the list's ids) last.</summary>
    internal static IEnumerable<IModule> Volgorde(IEnumerable<IModule> modules)
    {
        string[] laatst = ["Intake", "Audit", "Bewaring"];
        var alle = modules.ToList();
        return [.. alle.Where(m => !laatst.Contains(m.Name)), .. laatst.SelectMany(n => alle.Where(m => m.Name == n))];
    }
}

/// <summary>What one round did: whether it held the lock, what it purged, the list it executed and the one it proposed.</summary>
internal sealed record Ronde(bool Gedraaid, Opgeschoond? Opgeschoond, Guid? Uitgevoerd, Guid? Voorgesteld);
