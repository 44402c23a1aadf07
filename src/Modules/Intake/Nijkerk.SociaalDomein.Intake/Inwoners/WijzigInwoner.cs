using System.Text;
using Dapper;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake.Contracts;
using Npgsql;

namespace Nijkerk.SociaalDomein.Intake.Inwoners;

/// <summary>
/// The desk corrects or completes a person's data. The edit names the version it was based on (If-Match); when
/// someone else saved in between it is refused (412), never silently overwritten. The BSN is never read back, so an
/// empty BSN leaves the known one as it is; a BSN given sets or corrects it.
/// </summary>
internal static class WijzigInwoner
{
    [Vereist(IntakeRechten.InwonersSchrijven)]
    [Verwerking("Gegevens van de inwoner gewijzigd", IntakeDoelen.Intake)]
    public sealed record Command : Persoonsgegevens, ICommand<int>, IBetreftPersonen
    {
        /// <summary>The person's data as the body gives it, for this inwoner, based on this version (If-Match).</summary>
        public Command(Guid id, int versie, Persoonsgegevens gegevens)
            : base(gegevens)
        {
            Id = id;
            Versie = versie;
        }

        public Guid Id { get; }

        public int Versie { get; }

        public IEnumerable<Guid?> BetrokkenPersonen() => [Id];
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock) => Include(new InwonerGegevensValidator(clock));
    }

    private sealed record Opgeslagen(
        Guid? SamengevoegdIn, int Versie, string Voornamen, string? Voorvoegsel, string Achternaam, DateOnly Geboortedatum, string? Straat,
        int? Huisnummer, string? HuisnummerToevoeging, string? Postcode, string? Woonplaats, string? Kern, string? Telefoon, string? Email,
        string? Voorkeurskanaal, string? Taal, string? Ondersteuningsbehoefte, string? Bsn)
    {
        private bool PrintMembers(StringBuilder builder)
        {
            builder.Append($"SamengevoegdIn = {SamengevoegdIn}, Versie = {Versie}, Voornamen = {Voornamen}, Voorvoegsel = {Voorvoegsel}, ");
            builder.Append($"Achternaam = {Achternaam}, Geboortedatum = {Geboortedatum}, Straat = {Straat}, Huisnummer = {Huisnummer}, ");
            builder.Append($"HuisnummerToevoeging = {HuisnummerToevoeging}, Postcode = {Postcode}, Woonplaats = {Woonplaats}, Kern = {Kern}, ");
            builder.Append($"Telefoon = {Telefoon}, Email = {Email}, Voorkeurskanaal = {Voorkeurskanaal}, Taal = {Taal}, ");
            builder.Append($"Ondersteuningsbehoefte = {Ondersteuningsbehoefte}, Bsn = {Inwoners.Bsn.Verborgen(Bsn)}");
            return true;
        }
    }

    internal sealed class Handler(CommandSession session, ActorContext actor, TimeProvider clock) : IRequestHandler<Command, int>
    {
        private const string Laad = """
            select samengevoegd_in as SamengevoegdIn, versie as Versie, voornamen as Voornamen, voorvoegsel as Voorvoegsel,
                   achternaam as Achternaam, geboortedatum as Geboortedatum, straat as Straat, huisnummer as Huisnummer,
                   huisnummer_toevoeging as HuisnummerToevoeging, postcode as Postcode, woonplaats as Woonplaats, kern as Kern,
                   telefoon as Telefoon, email as Email, voorkeurskanaal as Voorkeurskanaal, taal as Taal,
                   ondersteuningsbehoefte as Ondersteuningsbehoefte, bsn as Bsn
            from intake.inwoner
            where id = @Id
            """;

        private const string BsnElders = "select id from intake.inwoner where bsn = @Bsn and id <> @Id";

        private const string Update = """
            update intake.inwoner
            set voornamen = @Voornamen, voorvoegsel = @Voorvoegsel, achternaam = @Achternaam, geboortedatum = @Geboortedatum,
                straat = @Straat, huisnummer = @Huisnummer, huisnummer_toevoeging = @HuisnummerToevoeging, postcode = @Postcode,
                woonplaats = @Woonplaats, kern = @Kern, telefoon = @Telefoon, email = @Email, voorkeurskanaal = @Voorkeurskanaal,
                taal = @Taal, ondersteuningsbehoefte = @Ondersteuningsbehoefte, bsn = @Bsn,
                versie = versie + 1, gewijzigd_op = @Nu, gewijzigd_door = @Door
            where id = @Id and versie = @Versie and samengevoegd_in is null
            """;

        public async Task<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var oud = await session.QuerySingleOrDefaultAsync<Opgeslagen>(Laad, new { command.Id });
            if (oud is null || oud.SamengevoegdIn is not null)
            {
                throw GeefInwoner.NietGevonden(oud?.SamengevoegdIn);
            }

            if (oud.Versie != command.Versie)
            {
                throw Verouderd();
            }

            var nieuw = new Opgeslagen(
                null, command.Versie, command.Voornamen!.Trim(), InwonerRegels.Leeg(command.Voorvoegsel), command.Achternaam!.Trim(),
                command.Geboortedatum!.Value, InwonerRegels.Leeg(command.Straat), command.Huisnummer, InwonerRegels.Leeg(command.HuisnummerToevoeging),
                InwonerRegels.NormaliseerPostcode(InwonerRegels.Leeg(command.Postcode)), InwonerRegels.Leeg(command.Woonplaats),
                InwonerRegels.Leeg(command.Kern), InwonerRegels.Leeg(command.Telefoon), InwonerRegels.Leeg(command.Email),
                InwonerRegels.Leeg(command.Voorkeurskanaal), InwonerRegels.Leeg(command.Taal), InwonerRegels.Leeg(command.Ondersteuningsbehoefte),
                InwonerRegels.Leeg(command.Bsn) ?? oud.Bsn?.Trim());
            var gewijzigd = GewijzigdeVelden(oud with { Bsn = oud.Bsn?.Trim() }, nieuw);
            if (gewijzigd.Count == 0)
            {
                return oud.Versie;
            }

            if (gewijzigd.Contains("bsn") && await session.QuerySingleOrDefaultAsync<Guid?>(BsnElders, new { nieuw.Bsn, command.Id }) is { } bekend)
            {
                throw new ConflictException("Er is al een andere inwoner met dit BSN geregistreerd.", bekend.ToString()) { BestaandeIsPersoon = true };
            }

            int bijgewerkt;
            try
            {
                bijgewerkt = await session.ExecuteAsync(Update, new
                {
                    command.Id,
                    command.Versie,
                    nieuw.Voornamen,
                    nieuw.Voorvoegsel,
                    nieuw.Achternaam,
                    nieuw.Geboortedatum,
                    nieuw.Straat,
                    nieuw.Huisnummer,
                    nieuw.HuisnummerToevoeging,
                    nieuw.Postcode,
                    nieuw.Woonplaats,
                    nieuw.Kern,
                    nieuw.Telefoon,
                    nieuw.Email,
                    nieuw.Voorkeurskanaal,
                    nieuw.Taal,
                    nieuw.Ondersteuningsbehoefte,
                    nieuw.Bsn,
                    Nu = clock.GetUtcNow(),
                    Door = actor.Huidig.Naam,
                });
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                // Another desk gave this BSN to someone else at the same moment; the unique index decided.
                throw new ConflictException("Er is al een andere inwoner met dit BSN geregistreerd.");
            }

            if (bijgewerkt == 0)
            {
                throw Verouderd();
            }

            await session.RaiseAsync(new InwonerGewijzigd(Guid.CreateVersion7(), clock.GetUtcNow(), command.Id, gewijzigd));
            return command.Versie + 1;
        }

        private static VerouderdeVersieException Verouderd() =>
            new("Iemand anders heeft deze gegevens intussen gewijzigd; bekijk de nieuwe gegevens en probeer het opnieuw.");

        /// <summary>Which fields differ, by their API names; the values themselves stay out of the event.</summary>
        private static List<string> GewijzigdeVelden(Opgeslagen oud, Opgeslagen nieuw)
        {
            var velden = new List<string>();
            void Vergelijk<T>(string naam, T a, T b)
            {
                if (!EqualityComparer<T>.Default.Equals(a, b))
                {
                    velden.Add(naam);
                }
            }

            Vergelijk("voornamen", oud.Voornamen, nieuw.Voornamen);
            Vergelijk("voorvoegsel", oud.Voorvoegsel, nieuw.Voorvoegsel);
            Vergelijk("achternaam", oud.Achternaam, nieuw.Achternaam);
            Vergelijk("geboortedatum", oud.Geboortedatum, nieuw.Geboortedatum);
            Vergelijk("straat", oud.Straat, nieuw.Straat);
            Vergelijk("huisnummer", oud.Huisnummer, nieuw.Huisnummer);
            Vergelijk("huisnummerToevoeging", oud.HuisnummerToevoeging, nieuw.HuisnummerToevoeging);
            Vergelijk("postcode", oud.Postcode, nieuw.Postcode);
            Vergelijk("woonplaats", oud.Woonplaats, nieuw.Woonplaats);
            Vergelijk("kern", oud.Kern, nieuw.Kern);
            Vergelijk("telefoon", oud.Telefoon, nieuw.Telefoon);
            Vergelijk("email", oud.Email, nieuw.Email);
            Vergelijk("voorkeurskanaal", oud.Voorkeurskanaal, nieuw.Voorkeurskanaal);
            Vergelijk("taal", oud.Taal, nieuw.Taal);
            Vergelijk("ondersteuningsbehoefte", oud.Ondersteuningsbehoefte, nieuw.Ondersteuningsbehoefte);
            Vergelijk("bsn", oud.Bsn, nieuw.Bsn);
            return velden;
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/inwoners/{id}", async Task<NoContent> (Guid id, Persoonsgegevens? wijziging, HttpRequest request, HttpResponse response,
                IMediator mediator, CancellationToken ct) =>
            {
                var versie = Versies.UitIfMatch(request);
                var nieuweVersie = await mediator.Send(new Command(id, versie, wijziging ?? new Persoonsgegevens()), ct);
                Versies.ZetETag(response, nieuweVersie);
                return TypedResults.NoContent();
            })
            .WithName("wijzigInwoner")
            .WithTags("Inwoners")
            .WithSummary("Wijzig een inwoner")
            .WithDescription("Vervangt de gegevens van een inwoner. Stuur in If-Match de ETag uit de GET: zonder If-Match 428, is de inwoner " +
                "intussen door iemand anders gewijzigd dan 412. Een leeg BSN laat het bekende BSN staan; een BSN dat een andere inwoner al heeft " +
                "geeft 409. Het antwoord draagt de nieuwe versie als ETag.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

}
