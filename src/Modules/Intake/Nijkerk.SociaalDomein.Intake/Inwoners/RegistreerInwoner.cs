using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Dapper;

namespace Nijkerk.SociaalDomein.Intake.Inwoners;

internal static class RegistreerInwoner
{
    /// <summary>
    /// A person as the desk registers him; the BSN is optional. A look-alike (same surname and date of birth, or same
    /// address and date of birth) is refused with the candidates, unless <see cref="NieuwOndanksGelijkenis"/> says the
    /// desk checked them and this is someone else.
    /// </summary>
    [Vereist(IntakeRechten.InwonersSchrijven)]
    [Verwerking("Inwoner geregistreerd", IntakeDoelen.Intake, ResultaatIsPersoon = true)]
    public sealed record Command : Persoonsgegevens, ICommand<Guid>
    {
        /// <summary>For the JSON body, whose fields are the person's.</summary>
        public Command()
        {
        }

        public Command(Persoonsgegevens gegevens, bool nieuwOndanksGelijkenis = false)
            : base(gegevens) => NieuwOndanksGelijkenis = nieuwOndanksGelijkenis;

        public bool NieuwOndanksGelijkenis { get; init; }

        /// <summary>The example in the API document.</summary>
        public static new Command Voorbeeld => new(Persoonsgegevens.Voorbeeld);
    }

    public sealed record Aangemaakt(Guid Id);

