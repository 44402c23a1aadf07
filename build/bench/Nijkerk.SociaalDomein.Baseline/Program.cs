using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

// The bare baseline of build/bench/vergelijk.sh: what a hand-written ASP.NET Core minimal API with Npgsql does for the
// same essential work as the host's slices, on the host's database (its schema after its migrations), as the same
// module roles (so the same row-level security policies and grants apply). Every request does what the slice does
// in the database: the row, its outbox row (with pg_notify) and its audit row in one transaction for a create; the
// read and its audit row for a person read; count, page, overdracht rows and the audit rows for a werkvoorraad page.
// It keeps what a hand-written service would keep in memory: the API key and the session it was given at start-up,
// the leefgebied codes. The /alleen-rij/ endpoints do only the row, so the cost of audit and outbox shows on its own.
//
// Configuration (environment): ConnectionStrings__SociaalDomein (the host's admin connection; only its address and
// password are used, to derive the module roles' passwords as the host does), Database__RoleSecret (optional),
// BASELINE_SLEUTEL (the API key to accept), BASELINE_COOKIE (the Cookie header value to accept for the page).
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
var admin = builder.Configuration.GetConnectionString("SociaalDomein")
    ?? throw new InvalidOperationException("ConnectionStrings__SociaalDomein is not set.");
var geheim = builder.Configuration["Database:RoleSecret"] ?? new NpgsqlConnectionStringBuilder(admin).Password!;
var sleutel = builder.Configuration["BASELINE_SLEUTEL"] ?? throw new InvalidOperationException("BASELINE_SLEUTEL is not set.");
var cookie = builder.Configuration["BASELINE_COOKIE"] ?? "";
var intake = Bron("intake");
var socialeKaart = Bron("sociale_kaart");
var app = builder.Build();

// Reference data, read once: what a hand-written service keeps in memory.
var leefgebieden = new HashSet<string>();
await using (var connection = new NpgsqlConnection(admin))
{
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand("select code from vraagverheldering.leefgebied where actief", connection);
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
        leefgebieden.Add(reader.GetString(0));
    }
}

const string Doel = "Toegang sociaal domein: een hulpvraag registreren, beantwoorden of doorzetten";
const string RlsAlles = "select set_config('nsd.organisatie', '', false), set_config('nsd.alle_organisaties', 'aan', false)";
const string Audit = """
    select audit.schrijf_verwerking(t.id, $1, $2, $3, $4, null, $5, $6, $7, t.persoon_id, null)
    from unnest($8::uuid[], $9::uuid[]) as t(id, persoon_id)
    """;
const string InsertAanmelding = """
    insert into intake.aanmelding (id, kanaal, bron, vraag, inwoner_id, urgentie, status, geregistreerd_op, organisatie,
        onderwerpen, melder_naam, melder_telefoon, melder_relatie, melder_organisatie, inwoner_op_de_hoogte, inwoner_stemt_in,
        transparantie_gegeven, transparantie_door, transparantie_op, geregistreerd_door)
    values ($1, $2, $3, $4, null, $5, 'open', $6, null, $7, null, null, null, null, null, null, $8, $9, $10, $9)
    """;
const string InsertContactmoment = """
    insert into intake.contactmoment (id, aanmelding_id, kanaal, notitie, tijdstip, vastgelegd_door, vastgelegd_op)
    values ($1, $2, $3, null, $4, $5, $4)
    """;
const string InsertOutbox = "insert into intake.outbox (id, type, payload, occurred_at, next_attempt_at) values ($1, $2, $3::jsonb, $4, $4)";
const string Notify = "select pg_notify('nsd_outbox_intake', '')";
const string LeesInwoner = """
    select id, voornamen, voorvoegsel, achternaam, geboortedatum, straat, huisnummer, huisnummer_toevoeging, postcode, woonplaats,
           bsn is not null, geregistreerd_op, kern, telefoon, email, voorkeurskanaal, taal, ondersteuningsbehoefte,
           geregistreerd_door, gewijzigd_op, gewijzigd_door, versie
    from intake.inwoner where id = $1 and samengevoegd_in is null
    """;
