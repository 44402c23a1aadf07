using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Api;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Vraagverheldering.Expertises;
using Nijkerk.SociaalDomein.Vraagverheldering.Gesprekken;
using Nijkerk.SociaalDomein.Vraagverheldering.Voorzieningen;
using Nijkerk.SociaalDomein.Vraagverheldering.Vraagverhelderingen;

namespace Nijkerk.SociaalDomein.Vraagverheldering.Hulpvragen;

/// <summary>The vraag achter de vraag and the hulpvragen with their rolgesprek, replaced as a whole.</summary>
internal static class LegRolgesprekVast
{
    public const int MaximumHulpvragen = 20;

    [Vereist(VraagverhelderingRechten.Behandelen)]
    [Verwerking("Rolgesprek van de vraagverheldering vastgelegd", VraagverhelderingDoelen.Vraagverheldering)]
    public sealed record Command(Guid VraagverhelderingId, int Versie, string? VraagAchterDeVraag, IReadOnlyList<Hulpvraag>? Hulpvragen)
        : ICommand<Bewerkt>;

    public sealed record Invoer(string? VraagAchterDeVraag, IReadOnlyList<Hulpvraag>? Hulpvragen)
    {
        /// <summary>The example in the API document: one hulpvraag about money, with who does what.</summary>
        public static Invoer Voorbeeld => new(
            "Mevrouw wil weer rust: sinds de scheiding overziet zij haar geldzaken niet meer.",
            [new(null, "Overzicht krijgen in de schulden", ["financien"], null, "Zij verzamelt de post en de aanmaningen.",
                "Haar zus helpt met ordenen.", null, [], "Schuldhulpverlening maakt een plan.", ["schuldhulpverlening"])]);
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IMediator mediator, ModuleDb<VraagverhelderingModule> db)
        {
            RuleFor(c => c.VraagAchterDeVraag).MaximumLength(4000).WithMessage("De vraag achter de vraag is te lang (ten hoogste 4000 tekens).");
            RuleFor(c => c.Hulpvragen).Must(h => h is null || h.Count <= MaximumHulpvragen)
                .WithMessage($"Ten hoogste {MaximumHulpvragen} hulpvragen.");
            RuleForEach(c => c.Hulpvragen).SetValidator(new HulpvraagValidator(mediator, db));
        }
    }

    private sealed class HulpvraagValidator : AbstractValidator<Hulpvraag>
    {
        public HulpvraagValidator(IMediator mediator, ModuleDb<VraagverhelderingModule> db)
        {
            RuleFor(h => h.Omschrijving).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Beschrijf de hulpvraag.")
                .MaximumLength(2000).WithMessage("De omschrijving is te lang (ten hoogste 2000 tekens).");
            RuleFor(h => h.Leefgebieden).Must(l => l is { Count: > 0 and <= 20 })
                .WithMessage("Koppel de hulpvraag aan ten minste één leefgebied.");
            foreach (var deel in new System.Linq.Expressions.Expression<Func<Hulpvraag, string?>>[] { h => h.Zelf, h => h.Netwerk, h => h.VoorliggendVeld, h => h.Gemeente })
            {
                RuleFor(deel).MaximumLength(4000).WithMessage("Dit deel van het rolgesprek is te lang (ten hoogste 4000 tekens).");
            }

            RuleFor(h => h.VoorzieningIds).OpDeSocialeKaart(mediator, "Ten hoogste 50 voorzieningen per hulpvraag.");
            RuleFor(h => h.Expertises).CustomAsync(async (codes, context, ct) =>
            {
                foreach (var fout in await ExpertiseCodes.OnbekendeAsync(db, codes, ct))
                {
                    context.AddFailure(fout);
                }
            });
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Bewerkt>
    {
        private const string LeesGesprek = "select gesprek::text from vraagverheldering.vraagverheldering where id = @Id";

        private const string Leefgebieden = "select code from vraagverheldering.leefgebied where methode = @Methode and actief";

        private const string Bewaar = """
            update vraagverheldering.vraagverheldering
            set vraag_achter_de_vraag = @VraagAchterDeVraag, hulpvragen = @Hulpvragen::jsonb
            where id = @Id
            """;

        public async Task<Bewerkt> Handle(Command command, CancellationToken cancellationToken)
        {
            var vraagverheldering = await VraagverhelderingOpslag.LaadAsync(session, command.VraagverhelderingId);
            var hulpvragen = command.Hulpvragen ?? [];
            var gesprek = Document.Lees<Gesprek>(await session.QuerySingleOrDefaultAsync<string?>(LeesGesprek, new { vraagverheldering.Id }));
            var netwerk = (gesprek?.Deelnemers ?? []).Where(d => d.Soort == "netwerk").Select(d => d.Id).ToHashSet();
            var leefgebieden = (await Dapper.SqlMapper.QueryAsync<string>(
                session.Connection, Leefgebieden, new { vraagverheldering.Methode }, session.Transaction)).ToHashSet();
            var fouten = new List<ValidationFailure>();
            for (var i = 0; i < hulpvragen.Count; i++)
            {
                foreach (var onbekend in (hulpvragen[i].Leefgebieden ?? []).Where(l => !leefgebieden.Contains(l)).Distinct())
                {
                    fouten.Add(new ValidationFailure($"hulpvragen[{i}].leefgebieden", $"Leefgebied '{onbekend}' hoort niet bij de methode van deze vraagverheldering."));
                }

                if (hulpvragen[i].BetreftDeelnemerId is { } betreft && !netwerk.Contains(betreft))
                {
                    fouten.Add(new ValidationFailure($"hulpvragen[{i}].betreftDeelnemerId", "Dit is geen deelnemer uit het netwerk van het gesprek."));
                }
            }

            if (fouten.Count > 0)
            {
                throw new ValidationException(fouten);
            }

            vraagverheldering.Bewerk(actor.Huidig.Id, actor.Huidig.Naam, clock.GetUtcNow(), command.Versie);
            await VraagverhelderingOpslag.BewaarAsync(session, vraagverheldering);
            var opgeschoond = hulpvragen.Select(h => h with
            {
                Id = h.Id ?? Guid.CreateVersion7(),
                Omschrijving = h.Omschrijving!.Trim(),
                Leefgebieden = [.. h.Leefgebieden!.Distinct()],
                Zelf = Leeg(h.Zelf),
                Netwerk = Leeg(h.Netwerk),
                VoorliggendVeld = Leeg(h.VoorliggendVeld),
                VoorzieningIds = [.. (h.VoorzieningIds ?? []).Distinct()],
                Gemeente = Leeg(h.Gemeente),
                Expertises = [.. (h.Expertises ?? []).Distinct()],
            }).ToList();
            await session.ExecuteAsync(Bewaar, new
            {
                vraagverheldering.Id,
                VraagAchterDeVraag = Leeg(command.VraagAchterDeVraag),
                Hulpvragen = Document.Schrijf(opgeschoond),
            });
            return new Bewerkt(vraagverheldering.Id, vraagverheldering.InwonerId, vraagverheldering.Versie);
        }

        private static string? Leeg(string? waarde) => string.IsNullOrWhiteSpace(waarde) ? null : waarde.Trim();
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/vraagverhelderingen/{id}/rolgesprek", async Task<NoContent> (
                Guid id, Invoer? invoer, HttpRequest request, HttpResponse response, IMediator mediator, CancellationToken ct) =>
            {
                var versie = Versies.UitIfMatch(request);
                var bewerkt = await mediator.Send(new Command(id, versie, invoer?.VraagAchterDeVraag, invoer?.Hulpvragen), ct);
                Versies.ZetETag(response, bewerkt.Versie);
                return TypedResults.NoContent();
            })
            .WithName("legRolgesprekVast")
            .WithTags("Vraagverheldering")
            .WithSummary("Leg de vraag achter de vraag en de hulpvragen met hun rolgesprek vast")
            .WithDescription(
                "Vervangt de vraag achter de vraag en alle hulpvragen. Per hulpvraag: leefgebieden (codes van de methode), wat de inwoner " +
                "zelf doet, wat het netwerk doet, wat het voorliggend veld doet (voorzieningIds van de sociale kaart) en wat de gemeente " +
                "doet (expertises uit GET /api/v1/expertises); betreftDeelnemerId als de vraag over iemand uit het netwerk gaat. " +
                "Stuur in If-Match de ETag uit de GET (zonder 428, verouderd 412).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