    /// <summary>A registered person who looks like the one being registered: only what the desk needs to choose.</summary>
    public sealed record Kandidaat(Guid Id, string Voornamen, string? Voorvoegsel, string Achternaam, DateOnly Geboortedatum);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock) => Include(new InwonerGegevensValidator(clock));
    }

    internal sealed class Handler(CommandSession session, ActorContext actor, TimeProvider clock) : IRequestHandler<Command, Guid>
    {
        // Race-safe for the BSN: the unique index decides, whoever checked first.
        private const string Insert = """
            insert into intake.inwoner (id, voornamen, voorvoegsel, achternaam, geboortedatum, straat, huisnummer,
                huisnummer_toevoeging, postcode, woonplaats, bsn, kern, telefoon, email, voorkeurskanaal, taal,
                ondersteuningsbehoefte, versie, geregistreerd_op, geregistreerd_door)
            values (@Id, @Voornamen, @Voorvoegsel, @Achternaam, @Geboortedatum, @Straat, @Huisnummer,
                @HuisnummerToevoeging, @Postcode, @Woonplaats, @Bsn, @Kern, @Telefoon, @Email, @Voorkeurskanaal, @Taal,
                @Ondersteuningsbehoefte, 1, @Nu, @Door)
            on conflict (bsn) do nothing
            """;

        // A merged record hands its BSN to the record it went up in, so a BSN is found on a live record.
        private const string BestaandMetBsn = "select id from intake.inwoner where bsn = @Bsn";

        private const string Gelijkenden = """
            select id as Id, voornamen as Voornamen, voorvoegsel as Voorvoegsel, achternaam as Achternaam, geboortedatum as Geboortedatum
            from intake.inwoner
            where samengevoegd_in is null
              and geboortedatum = @Geboortedatum
              and (lower(achternaam) = lower(@Achternaam)
                   or (@Postcode::text is not null and postcode = @Postcode and huisnummer = @Huisnummer
                       and coalesce(huisnummer_toevoeging, '') = coalesce(@HuisnummerToevoeging, '')))
            order by achternaam, voornamen, id
            limit 10
            """;

        public async Task<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var bsn = InwonerRegels.Leeg(command.Bsn) is { } waarde ? Inwoners.Bsn.Parse(waarde) : (Bsn?)null;
            var postcode = InwonerRegels.NormaliseerPostcode(InwonerRegels.Leeg(command.Postcode));
            if (bsn is { } metBsn && await session.QuerySingleOrDefaultAsync<Guid?>(BestaandMetBsn, new { Bsn = metBsn.Waarde }) is { } bekend)
            {
                throw BsnBestaat(bekend);
            }

            if (!command.NieuwOndanksGelijkenis)
            {
                var kandidaten = (await session.Connection.QueryAsync<Kandidaat>(Gelijkenden, new
                {
                    command.Geboortedatum,
                    Achternaam = command.Achternaam!.Trim(),
                    Postcode = command.Huisnummer is null ? null : postcode,
                    command.Huisnummer,
                    HuisnummerToevoeging = InwonerRegels.Leeg(command.HuisnummerToevoeging),
                }, session.Transaction)).ToList();
                // A key that may only write is still refused, but learns no names: else it could probe who is registered.
                if (kandidaten.Count > 0 && !actor.Huidig.Mag(IntakeRechten.InwonersLezen))
                {
                    throw new ConflictException(
                        "Er staat al een inwoner met dezelfde naam of hetzelfde adres en dezelfde geboortedatum geregistreerd. " +
                        "Laat iemand met leesrechten op inwoners nagaan of het dezelfde persoon is.");
                }

                if (kandidaten.Count > 0)
                {
                    throw new ConflictException(
                        "Er staat al een inwoner met dezelfde naam of hetzelfde adres en dezelfde geboortedatum geregistreerd. " +
                        "Gebruik die inwoner, of registreer toch een nieuwe met nieuwOndanksGelijkenis als het iemand anders is.")
                    {
                        Extra = new Dictionary<string, object?> { ["kandidaten"] = kandidaten },
                        OnthuldePersonen = [.. kandidaten.Select(k => k.Id)],
                    };
                }
            }

            var id = Guid.CreateVersion7();
            var inserted = await session.ExecuteAsync(Insert, new
            {
                Id = id,
                Voornamen = command.Voornamen!.Trim(),
                Voorvoegsel = InwonerRegels.Leeg(command.Voorvoegsel),
                Achternaam = command.Achternaam!.Trim(),
                command.Geboortedatum,
                Straat = InwonerRegels.Leeg(command.Straat),
                command.Huisnummer,
                HuisnummerToevoeging = InwonerRegels.Leeg(command.HuisnummerToevoeging),
                Postcode = postcode,
                Woonplaats = InwonerRegels.Leeg(command.Woonplaats),
                Bsn = bsn?.Waarde,
                Kern = InwonerRegels.Leeg(command.Kern),
                Telefoon = InwonerRegels.Leeg(command.Telefoon),
                Email = InwonerRegels.Leeg(command.Email),
                Voorkeurskanaal = InwonerRegels.Leeg(command.Voorkeurskanaal),
                Taal = InwonerRegels.Leeg(command.Taal),
                Ondersteuningsbehoefte = InwonerRegels.Leeg(command.Ondersteuningsbehoefte),
                Nu = clock.GetUtcNow(),
                Door = actor.Huidig.Naam,
            });
            if (inserted == 0)
            {
                throw BsnBestaat(await session.QuerySingleOrDefaultAsync<Guid>(BestaandMetBsn, new { Bsn = bsn!.Value.Waarde }));
            }

            return id;
        }

        // Who may not see BSNs must not learn whose BSN this is, or registering becomes a BSN lookup.
        private ConflictException BsnBestaat(Guid bestaande) =>
            actor.Huidig.Mag(IntakeRechten.BsnInzien)
                ? new("Er is al een inwoner met dit BSN geregistreerd; gebruik die.", bestaande.ToString()) { BestaandeIsPersoon = true }
                : new("Er is al een inwoner met dit BSN geregistreerd.");
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/inwoners", async Task<Created<Aangemaakt>> (Command? command, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(command ?? Leeg, ct);
                return TypedResults.Created($"/api/v1/inwoners/{id}", new Aangemaakt(id));
            })
            .WithName("registreerInwoner")
            .WithTags("Inwoners")
            .WithSummary("Registreer een inwoner")
            .WithDescription("Legt een inwoner vast in het personenregister van het loket. Een BSN is optioneel en wordt gecontroleerd met de elfproef; " +
                "een BSN dat al bekend is geeft 409, met bestaandeId (de id van de bestaande inwoner) alleen voor wie inwoners:bsn-inzien heeft. " +
                "Een inwoner met dezelfde achternaam en geboortedatum, of met hetzelfde adres (postcode, huisnummer, toevoeging) en dezelfde " +
                "geboortedatum, geeft 409, met kandidaten (id, naam en geboortedatum, nooit een BSN) alleen voor wie inwoners:lezen heeft; " +
                "stuur nieuwOndanksGelijkenis: true als het loket heeft vastgesteld dat het iemand anders is.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static readonly Command Leeg = new();
}