const string Overdrachten = """
    select o.overdracht_id, o.aanmelding_id, o.team_naam, o.teruggelegd_op, o.verlopen_op, o.geaccepteerd_op, o.afgesloten_op,
           exists (select 1 from intake.aanmelding_overdracht n where n.vorige_overdracht_id = o.overdracht_id)
    from intake.aanmelding_overdracht o where o.aanmelding_id = any($1) order by o.overdracht_id
    """;
const string WachtOpLoket = """
    exists (select 1 from intake.aanmelding_overdracht o
            where o.aanmelding_id = a.id and o.afgesloten_op is null
              and (o.teruggelegd_op is not null or (o.verlopen_op is not null and o.geaccepteerd_op is null))
              and not exists (select 1 from intake.aanmelding_overdracht n where n.vorige_overdracht_id = o.overdracht_id))
    """;
const string Werkvoorraad = $"""
    select count(*) from intake.aanmelding a where (a.status = 'open' or {WachtOpLoket});
    select id, kanaal, bron, vraag, inwoner_id, urgentie, geregistreerd_op, behandelaar_naam, status from intake.aanmelding a
    where (a.status = 'open' or {WachtOpLoket})
    order by array_position(array['crisis', 'hoog', 'normaal'], urgentie), status = 'open', geregistreerd_op, id
    limit 25 offset 0
    """;
const string Zoek = """
    with treffers as (
        select v.id, ts_rank_cd(v.zoekvector, (to_tsquery('sociale_kaart.nederlands', $1) || to_tsquery('sociale_kaart.eenvoudig', $1))) as rang,
               v.naam, count(*) over () as totaal
        from sociale_kaart.voorziening v
        where v.gearchiveerd_op is null
          and v.zoekvector @@ (to_tsquery('sociale_kaart.nederlands', $1) || to_tsquery('sociale_kaart.eenvoudig', $1))
          and v.leefgebieden @> array[$2::text] and v.kernen @> array[$3::text]
        order by rang desc, v.naam, v.id
        limit $4 offset 0)
    select v.id, v.naam, o.naam, v.omschrijving, v.leefgebieden, v.doelgroepen, v.kosteloos, v.soort, v.kernen, t.totaal
    from treffers t
    join sociale_kaart.voorziening v on v.id = t.id
    join sociale_kaart.organisatie o on o.id = v.organisatie_id
    order by t.rang desc, t.naam, t.id
    """;

var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);

// POST /api/v1/aanmeldingen: the row (with its first contactmoment), the outbox row with its NOTIFY and the audit row,
// in one transaction, sent as one batch.
app.MapPost("/api/v1/aanmeldingen", async (HttpContext http) => await Registreer(http, volledig: true));
app.MapPost("/alleen-rij/aanmeldingen", async (HttpContext http) => await Registreer(http, volledig: false));

// GET /api/v1/inwoners/{id}: the read, then its audit row before the answer goes out.
app.MapGet("/api/v1/inwoners/{id:guid}", async (Guid id, HttpContext http) => await LeesInwonerAsync(http, id, volledig: true));
app.MapGet("/alleen-rij/inwoners/{id:guid}", async (Guid id, HttpContext http) => await LeesInwonerAsync(http, id, volledig: false));

