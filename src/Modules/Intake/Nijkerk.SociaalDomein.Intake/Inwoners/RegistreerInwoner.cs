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

namespace Nijkerk.SociaalDomein.Intake.Inwoners;

internal static class RegistreerInwoner
{
    /// <summary>A person as the desk registers him; the BSN is optional.</summary>
    [Vereist(Rechten.InwonersSchrijven)]
    [Verwerking("Inwoner geregistreerd", Doelen.Intake, ResultaatIsPersoon = true)]
    public sealed record Command(
        string? Voornamen,
        string? Voorvoegsel,
        string? Achternaam,
        DateOnly? Geboortedatum,
        string? Straat,
        int? Huisnummer,
        string? HuisnummerToevoeging,
        string? Postcode,
        string? Woonplaats,
        string? Bsn) : ICommand<Guid>;

    public sealed record Aangemaakt(Guid Id);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(c => c.Voornamen).NotEmpty().WithMessage("Vul de voornamen in.").MaximumLength(200);
            RuleFor(c => c.Voorvoegsel).MaximumLength(20);
            RuleFor(c => c.Achternaam).NotEmpty().WithMessage("Vul de achternaam in.").MaximumLength(200);
            RuleFor(c => c.Geboortedatum).Cascade(CascadeMode.Stop).NotNull().WithMessage("Vul de geboortedatum in.")
                .Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage("De geboortedatum ligt in de toekomst.")
                .Must(d => d >= new DateOnly(1900, 1, 1)).WithMessage("De geboortedatum ligt voor 1900.");
            RuleFor(c => c.Huisnummer).InclusiveBetween(1, 99999).WithMessage("Een huisnummer ligt tussen 1 en 99999.");
            RuleFor(c => c.HuisnummerToevoeging).MaximumLength(10);
            RuleFor(c => c.Postcode).GeldigePostcode();
            RuleFor(c => c.Straat).MaximumLength(200);
            RuleFor(c => c.Woonplaats).MaximumLength(100);
            RuleFor(c => c.Bsn).GeldigBsn();
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock) : IRequestHandler<Command, Guid>
    {
        private const string Insert = """
            insert into intake.inwoner (id, voornamen, voorvoegsel, achternaam, geboortedatum, straat, huisnummer,
                huisnummer_toevoeging, postcode, woonplaats, bsn, geregistreerd_op)
            values (@Id, @Voornamen, @Voorvoegsel, @Achternaam, @Geboortedatum, @Straat, @Huisnummer,
                @HuisnummerToevoeging, @Postcode, @Woonplaats, @Bsn, @Nu)
            on conflict (bsn) do nothing
            """;

        private const string BestaandMetBsn = "select id from intake.inwoner where bsn = @Bsn";

        public async Task<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var id = Guid.CreateVersion7();
            var bsn = command.Bsn is null ? (Bsn?)null : Inwoners.Bsn.Parse(command.Bsn);
            var inserted = await session.ExecuteAsync(Insert, new
            {
                Id = id,
                command.Voornamen,
                command.Voorvoegsel,
                command.Achternaam,
                command.Geboortedatum,
                command.Straat,
                command.Huisnummer,
                command.HuisnummerToevoeging,
                Postcode = InwonerRegels.NormaliseerPostcode(command.Postcode),
                command.Woonplaats,
                Bsn = bsn?.Waarde,
                Nu = clock.GetUtcNow(),
            });
            if (inserted == 0)
            {
                var bestaande = await session.QuerySingleOrDefaultAsync<Guid>(BestaandMetBsn, new { Bsn = bsn!.Value.Waarde });
                throw new ConflictException("Er is al een inwoner met dit BSN geregistreerd; gebruik die.", bestaande.ToString());
            }

            return id;
        }
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
            .WithDescription("Legt een inwoner vast in het personenregister van het loket. Een BSN is optioneel en wordt gecontroleerd met de elfproef; een BSN dat al bekend is geeft 409 met de id van de bestaande inwoner.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static readonly Command Leeg = new(null, null, null, null, null, null, null, null, null, null);
}
