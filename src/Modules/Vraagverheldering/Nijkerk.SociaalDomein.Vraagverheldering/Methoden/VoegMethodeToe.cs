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
using Nijkerk.SociaalDomein.Vraagverheldering.Leefgebieden;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Methoden;

/// <summary>
/// The functioneel beheerder adds a method: its leefgebieden (codes are unique across methods, because other modules
/// store them) and the labels of its scale. <c>standaard</c> makes it the method new vraagverhelderingen start with.
/// </summary>
internal static class VoegMethodeToe
{
    private const string CodePatroon = "^[a-z][a-z0-9-]{0,59}$";

    [Vereist(VraagverhelderingRechten.MethodenBeheren)]
    [GeenPersoonsgegevens]
    public sealed record Command(
        string? Code, string? Naam, bool Standaard, IReadOnlyList<NieuwLeefgebied>? Leefgebieden, IReadOnlyList<NieuweSchaalwaarde>? Schaal)
        : ICommand<string>
    {
        /// <summary>The example in the API document: a short method of its own with a three-point scale.</summary>
        public static Command Voorbeeld => new(
            "nijkerk-kort-2026", "Nijkerkse korte scan", false,
            [new("geldzaken", "Geldzaken"), new("wonen", "Wonen"), new("contacten", "Sociale contacten")],
            [new(1, "Zorgelijk"), new(2, "Kwetsbaar"), new(3, "Zelfredzaam")]);
    }

    public sealed record NieuwLeefgebied(string? Code, string? Naam);

    public sealed record NieuweSchaalwaarde(int Waarde, string? Label);

    public sealed record Aangemaakt(string Code);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Code).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Geef de methode een code (kleine letters, cijfers en streepjes).")
                .Matches(CodePatroon).WithMessage("Een code bestaat uit kleine letters, cijfers en streepjes en begint met een letter.");
            RuleFor(c => c.Naam).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Geef de methode een naam.")
                .MaximumLength(200).WithMessage("De naam is te lang (ten hoogste 200 tekens).");
            RuleFor(c => c.Leefgebieden).Cascade(CascadeMode.Stop)
                .Aantal(1, 50).WithMessage("Een methode heeft 1 tot 50 leefgebieden.")
                .Must(l => l!.Select(x => x.Code).Distinct().Count() == l!.Count).WithMessage("Elk leefgebied heeft een eigen code.");
            RuleForEach(c => c.Leefgebieden).ChildRules(l =>
            {
                l.RuleFor(x => x.Code).Cascade(CascadeMode.Stop)
                    .NotEmpty().WithMessage("Geef het leefgebied een code.")
                    .Matches(CodePatroon).WithMessage("Een code bestaat uit kleine letters, cijfers en streepjes en begint met een letter.");
                l.RuleFor(x => x.Naam).Cascade(CascadeMode.Stop)
                    .NotEmpty().WithMessage("Geef het leefgebied een naam.")
                    .MaximumLength(200).WithMessage("De naam is te lang (ten hoogste 200 tekens).");
            });
            RuleFor(c => c.Schaal).Cascade(CascadeMode.Stop)
                .Aantal(2, 20).WithMessage("Een schaal heeft 2 tot 20 waarden.")
                .Must(s => s!.Select(x => x.Waarde).Distinct().Count() == s!.Count).WithMessage("Elke waarde van de schaal komt één keer voor.");
            RuleForEach(c => c.Schaal).ChildRules(s =>
            {
                s.RuleFor(x => x.Waarde).InclusiveBetween(-100, 100).WithMessage("Een waarde ligt tussen -100 en 100.");
                s.RuleFor(x => x.Label).Cascade(CascadeMode.Stop)
                    .NotEmpty().WithMessage("Geef elke waarde een label.")
                    .MaximumLength(200).WithMessage("Het label is te lang (ten hoogste 200 tekens).");
            });
        }
    }

    internal sealed class Handler(CommandSession session, Leefgebiedengeheugen geheugen) : IRequestHandler<Command, string>
    {
        private const string Bestaat = """
            select string_agg(code, ', ') from vraagverheldering.leefgebied where code = any(@Codes)
            """;

        private const string Voeg = """
            update vraagverheldering.methode set standaard = false where standaard and @Standaard;
            insert into vraagverheldering.methode (code, naam, standaard) values (@Code, @Naam, @Standaard);
            insert into vraagverheldering.methode_schaal (methode, waarde, label)
            select @Code, w, l from unnest(@Waarden, @Labels) as s(w, l);
            insert into vraagverheldering.leefgebied (code, naam, methode, volgorde)
            select c, n, @Code, v from unnest(@LeefgebiedCodes, @LeefgebiedNamen) with ordinality as l(c, n, v);
            """;

        public async Task<string> Handle(Command command, CancellationToken cancellationToken)
        {
            var codes = command.Leefgebieden!.Select(l => l.Code!).ToArray();
            var naam = command.Naam!.Trim();
            var bestaand = await session.QuerySingleOrDefaultAsync<string?>(Bestaat, new { Codes = codes });
            var methodeBestaat = await session.QuerySingleOrDefaultAsync<bool>(
                "select exists (select 1 from vraagverheldering.methode where code = @Code or naam = @Naam)", new { command.Code, Naam = naam });
            if (methodeBestaat)
            {
                throw new ConflictException("Er is al een methode met deze code of naam.");
            }

            if (bestaand is not null)
            {
                throw new ConflictException($"Deze leefgebiedcodes zijn al in gebruik: {bestaand}. Een code hoort bij één leefgebied.");
            }

            await session.ExecuteAsync(Voeg, new
            {
                command.Code,
                Naam = naam,
                command.Standaard,
                Waarden = command.Schaal!.Select(s => s.Waarde).ToArray(),
                Labels = command.Schaal!.Select(s => s.Label!.Trim()).ToArray(),
                LeefgebiedCodes = codes,
                LeefgebiedNamen = command.Leefgebieden!.Select(l => l.Naam!.Trim()).ToArray(),
            });
            // The new leefgebieden count for this host once they commit (another host reads them again within seconds).
            session.NaCommit(geheugen.Vergeet);
            return command.Code!;
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/methoden", async Task<Created<Aangemaakt>> (Command? command, IMediator mediator, CancellationToken ct) =>
            {
                var code = await mediator.Send(command ?? new Command(null, null, false, null, null), ct);
                return TypedResults.Created("/api/v1/methoden", new Aangemaakt(code));
            })
            .MetIdempotentie()
            .WithName("voegMethodeToe")
            .WithTags("Vraagverheldering")
            .WithSummary("Voeg een methode toe")
            .WithDescription("Een methode met haar leefgebieden (code en naam, in volgorde; een code is uniek over alle methoden) en de " +
                "labels van haar schaal. standaard: nieuwe vraagverhelderingen beginnen met deze methode. Functioneel beheer.")
            .ProducesValidationProblem();
}