// GET /api/v1/aanmeldingen: count, page, the page's overdracht rows, an audit row per inwoner on the page.
app.MapGet("/api/v1/aanmeldingen", async (int? pagina, int? paginaGrootte, HttpContext http) =>
{
    if (!MetSleutel(http))
    {
        return Results.Unauthorized();
    }

    var grootte = paginaGrootte ?? 20;
    var offset = (Math.Max(1, pagina ?? 1) - 1) * grootte;
    await using var connection = await intake.OpenConnectionAsync(http.RequestAborted);
    var regels = new List<Dictionary<string, object?>>();
    long totaal;
    await using (var batch = new NpgsqlBatch(connection))
    {
        batch.BatchCommands.Add(new NpgsqlBatchCommand(RlsAlles));
        var telling = new NpgsqlBatchCommand("select count(*) from intake.aanmelding a");
        batch.BatchCommands.Add(telling);
        var pag = new NpgsqlBatchCommand("""
            select id, kanaal, bron, vraag, inwoner_id, urgentie, status, geregistreerd_op from intake.aanmelding a
            order by geregistreerd_op desc, id desc limit $1 offset $2
            """);
        pag.Parameters.Add(new NpgsqlParameter { Value = grootte });
        pag.Parameters.Add(new NpgsqlParameter { Value = offset });
        batch.BatchCommands.Add(pag);
        await using var reader = await batch.ExecuteReaderAsync(http.RequestAborted);
        await reader.NextResultAsync();
        await reader.ReadAsync();
        totaal = reader.GetInt64(0);
        await reader.NextResultAsync();
        while (await reader.ReadAsync())
        {
            regels.Add(new()
            {
                ["id"] = reader.GetGuid(0), ["kanaal"] = reader.GetString(1), ["bron"] = reader.GetString(2), ["vraag"] = reader.GetString(3),
                ["inwonerId"] = reader.IsDBNull(4) ? null : reader.GetGuid(4), ["urgentie"] = reader.GetString(5),
                ["status"] = reader.GetString(6), ["geregistreerdOp"] = reader.GetFieldValue<DateTimeOffset>(7),
            });
        }
    }

    await VoegOverdrachtenToe(connection, regels, http.RequestAborted);
    await SchrijfAudit(connection, null, "Intake.Aanmeldingen.ZoekAanmeldingen+Query", "Lijst van aanmeldingen ingezien",
        regels.Select(r => (Guid?)r["inwonerId"]), http.RequestAborted);
    return Results.Json(new { totaal, pagina = pagina ?? 1, paginaGrootte = grootte, resultaten = regels }, json);
});

// The sociale kaart search with a word and two filters (leefgebied, kern): the slice's statement for that case.
app.MapGet("/api/v1/sociale-kaart/voorzieningen", async (string? zoek, string? leefgebied, string? kern, HttpContext http) =>
{
    if (!MetSleutel(http))
    {
        return Results.Unauthorized();
    }

    if (zoek is null || leefgebied is null || kern is null)
    {
        return Results.BadRequest();
    }

    var tsquery = string.Join(" & ", zoek.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant() + ":*"));
    await using var connection = await socialeKaart.OpenConnectionAsync(http.RequestAborted);
    await using var batch = new NpgsqlBatch(connection);
    batch.BatchCommands.Add(new NpgsqlBatchCommand(RlsAlles));
    var zoekopdracht = new NpgsqlBatchCommand(Zoek);
    zoekopdracht.Parameters.Add(new NpgsqlParameter { Value = tsquery });
    zoekopdracht.Parameters.Add(new NpgsqlParameter { Value = leefgebied });
    zoekopdracht.Parameters.Add(new NpgsqlParameter { Value = kern });
    zoekopdracht.Parameters.Add(new NpgsqlParameter { Value = 20 });
    batch.BatchCommands.Add(zoekopdracht);
    var regels = new List<object>();
    long totaal = 0;
    await using (var reader = await batch.ExecuteReaderAsync(http.RequestAborted))
    {
        await reader.NextResultAsync();
        while (await reader.ReadAsync())
        {
            totaal = reader.GetInt64(9);
            regels.Add(new
            {
                id = reader.GetGuid(0), naam = reader.GetString(1), organisatie = reader.GetString(2), omschrijving = reader.GetString(3),
                leefgebieden = reader.GetFieldValue<string[]>(4), doelgroepen = reader.GetFieldValue<string[]>(5), kosteloos = reader.GetBoolean(6),
                soort = reader.GetString(7), kernen = reader.GetFieldValue<string[]>(8),
            });
        }
    }

    return Results.Json(new { totaal, pagina = 1, paginaGrootte = 20, resultaten = regels }, json);
});

