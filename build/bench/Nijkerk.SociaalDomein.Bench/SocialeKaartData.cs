using Bogus;
using Npgsql;
using NpgsqlTypes;

namespace Nijkerk.SociaalDomein.Bench;

/// <summary>Generates a large fictitious sociale kaart with Bogus (locale nl), written with COPY.</summary>
internal static class SocialeKaartData
{
    private static readonly string[] Leefgebieden =
        ["financien", "werk-opleiding", "tijdsbesteding", "huisvesting", "huiselijke-relaties", "geestelijke-gezondheid",
         "lichamelijke-gezondheid", "middelengebruik", "basale-adl", "instrumentele-adl", "sociaal-netwerk", "maatschappelijke-participatie", "justitie"];

    private static readonly string[] Doelgroepen = ["jeugd", "volwassenen", "ouderen", "mantelzorgers", "statushouders", "mensen-met-een-beperking"];
    private static readonly string[] Soorten = ["algemene-voorziening", "voorliggend-veld", "lokaal-initiatief", "gemeentelijk-team", "zorgaanbieder"];
    private static readonly string[] Kernen = ["Nijkerk", "Nijkerkerveen", "Hoevelaken"];
    private static readonly string[] Onderwerpen =
        ["schuldhulp", "budgetcoaching", "formulierhulp", "mantelzorg", "maatjes", "taalles", "jongerenwerk", "ouderenadvies", "buurthuis",
         "voedselhulp", "woonbegeleiding", "thuisadministratie", "sportclub", "opvoedsteun", "vervoer", "klussendienst", "inloop", "rouwverwerking"];

    public static async Task VulAsync(string connectionString, int organisaties, int voorzieningen)
    {
        Randomizer.Seed = new Random(42);
        var faker = new Faker("nl");
        var orgIds = Enumerable.Range(0, organisaties).Select(_ => Guid.CreateVersion7()).ToArray();
        var locaties = orgIds.Select(o => (Id: Guid.CreateVersion7(), Org: o, Kern: faker.PickRandom(Kernen))).ToArray();
        var locatieVan = locaties.ToDictionary(l => l.Org);

        // Generous: linking 50,000 voorzieningen to their locaties rewrites each one (kernen, and with it zoekfilter).
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 600 }.ConnectionString);
        await connection.OpenAsync();
        await using (var copy = await connection.BeginBinaryImportAsync(
            "copy sociale_kaart.organisatie (id, naam, omschrijving, laatst_gecontroleerd) from stdin (format binary)"))
        {
            foreach (var id in orgIds)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(faker.Company.CompanyName(), NpgsqlDbType.Text);
                await copy.WriteAsync(faker.Company.CatchPhrase(), NpgsqlDbType.Text);
                await copy.WriteAsync(DateOnly.FromDateTime(faker.Date.Past(2)), NpgsqlDbType.Date);
            }

            await copy.CompleteAsync();
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "copy sociale_kaart.locatie (id, organisatie_id, naam, plaats, kern) from stdin (format binary)"))
        {
            foreach (var l in locaties)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(l.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(l.Org, NpgsqlDbType.Uuid);
                await copy.WriteAsync(faker.Address.StreetName(), NpgsqlDbType.Text);
                await copy.WriteAsync(l.Kern, NpgsqlDbType.Text);
                await copy.WriteAsync(l.Kern, NpgsqlDbType.Text);
            }

            await copy.CompleteAsync();
        }

        var rijen = Enumerable.Range(0, voorzieningen).Select(_ => (Id: Guid.CreateVersion7(), Org: faker.PickRandom(orgIds))).ToArray();
        await using (var copy = await connection.BeginBinaryImportAsync(
            """
            copy sociale_kaart.voorziening (id, organisatie_id, naam, omschrijving, leefgebieden, doelgroepen, kosteloos, soort, laatst_gecontroleerd)
            from stdin (format binary)
            """))
        {
            foreach (var (id, org) in rijen)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(org, NpgsqlDbType.Uuid);
                await copy.WriteAsync($"{faker.PickRandom(Onderwerpen)} {faker.Address.City()}", NpgsqlDbType.Text);
                await copy.WriteAsync($"{faker.Lorem.Sentence(12)} {faker.PickRandom(Onderwerpen)} {faker.Lorem.Sentence(8)}", NpgsqlDbType.Text);
                await copy.WriteAsync(faker.PickRandom(Leefgebieden, faker.Random.Int(1, 3)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync(faker.PickRandom(Doelgroepen, faker.Random.Int(1, 3)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await copy.WriteAsync(faker.Random.Bool(0.8f), NpgsqlDbType.Boolean);
                await copy.WriteAsync(faker.PickRandom(Soorten), NpgsqlDbType.Text);
                await copy.WriteAsync(DateOnly.FromDateTime(faker.Date.Past(2)), NpgsqlDbType.Date);
            }

            await copy.CompleteAsync();
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "copy sociale_kaart.voorziening_locatie (voorziening_id, locatie_id) from stdin (format binary)"))
        {
            foreach (var (id, org) in rijen)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(locatieVan[org].Id, NpgsqlDbType.Uuid);
            }

            await copy.CompleteAsync();
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "copy sociale_kaart.openingstijd (id, voorziening_id, locatie_id, weekdag, van, tot, soort) from stdin (format binary)"))
        {
            foreach (var (id, org) in rijen)
            {
                foreach (var dag in faker.PickRandom(Enumerable.Range(1, 7), faker.Random.Int(0, 5)))
                {
                    await copy.StartRowAsync();
                    await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                    await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(locatieVan[org].Id, NpgsqlDbType.Uuid);
                    await copy.WriteAsync((short)dag, NpgsqlDbType.Smallint);
                    await copy.WriteAsync(new TimeOnly(9, 0), NpgsqlDbType.Time);
                    await copy.WriteAsync(new TimeOnly(faker.Random.Int(12, 17), 0), NpgsqlDbType.Time);
                    await copy.WriteAsync(faker.PickRandom("inloop", "telefonisch", "spreekuur"), NpgsqlDbType.Text);
                }
            }

            await copy.CompleteAsync();
        }

        // As autovacuum would after a bulk load: the kernen triggers rewrote every voorziening once, and GIN indexes keep
        // new entries in a pending list until a vacuum merges them.
        await using var analyze = new NpgsqlCommand("vacuum analyze", connection) { CommandTimeout = 600 };
        await analyze.ExecuteNonQueryAsync();
    }
}
