using Bogus;
using Dapper;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Microsoft.Extensions.Logging;
using Nijkerk.SociaalDomein.BuildingBlocks.Demo;
using Nijkerk.SociaalDomein.Intake.Aanmeldingen;
using Nijkerk.SociaalDomein.Intake.Inwoners;

namespace Nijkerk.SociaalDomein.Intake.Demo;

/// <summary>
/// Fictitious inhabitants and aanmeldingen for a local demo, generated with Bogus (locale nl) and written through
/// the same commands the desk uses. Runs only when the intake register is still empty.
/// </summary>
internal sealed class IntakeDemoData(IMediator mediator, ModuleDb<IntakeModule> intake, ILogger<IntakeDemoData> logger) : IDemoData
{
    private static readonly string[] Kernen = ["Nijkerk", "Nijkerkerveen", "Hoevelaken"];

    private static readonly string[] Talen = ["Nederlands", "Arabisch", "Tigrinya", "Turks", "Pools", "Oekraïens"];

    private static readonly string[] Ondersteuning =
    [
        "Slechthorend: liever face-to-face of schriftelijk",
        "Laaggeletterd: brieven samen doornemen",
        "Slechtziend: grote letters of telefonisch",
    ];

    private static readonly string[] Onderwerpen = ["financien", "huisvesting", "huiselijke-relaties", "geestelijke-gezondheid", "sociaal-netwerk", "werk-opleiding"];

    // Partners that send signals to the loket in Nijkerk (domain.md); the persons in the demo stay fictitious.
    private static readonly string[] Partners = ["Sigma", "Huisartsenpraktijk De Brink", "Basisschool De Wegwijzer", "Diaconaal Beraad Nijkerk", "MEE Veluwe"];

    private static readonly string[] Vragen =
    [
        "Ik krijg de huur niet meer betaald en er liggen rekeningen die ik niet open durf te maken.",
        "Mijn vader (84) redt het niet meer alleen thuis; hij valt vaak en eet slecht.",
        "Onze zoon gaat niet meer naar school en zit de hele dag op zijn kamer.",
        "Ik ben mijn baan kwijt en weet niet hoe ik een uitkering aanvraag.",
        "Ik heb hulp nodig bij het invullen van formulieren van de Belastingdienst.",
        "Sinds mijn scheiding heb ik schulden en ik slaap er niet meer van.",
        "Ik zorg voor mijn zieke partner en kan het niet meer aan.",
        "Wij zijn statushouder en zoeken hulp bij taal en werk.",
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using (var connection = await intake.OpenAsync(cancellationToken))
        {
            if (await connection.ExecuteScalarAsync<bool>("select exists (select 1 from intake.aanmelding)"))
            {
                return;
            }
        }

        Randomizer.Seed = new Random(2026);
        var faker = new Faker("nl");
        var kanalen = Keuzes.Kanalen.Keys.ToArray();
        var bronnen = Keuzes.Bronnen.Keys.ToArray();
        for (var i = 0; i < 40; i++)
        {
            var kern = faker.PickRandom(Kernen);
            var voorkeur = faker.PickRandom(InwonerRegels.Voorkeurskanalen.Keys.ToArray());
            var taal = faker.Random.WeightedRandom(Talen, [0.8f, 0.06f, 0.05f, 0.04f, 0.03f, 0.02f]);
            var inwonerId = await mediator.Send(new RegistreerInwoner.Command
            {
                Voornamen = faker.Name.FirstName(),
                Voorvoegsel = faker.Random.Bool(0.3f) ? faker.PickRandom("van", "de", "van der", "van den") : null,
                Achternaam = faker.Name.LastName(),
                Geboortedatum = DateOnly.FromDateTime(faker.Date.Past(80, new DateTime(2006, 1, 1, 0, 0, 0, DateTimeKind.Utc))),
                Straat = faker.Address.StreetName(),
                Huisnummer = faker.Random.Int(1, 250),
                HuisnummerToevoeging = faker.Random.Bool(0.1f) ? faker.PickRandom("a", "b", "bis") : null,
                Postcode = $"{faker.Random.Int(3860, 3871)} {faker.Random.String2(2, "ABCDEFGHJKLMNPRSTVWXZ")}",
                Woonplaats = kern,
                Kern = kern,
                Telefoon = $"06 {faker.Random.Int(10000000, 99999999)}",
                Email = faker.Random.Bool(0.7f) || voorkeur == "e-mail" ? faker.Internet.Email(provider: "voorbeeld.nl") : null,
                Voorkeurskanaal = voorkeur,
                Taal = taal,
                Ondersteuningsbehoefte = taal == "Nederlands"
                    ? faker.Random.Bool(0.15f) ? faker.PickRandom(Ondersteuning) : null
                    : "Tolk nodig (" + taal + ")",
                NieuwOndanksGelijkenis = true,
            }, cancellationToken);
            var bron = faker.PickRandom(bronnen);
            var signaal = Keuzes.PartnerBronnen.Contains(bron);
            var aanmeldingId = await mediator.Send(new RegistreerAanmelding.Command(
                faker.PickRandom(kanalen), bron, faker.PickRandom(Vragen),
                faker.Random.Bool(0.8f) ? inwonerId : null, faker.Random.WeightedRandom(["normaal", "hoog", "crisis"], [0.8f, 0.17f, 0.03f]),
                Onderwerpen: [.. faker.PickRandom(Onderwerpen, faker.Random.Int(1, 2))],
                Melder: signaal ? new RegistreerAanmelding.Melder(faker.Name.FullName(), null, null, faker.PickRandom(Partners)) : null,
                InwonerOpDeHoogte: signaal ? true : null,
                InwonerStemtIn: signaal ? faker.Random.Bool(0.8f) : null,
                TransparantieGegeven: faker.Random.Bool(0.9f)),
                cancellationToken);
            if (i % 3 == 0)
            {
                await mediator.Send(new ZetAanmeldingDoor.Command(aanmeldingId), cancellationToken);
            }
        }

        logger.LogInformation("Demo data written: 40 fictitious inhabitants with contact details and an aanmelding each");
    }
}