// The werkvoorraad page for a signed-in user: the same rows and audit rows as the host's page, as a plain HTML table.
app.MapGet("/werkvoorraad", async (HttpContext http) =>
{
    if (cookie.Length == 0 || http.Request.Headers.Cookie.ToString() != cookie)
    {
        return Results.Redirect("/inloggen");
    }

    await using var connection = await intake.OpenConnectionAsync(http.RequestAborted);
    var regels = new List<Dictionary<string, object?>>();
    long totaal;
    await using (var batch = new NpgsqlBatch(connection))
    {
        batch.BatchCommands.Add(new NpgsqlBatchCommand(RlsAlles));
        batch.BatchCommands.Add(new NpgsqlBatchCommand(Werkvoorraad.Split(';')[0]));
        batch.BatchCommands.Add(new NpgsqlBatchCommand(Werkvoorraad.Split(';')[1]));
        await using var reader = await batch.ExecuteReaderAsync(http.RequestAborted);
        await reader.NextResultAsync();
        await reader.ReadAsync();
        totaal = reader.GetInt64(0);
        await reader.NextResultAsync();
        while (await reader.ReadAsync())
        {
            regels.Add(new()
            {
                ["id"] = reader.GetGuid(0), ["kanaal"] = reader.GetString(1), ["bron"] = reader.GetString(2), ["vraag"] = reader.GetString(3),
                ["inwonerId"] = reader.IsDBNull(4) ? null : reader.GetGuid(4), ["urgentie"] = reader.GetString(5),
                ["geregistreerdOp"] = reader.GetFieldValue<DateTimeOffset>(6), ["behandelaar"] = reader.IsDBNull(7) ? null : reader.GetString(7),
                ["status"] = reader.GetString(8),
            });
        }
    }

    await VoegOverdrachtenToe(connection, regels, http.RequestAborted);
    await SchrijfAudit(connection, null, "Intake.Aanmeldingen.GeefWerkvoorraad+Query", "Werkvoorraad van het loket ingezien",
        regels.Select(r => (Guid?)r["inwonerId"]), http.RequestAborted);
    var html = new StringBuilder(16_384);
    html.Append("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Werkvoorraad loket</title></head><body><main>")
        .Append(CultureInfo.InvariantCulture, $"<h1>Werkvoorraad loket</h1><p>{totaal} aanmeldingen</p><table><thead><tr>")
        .Append("<th>Binnengekomen</th><th>Kanaal</th><th>Bron</th><th>Vraag</th><th>Urgentie</th><th>Behandelaar</th><th>Overdrachten</th></tr></thead><tbody>");
    foreach (var r in regels)
    {
        html.Append("<tr><td>").Append(WebUtility.HtmlEncode(((DateTimeOffset)r["geregistreerdOp"]!).ToString("d-M-yyyy HH:mm", CultureInfo.GetCultureInfo("nl-NL"))))
            .Append("</td><td>").Append(WebUtility.HtmlEncode((string)r["kanaal"]!))
            .Append("</td><td>").Append(WebUtility.HtmlEncode((string)r["bron"]!))
            .Append("</td><td><a href=\"/aanmeldingen/").Append(r["id"]).Append("\">").Append(WebUtility.HtmlEncode((string)r["vraag"]!)).Append("</a>")
            .Append("</td><td>").Append(WebUtility.HtmlEncode((string)r["urgentie"]!))
            .Append("</td><td>").Append(WebUtility.HtmlEncode((string?)r["behandelaar"] ?? "vrij"))
            .Append("</td><td>").Append(r["overdrachten"]).Append("</td></tr>");
    }

    html.Append("</tbody></table></main></body></html>");
    return Results.Content(html.ToString(), "text/html; charset=utf-8");
});

app.MapGet("/health/ready", () => Results.Text("Healthy"));
await app.RunAsync();
return;

