using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Testing;
using Npgsql;

namespace Nijkerk.SociaalDomein.Bench.Scenarios;

/// <summary>
/// The regisseur's werkvoorraad through the API (audit log included) on 100,000 generated plans, each with its own household
/// of three members and four acties (about one in six open past its deadline), a fifth of the plans closed with a nazorg
/// date. 2,500 regisseurs share them, so the signed-in one runs about 40 (32 running), as a regisseur's caseload is. Also
/// one plan (GET /api/v1/plannen/{id}, the plan page's API, when that slice is there) and the ijsbreker's search for the
/// stalled ones. Prints the list's plan, so an index that is not used shows.
/// </summary>
internal static class RegieWerkvoorraad
{
    private const int Aantal = 100_000;

    private const int Regisseurs = 2_500;

    // Generated straight into the tables: the route to a plan (vraagverheldering, overdracht, toewijzing) is another bench's.
    private const string Vul = """
        insert into regie.huishouden (id, aangemaakt_op, aangemaakt_door)
        select ('10000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, now() - make_interval(days => 30 + i % 400), 'bench'
        from generate_series(1, @Aantal) i;
        insert into regie.huishouden_lid (id, huishouden_id, inwoner_id, relatie, contactpersoon, van)
        select gen_random_uuid(), h.id, gen_random_uuid(), case when n = 1 then 'ouder' else 'kind' end, n = 1, h.aangemaakt_op
        from regie.huishouden h cross join generate_series(1, 3) n;
        insert into regie.plan (id, huishouden_id, status, regisseur_id, regisseur_naam, regisseur_telefoon, teams, gestart_op,
                                laatste_activiteit_op, afgesloten_op, nazorg_op)
        select ('20000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, ('10000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
               case when (i / @Regisseurs) % 5 = 0 then 'afgesloten' else 'lopend' end,
               case when i % @Regisseurs = 1 then @Ik else 'bench-regisseur-' || (i % @Regisseurs) end, 'Regisseur ' || (i % @Regisseurs), '033 247 12 34',
               case i % 3 when 0 then array['jeugd-onderwijs', 'werk-inkomen'] when 1 then array['wmo', 'werk-inkomen'] else array['jeugd-onderwijs'] end,
               now() - make_interval(days => 30 + i % 300), now() - make_interval(days => i % 60),
               case when (i / @Regisseurs) % 5 = 0 then now() - make_interval(days => i % 30) end,
               case when (i / @Regisseurs) % 5 = 0 then current_date + (i % 40) - 10 end
        from generate_series(1, @Aantal) i;
        insert into regie.actie (id, plan_id, omschrijving, verantwoordelijke_soort, verantwoordelijke, deadline, status, aangemaakt_op,
                                 aangemaakt_door, gewijzigd_op)
        select gen_random_uuid(), p.id, 'Gegenereerde actie ' || n, 'inwoner', 'Inwoner',
               current_date + (abs(hashtext(p.id::text || n)) % 60) - 20,
               (array['open', 'bezig', 'gedaan', 'vervallen'])[1 + abs(hashtext(p.id::text || n || 's')) % 4], p.gestart_op, 'bench', p.gestart_op
        from regie.plan p cross join generate_series(1, 4) n;
        """;

    public static async Task RunAsync(ApiFactory host)
    {
        var gebruiker = await host.MaakMedewerkerAsync("Bench Regisseur", Rollen.Regisseur);
        var ijsbreker = await host.MaakMedewerkerAsync("Bench IJsbreker", Rollen.Ijsbreker);
        var vullen = System.Diagnostics.Stopwatch.StartNew();
        List<Guid> eigen;
        await using (var connection = new NpgsqlConnection(host.ConnectionString))
        {
            var ik = await connection.QuerySingleAsync<string>("select id::text from toegang.gebruiker where gebruikersnaam = @gebruiker", new { gebruiker });
            await connection.ExecuteAsync(Vul, new { Aantal, Regisseurs, Ik = ik }, commandTimeout: 900);
            foreach (var tabel in new[] { "huishouden", "huishouden_lid", "plan", "actie" })
            {
                await connection.ExecuteAsync($"vacuum (analyze) regie.{tabel}", commandTimeout: 900);
            }

            eigen = [.. await connection.QueryAsync<Guid>("select id from regie.plan where regisseur_id = @ik and status = 'lopend'", new { ik })];
            Console.WriteLine($"Regie gevuld met {Aantal:N0} plannen (huishoudens van 3, 4 acties elk) in {vullen.Elapsed.TotalSeconds:0} s; " +
                $"de regisseur voert er {eigen.Count} lopende");
            Console.WriteLine(string.Join(Environment.NewLine, await connection.QueryAsync<string>(
                """
                explain (analyze, costs off)
                select p.id, (select count(*) from regie.actie a where a.plan_id = p.id and a.status in ('open', 'bezig') and a.deadline < current_date),
                       exists (select 1 from regie.actie a where a.plan_id = p.id and a.status in ('open', 'bezig') and a.deadline < current_date - 7),
                       array(select l.inwoner_id from regie.huishouden_lid l where l.huishouden_id = p.huishouden_id and l.tot is null)
                from regie.plan p where p.regisseur_id = @ik and p.status = 'lopend'
                order by p.laatste_activiteit_op limit 20
                """, new { ik })));
        }

        var regisseur = await host.IngelogdeClientAsync(gebruiker);
        var eerste = await regisseur.GetFromJsonAsync<JsonElement>("/api/v1/plannen?regisseur=ik");
        Console.WriteLine($"Werkvoorraad: {eerste.GetProperty("totaal").GetInt32()} plannen, waarvan op de eerste pagina " +
            $"{eerste.GetProperty("resultaten").EnumerateArray().Count(p => p.GetProperty("vastgelopen").GetBoolean())} vastgelopen");
        Console.WriteLine(await Meting.MeetAsync("Werkvoorraad regisseur (GET /api/v1/plannen?regisseur=ik)", warmup: 100, aantal: 1000, async _ =>
            (await regisseur.GetAsync("/api/v1/plannen?regisseur=ik")).EnsureSuccessStatusCode()));
        Console.WriteLine(await Meting.MeetAsync("Werkvoorraad regisseur, alleen vastgelopen", warmup: 100, aantal: 1000, async _ =>
            (await regisseur.GetAsync("/api/v1/plannen?regisseur=ik&vastgelopen=true")).EnsureSuccessStatusCode()));

        var probeer = await regisseur.GetAsync($"/api/v1/plannen/{eigen[0]}");
        if (probeer.StatusCode == HttpStatusCode.NotFound)
        {
            Console.WriteLine("Eén plan (GET /api/v1/plannen/{id}): overgeslagen, de API antwoordt 404 (de plan-slice is er nog niet)");
        }
        else
        {
            Console.WriteLine(await Meting.MeetAsync("Eén plan (GET /api/v1/plannen/{id})", warmup: 100, aantal: 1000, async i =>
                (await regisseur.GetAsync($"/api/v1/plannen/{eigen[i % eigen.Count]}")).EnsureSuccessStatusCode()));
        }

        var ijs = await host.IngelogdeClientAsync(ijsbreker);
        Console.WriteLine(await Meting.MeetAsync("IJsbreker: zijn (geëscaleerde) vastgelopen plannen, eerste pagina (de bench escaleert er geen: dit is het zoeken over 80.000 lopende)", warmup: 10, aantal: 100, async _ =>
            (await ijs.GetAsync("/api/v1/plannen?vastgelopen=true")).EnsureSuccessStatusCode()));
    }
}
