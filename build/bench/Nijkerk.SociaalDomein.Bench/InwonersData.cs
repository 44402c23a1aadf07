using Bogus;
using Npgsql;
using NpgsqlTypes;

namespace Nijkerk.SociaalDomein.Bench;

/// <summary>
/// Generates a large fictitious person register with Bogus (locale nl), written with COPY: unique BSNs that pass the
/// elfproef, names and birth dates spread like a city's. Returns a sample to search for.
/// </summary>
internal static class InwonersData
{
    private static readonly string[] Kernen = ["Nijkerk", "Nijkerkerveen", "Hoevelaken"];

    public sealed record Steekproef(string Bsn, string Achternaam, DateOnly Geboortedatum);

    public static async Task<IReadOnlyList<Steekproef>> VulAsync(string connectionString, int aantal, int steekproef)
    {
        Randomizer.Seed = new Random(7);
        var faker = new Faker("nl");
        // Bogus is slow per call; draw pools once and combine them, which still gives a realistic spread of names.
        var achternamen = Enumerable.Range(0, 20_000).Select(_ => faker.Name.LastName() + (faker.Random.Bool(0.3f) ? "-" + faker.Name.LastName() : "")).ToArray();
        var voornamen = Enumerable.Range(0, 2_000).Select(_ => faker.Name.FirstName()).ToArray();
        var straten = Enumerable.Range(0, 2_000).Select(_ => faker.Address.StreetName()).ToArray();
        var random = new Random(7);
        var begin = new DateOnly(1925, 1, 1);
        var nu = DateTime.UtcNow;
        var monsters = new List<Steekproef>(steekproef);
        var elke = aantal / steekproef;
        var volgnummer = 10_000_000;

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var copy = await connection.BeginBinaryImportAsync(
            """
            copy intake.inwoner (id, voornamen, voorvoegsel, achternaam, geboortedatum, straat, huisnummer, postcode, woonplaats, kern, bsn,
                telefoon, voorkeurskanaal, versie, geregistreerd_op, geregistreerd_door)
            from stdin (format binary)
            """))
        {
            for (var i = 0; i < aantal; i++)
            {
                var bsn = VolgendBsn(ref volgnummer);
                var achternaam = achternamen[random.Next(achternamen.Length)];
                var geboortedatum = begin.AddDays(random.Next(0, 365 * 100));
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await copy.WriteAsync(voornamen[random.Next(voornamen.Length)], NpgsqlDbType.Text);
                await copy.WriteAsync(random.Next(10) < 3 ? "van" : null, NpgsqlDbType.Text);
                await copy.WriteAsync(achternaam, NpgsqlDbType.Text);
                await copy.WriteAsync(geboortedatum, NpgsqlDbType.Date);
                await copy.WriteAsync(straten[random.Next(straten.Length)], NpgsqlDbType.Text);
                await copy.WriteAsync(random.Next(1, 400), NpgsqlDbType.Integer);
                await copy.WriteAsync($"{random.Next(1000, 9999)}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}", NpgsqlDbType.Text);
                var kern = Kernen[random.Next(Kernen.Length)];
                await copy.WriteAsync(kern, NpgsqlDbType.Text);
                await copy.WriteAsync(kern, NpgsqlDbType.Text);
                await copy.WriteAsync(bsn, NpgsqlDbType.Text);
                await copy.WriteAsync($"06 {random.Next(10_000_000, 99_999_999)}", NpgsqlDbType.Text);
                await copy.WriteAsync("telefoon", NpgsqlDbType.Text);
                await copy.WriteAsync(1, NpgsqlDbType.Integer);
                await copy.WriteAsync(nu, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync("bench", NpgsqlDbType.Text);
                if (i % elke == 0 && monsters.Count < steekproef)
                {
                    monsters.Add(new Steekproef(bsn, achternaam, geboortedatum));
                }
            }

            await copy.CompleteAsync();
        }

        await using var analyze = new NpgsqlCommand("analyze intake.inwoner", connection);
        await analyze.ExecuteNonQueryAsync();
        return monsters;
    }

    /// <summary>The next nine-digit number after <paramref name="volgnummer"/>'s eight that passes the elfproef; unique because the eight are.</summary>
    private static string VolgendBsn(ref int volgnummer)
    {
        while (true)
        {
            var acht = (volgnummer++).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
            var som = 0;
            for (var i = 0; i < 8; i++)
            {
                som += (9 - i) * (acht[i] - '0');
            }

            var controle = som % 11;
            if (controle < 10 && som - controle != 0)
            {
                return acht + (char)('0' + controle);
            }
        }
    }
}