async Task<IResult> Registreer(HttpContext http, bool volledig)
{
    if (!MetSleutel(http))
    {
        return Results.Unauthorized();
    }

    var verzoek = await http.Request.ReadFromJsonAsync<Aanmelding>(json, http.RequestAborted);
    if (verzoek is not { Kanaal.Length: > 0, Bron.Length: > 0, Vraag.Length: > 0 and <= 4000, Urgentie.Length: > 0 }
        || (verzoek.Onderwerpen ?? []).Any(o => !leefgebieden.Contains(o)))
    {
        return Results.ValidationProblem(new Dictionary<string, string[]> { ["vraag"] = ["Controleer de aanmelding."] });
    }

    var id = Guid.CreateVersion7();
    var nu = DateTimeOffset.UtcNow;
    const string Door = "API-sleutel (baseline)";
    await using var connection = await intake.OpenConnectionAsync(http.RequestAborted);
    await using var transaction = await connection.BeginTransactionAsync(http.RequestAborted);
    await using var batch = new NpgsqlBatch(connection, transaction);
    batch.BatchCommands.Add(new NpgsqlBatchCommand(RlsAlles));
    batch.BatchCommands.Add(Opdracht(InsertAanmelding, id, verzoek.Kanaal, verzoek.Bron, verzoek.Vraag.Trim(), verzoek.Urgentie, nu,
        (verzoek.Onderwerpen ?? []).Distinct().ToArray(), verzoek.TransparantieGegeven, Door,
        verzoek.TransparantieGegeven ? nu : (object)DBNull.Value));
    batch.BatchCommands.Add(Opdracht(InsertContactmoment, Guid.CreateVersion7(), id, verzoek.Kanaal, nu, Door));
    if (volledig)
    {
        var gebeurtenis = Guid.CreateVersion7();
        var payload = JsonSerializer.Serialize(new
        {
            eventId = gebeurtenis, occurredAt = nu, aanmeldingId = id, inwonerId = (Guid?)null, kanaal = verzoek.Kanaal, bron = verzoek.Bron,
            urgentie = verzoek.Urgentie,
        });
        batch.BatchCommands.Add(Opdracht(InsertOutbox, gebeurtenis, "Nijkerk.SociaalDomein.Intake.Contracts.AanmeldingGeregistreerd", payload, nu));
        batch.BatchCommands.Add(new NpgsqlBatchCommand(Notify));
        batch.BatchCommands.Add(AuditOpdracht("Intake.Aanmeldingen.RegistreerAanmelding+Command", "Aanmelding geregistreerd", [null]));
    }

    await batch.ExecuteNonQueryAsync(http.RequestAborted);
    await transaction.CommitAsync(http.RequestAborted);
    return Results.Json(new { id }, json, statusCode: StatusCodes.Status201Created);
}

