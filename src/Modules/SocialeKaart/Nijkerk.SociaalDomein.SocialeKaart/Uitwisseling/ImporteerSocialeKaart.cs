using Dapper;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.SocialeKaart.Contracts;
using Nijkerk.SociaalDomein.Vraagverheldering.Contracts;

namespace Nijkerk.SociaalDomein.SocialeKaart.Uitwisseling;

/// <summary>
/// Reads an Open Referral HSDS document into the sociale kaart: every record is checked first; one refused record
/// refuses the file and nothing is written. Otherwise each record is created or updated by its id, in one transaction;
/// what is not in the file stays as it is.
/// </summary>
internal static class ImporteerSocialeKaart
{
    /// <summary>A directory of a large city runs to a few MB of HSDS; the host's 1 MB limit is for everything else.</summary>
    public const long MaximaleGrootte = 20_000_000;

    [Vereist(SocialeKaartRechten.Beheren)]
    [GeenPersoonsgegevens]
    public sealed record Command(HsdsDocument? Document) : ICommand<Importverslag>;

    /// <summary>Per record of the file what was (or, when <paramref name="Doorgevoerd"/> is false, would have been) done.</summary>
    public sealed record Importverslag(
        bool Doorgevoerd, int Aangemaakt, int Bijgewerkt, int Ongewijzigd, int Geweigerd, IReadOnlyList<Verslagregel> Records);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.Document)
                .Must(d => d is not null && (d.Organizations ?? d.Services ?? d.Locations ?? (object?)d.ServiceAtLocations ?? d.Schedules) is not null)
                .WithMessage("Stuur een Open Referral HSDS-document: een object met organizations, services, locations, service_at_locations en schedules.");
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, IMediator mediator) : IRequestHandler<Command, Importverslag>
    {
        // Two imports at once would each compare the file with a kaart the other is changing.
        private const string Vergrendel = "select pg_advisory_xact_lock(hashtext('sociale_kaart.import'))";

        private const string Organisatie = """
            insert into sociale_kaart.organisatie (id, naam, omschrijving, telefoon, email, website, laatst_gecontroleerd, gearchiveerd_op)
            values (@Id, @Naam, @Omschrijving, @Telefoon, @Email, @Website, @LaatstGecontroleerd, case when @Gearchiveerd then @Nu end)
            on conflict (id) do update set naam = excluded.naam, omschrijving = excluded.omschrijving, telefoon = excluded.telefoon,
                email = excluded.email, website = excluded.website, laatst_gecontroleerd = excluded.laatst_gecontroleerd,
                gearchiveerd_op = case when @Gearchiveerd then coalesce(organisatie.gearchiveerd_op, @Nu) end, versie = organisatie.versie + 1
            """;

        private const string Locatie = """
            insert into sociale_kaart.locatie (id, organisatie_id, naam, straat, huisnummer, postcode, plaats, kern)
            values (@Id, @OrganisatieId, @Naam, @Straat, @Huisnummer, @Postcode, @Plaats, @Kern)
            on conflict (id) do update set organisatie_id = excluded.organisatie_id, naam = excluded.naam, straat = excluded.straat,
                huisnummer = excluded.huisnummer, postcode = excluded.postcode, plaats = excluded.plaats, kern = excluded.kern
            """;

        private const string Voorziening = """
            insert into sociale_kaart.voorziening (id, organisatie_id, naam, omschrijving, leefgebieden, themas, doelgroepen, kosteloos, soort, aanvragen,
                verwijzing_nodig, laatst_gecontroleerd, gearchiveerd_op)
            values (@Id, @OrganisatieId, @Naam, @Omschrijving, @Leefgebieden, @Themas, @Doelgroepen, @Kosteloos, @Soort, @Aanvragen,
                @VerwijzingNodig, @LaatstGecontroleerd, case when @Gearchiveerd then @Nu end)
            on conflict (id) do update set organisatie_id = excluded.organisatie_id, naam = excluded.naam, omschrijving = excluded.omschrijving,
                leefgebieden = excluded.leefgebieden, themas = excluded.themas, doelgroepen = excluded.doelgroepen, kosteloos = excluded.kosteloos,
                soort = excluded.soort, aanvragen = excluded.aanvragen, verwijzing_nodig = excluded.verwijzing_nodig,
                laatst_gecontroleerd = excluded.laatst_gecontroleerd,
                gearchiveerd_op = case when @Gearchiveerd then coalesce(voorziening.gearchiveerd_op, @Nu) end, versie = voorziening.versie + 1
            returning versie
            """;

        // A service in the file brings its whole set of locations, opening hours and closed days.
        private const string WisOnderdelen = """
            delete from sociale_kaart.openingstijd where voorziening_id = @Id;
            delete from sociale_kaart.sluitingsdag where voorziening_id = @Id;
            delete from sociale_kaart.voorziening_locatie where voorziening_id = @Id;
            """;

        private const string Koppeling = "insert into sociale_kaart.voorziening_locatie (voorziening_id, locatie_id) values (@VoorzieningId, @LocatieId)";

        private const string Openingstijd = """
            insert into sociale_kaart.openingstijd (id, voorziening_id, locatie_id, weekdag, van, tot, soort)
            values (@Id, @VoorzieningId, @LocatieId, @Weekdag, @Van, @Tot, @Soort)
            """;

        private const string Sluitingsdag = "insert into sociale_kaart.sluitingsdag (voorziening_id, datum, omschrijving) values (@VoorzieningId, @Datum, @Omschrijving)";

        public async Task<Importverslag> Handle(Command command, CancellationToken cancellationToken)
        {
            await session.ExecuteAsync(Vergrendel);
            var nu = clock.GetUtcNow();
            var bestaand = await Kaart.LaadAsync(session.Connection, session.Transaction);
            var leefgebieden = (await mediator.Send(new GeefLeefgebieden(), cancellationToken)).Select(l => l.Code).ToHashSet();
            var bestand = new Importbestand(command.Document!, bestaand, leefgebieden, DateOnly.FromDateTime(nu.UtcDateTime));
            var vergelijking = new Vergelijking(bestaand, bestand);
            var records = bestand.Records.Select(r => r.Rij is null ? r.Regel : vergelijking.Beoordeel(r.Regel, r.Rij)).ToList();
            var geweigerd = records.Any(r => r.Uitkomst == Uitkomsten.Geweigerd);
            if (!geweigerd)
            {
                await SchrijfAsync(bestand, vergelijking, records, nu);
            }

            return new Importverslag(!geweigerd, Tel(Uitkomsten.Aangemaakt), Tel(Uitkomsten.Bijgewerkt), Tel(Uitkomsten.Ongewijzigd), Tel(Uitkomsten.Geweigerd), records);

            int Tel(string uitkomst) => records.Count(r => r.Uitkomst == uitkomst);
        }

        private async Task SchrijfAsync(Importbestand bestand, Vergelijking vergelijking, List<Verslagregel> records, DateTimeOffset nu)
        {
            var gewijzigd = records.Where(r => r.Uitkomst is Uitkomsten.Aangemaakt or Uitkomsten.Bijgewerkt)
                .Select(r => (r.Type, Id: Guid.Parse(r.Id!))).ToHashSet();
            foreach (var o in bestand.Organisaties.Where(o => gewijzigd.Contains(("organization", o.Id))))
            {
                await session.ExecuteAsync(Organisatie, Met(o, nu));
            }

            foreach (var l in bestand.Locaties.Where(l => gewijzigd.Contains(("location", l.Id))))
            {
                await session.ExecuteAsync(Locatie, l);
            }

            foreach (var v in bestand.Voorzieningen.Where(v => gewijzigd.Contains(("service", v.Id))))
            {
                var versie = await session.QuerySingleOrDefaultAsync<int>(Voorziening, Met(v, nu));
                if (vergelijking.OnderdelenGewijzigd(v.Id))
                {
                    await session.ExecuteAsync(WisOnderdelen, new { v.Id });
                    await session.ExecuteAsync(Koppeling, vergelijking.Nieuw.Koppelingen[v.Id]);
                    await session.ExecuteAsync(Openingstijd, vergelijking.Nieuw.Openingstijden[v.Id]);
                    await session.ExecuteAsync(Sluitingsdag, vergelijking.Nieuw.Sluitingsdagen[v.Id]);
                }

                await session.RaiseAsync(new VoorzieningGewijzigd(Guid.CreateVersion7(), nu, v.Id, versie, v.Gearchiveerd));
            }
        }

        private static DynamicParameters Met(object rij, DateTimeOffset nu)
        {
            var parameters = new DynamicParameters(rij);
            parameters.Add("Nu", nu);
            return parameters;
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/sociale-kaart/import", async Task<Results<Ok<Importverslag>, ProblemHttpResult>> (
                HsdsDocument? document, IMediator mediator, CancellationToken ct) =>
            {
                var verslag = await mediator.Send(new Command(document), ct);
                return verslag.Doorgevoerd
                    ? TypedResults.Ok(verslag)
                    : TypedResults.Problem(
                        "Het bestand is niet ingelezen: een of meer records zijn geweigerd (zie verslag). Er is niets gewijzigd.",
                        statusCode: StatusCodes.Status422UnprocessableEntity,
                        title: "Import geweigerd",
                        type: "https://nijkerk.nl/api/problemen/422",
                        extensions: new Dictionary<string, object?> { ["verslag"] = verslag });
            })
            .WithMetadata(new RequestSizeLimitAttribute(MaximaleGrootte))
            .WithName("importeerSocialeKaart")
            .WithTags("Sociale kaart")
            .WithSummary("Importeer een sociale kaart in Open Referral HSDS")
            .WithDescription(
                "Leest een Open Referral HSDS 3.0-document (zoals GET /sociale-kaart/export het geeft, ten hoogste 20 MB) in. Eerst wordt elk record " +
                "gecontroleerd; is er één geweigerd, dan verandert er niets en volgt 422 met in verslag per record (type, id, naam) de uitkomst en de " +
                "reden. Het document bevat ten minste één van de vijf lijsten (organizations, services, locations, service_at_locations, " +
                "schedules); elke lijst mag ontbreken. Anders wordt elk record op id aangemaakt of bijgewerkt, in één transactie; wat niet in het bestand staat blijft zoals het is. " +
                "Een service brengt haar service_at_locations en schedules mee: die vervangen wat er was. Het antwoord noemt per record " +
                "aangemaakt, bijgewerkt of ongewijzigd.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