async Task<IResult> LeesInwonerAsync(HttpContext http, Guid id, bool volledig)
{
    if (!MetSleutel(http))
    {
        return Results.Unauthorized();
    }

    await using var connection = await intake.OpenConnectionAsync(http.RequestAborted);
    Dictionary<string, object?>? inwoner = null;
    await using (var batch = new NpgsqlBatch(connection))
    {
        batch.BatchCommands.Add(new NpgsqlBatchCommand(RlsAlles));
        batch.BatchCommands.Add(Opdracht(LeesInwoner, id));
        await using var reader = await batch.ExecuteReaderAsync(http.RequestAborted);
        await reader.NextResultAsync();
        if (await reader.ReadAsync())
        {
            inwoner = new Dictionary<string, object?>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                inwoner[Veld(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
        }
    }

    if (inwoner is null)
    {
        return Results.Problem(statusCode: 404, detail: "Er is geen inwoner met deze id.");
    }

    if (volledig)
    {
        await SchrijfAudit(connection, null, "Intake.Inwoners.GeefInwoner+Query", "Gegevens van de inwoner ingezien", [id], http.RequestAborted);
    }

    http.Response.Headers.ETag = $"\"{inwoner["versie"]}\"";
    return Results.Json(inwoner, json);
}

static string Veld(int i) => i switch
{
    0 => "id", 1 => "voornamen", 2 => "voorvoegsel", 3 => "achternaam", 4 => "geboortedatum", 5 => "straat", 6 => "huisnummer",
    7 => "huisnummerToevoeging", 8 => "postcode", 9 => "woonplaats", 10 => "bsnBekend", 11 => "geregistreerdOp", 12 => "kern",
    13 => "telefoon", 14 => "email", 15 => "voorkeurskanaal", 16 => "taal", 17 => "ondersteuningsbehoefte", 18 => "geregistreerdDoor",
    19 => "gewijzigdOp", 20 => "gewijzigdDoor", _ => "versie",
};

async Task VoegOverdrachtenToe(NpgsqlConnection connection, List<Dictionary<string, object?>> regels, CancellationToken ct)
{
    if (regels.Count == 0)
    {
        return;
    }

    await using var command = new NpgsqlCommand(Overdrachten, connection);
    command.Parameters.Add(new NpgsqlParameter { Value = regels.Select(r => (Guid)r["id"]!).ToArray() });
    var aantal = new Dictionary<Guid, int>();
    await using var reader = await command.ExecuteReaderAsync(ct);
    while (await reader.ReadAsync(ct))
    {
        var aanmelding = reader.GetGuid(1);
        aantal[aanmelding] = aantal.GetValueOrDefault(aanmelding) + 1;
    }

    foreach (var r in regels)
    {
        r["overdrachten"] = aantal.GetValueOrDefault((Guid)r["id"]!);
    }
}

Task SchrijfAudit(NpgsqlConnection connection, NpgsqlTransaction? transaction, string handeling, string omschrijving, IEnumerable<Guid?> personen, CancellationToken ct)
{
    var command = AuditOpdracht(handeling, omschrijving, personen);
    var uitvoering = new NpgsqlCommand(command.CommandText, connection, transaction);
    foreach (NpgsqlParameter p in command.Parameters)
    {
        uitvoering.Parameters.Add(p.Clone());
    }

    return Voer(uitvoering, ct);

    static async Task Voer(NpgsqlCommand c, CancellationToken ct)
    {
        await using (c)
        {
            await c.ExecuteNonQueryAsync(ct);
        }
    }
}

NpgsqlBatchCommand AuditOpdracht(string handeling, string omschrijving, IEnumerable<Guid?> betrokken)
{
    var personen = betrokken.Distinct().ToList();
    if (personen.Count == 0)
    {
        personen.Add(null);
    }

    return Opdracht(Audit, DateTimeOffset.UtcNow, "baseline", "API-sleutel (baseline)", "ApiClient", handeling, omschrijving, Doel,
        personen.Select(_ => Guid.CreateVersion7()).ToArray(),
        new NpgsqlParameter { Value = personen.Select(p => p ?? (object)DBNull.Value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
}

static NpgsqlBatchCommand Opdracht(string sql, params object?[] waarden)
{
    var command = new NpgsqlBatchCommand(sql);
    foreach (var waarde in waarden)
    {
        command.Parameters.Add(waarde as NpgsqlParameter ?? new NpgsqlParameter { Value = waarde ?? DBNull.Value });
    }

    return command;
}

bool MetSleutel(HttpContext http) =>
    CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(http.Request.Headers["X-Api-Key"].ToString()), Encoding.UTF8.GetBytes(sleutel));

// The module role as the host signs in: nsd_<schema>, its password derived from the role secret.
NpgsqlDataSource Bron(string schema)
{
    var rol = "nsd_" + schema;
    var wachtwoord = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(geheim), Encoding.UTF8.GetBytes(rol)))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');
    return NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(admin)
    {
        Username = rol, Password = wachtwoord, ApplicationName = "baseline-" + schema, MaxAutoPrepare = 100, AutoPrepareMinUsages = 2,
    }.ConnectionString);
}

internal sealed record Aanmelding(string? Kanaal, string? Bron, string? Vraag, string? Urgentie, string[]? Onderwerpen, bool TransparantieGegeven);
