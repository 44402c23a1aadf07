using System.Text;
using Dapper;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.Intake.Contracts;

namespace Nijkerk.SociaalDomein.Intake.Inwoners;

/// <summary>
/// Two records turn out to be one person: the other record goes up in this one. Every row of the intake schema that
/// points at the other record (each aanmelding, and what later slices add with a key to the inwoner) now points here;
/// the other record is kept, marked samengevoegd, and no longer found. Other modules follow through the event.
/// See docs/adr/0010-inwoners-dubbelen-en-samenvoegen.md.
/// </summary>
internal static class VoegInwonersSamen
{
    [Vereist(IntakeRechten.InwonersSchrijven)]
    [Verwerking("Twee registraties van dezelfde inwoner samengevoegd", IntakeDoelen.Intake)]
    public sealed record Command(Guid Id, Guid? SamenTeVoegenInwonerId) : ICommand<int>, IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => [Id, SamenTeVoegenInwonerId];
    }

    /// <summary>The body: the record that goes up in the one in the URL.</summary>
    public sealed record Samenvoeging(Guid? SamenTeVoegenInwonerId)
    {
        /// <summary>The example in the API document (the id of the other record, from a search).</summary>
        public static Samenvoeging Voorbeeld => new(Guid.Parse("0190a8c4-5f3e-7d21-9b6a-3c2e1f4d5a6b"));
    }

    /// <summary>What the merge did: which record was kept, which went up in it, and how many rows now point to the kept one.</summary>
    public sealed record Samengevoegd(Guid BehoudenInwonerId, Guid SamengevoegdeInwonerId, int OmgezetteVerwijzingen);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() =>
            RuleFor(c => c.SamenTeVoegenInwonerId).NotEmpty().WithMessage("Geef de inwoner op die in deze inwoner opgaat.");
    }

    private sealed record Registratie(Guid Id, Guid? SamengevoegdIn, string? Bsn)
    {
        private bool PrintMembers(StringBuilder builder)
        {
            builder.Append($"Id = {Id}, SamengevoegdIn = {SamengevoegdIn}, Bsn = {Inwoners.Bsn.Verborgen(Bsn)}");
            return true;
        }
    }

    internal sealed class Handler(CommandSession session, ActorContext actor, TimeProvider clock) : IRequestHandler<Command, int>
    {
        // Both rows locked in one order, so two merges of the same pair cannot cross.
        private const string Laad = """
            select id as Id, samengevoegd_in as SamengevoegdIn, bsn as Bsn
            from intake.inwoner
            where id = any(@Ids)
            order by id
            for update
            """;

        private const string VerwijsOm = "select intake.verwijs_inwoner_om(@Van, @Naar)";

        // The BSN moves to the kept record (unique, so first off the merged one); empty contact fields are completed.
        private const string MarkeerSamengevoegd = """
            update intake.inwoner
            set samengevoegd_in = @Behouden, samengevoegd_op = @Nu, bsn = null, versie = versie + 1, gewijzigd_op = @Nu, gewijzigd_door = @Door
            where id = @Samengevoegd
            """;

        private const string VulAan = """
            update intake.inwoner behouden
            set bsn = coalesce(behouden.bsn, @Bsn),
                telefoon = coalesce(behouden.telefoon, ander.telefoon),
                email = coalesce(behouden.email, ander.email),
                taal = coalesce(behouden.taal, ander.taal),
                ondersteuningsbehoefte = coalesce(behouden.ondersteuningsbehoefte, ander.ondersteuningsbehoefte),
                versie = behouden.versie + 1, gewijzigd_op = @Nu, gewijzigd_door = @Door
            from intake.inwoner ander
            where behouden.id = @Behouden and ander.id = @Samengevoegd
            """;

        public async Task<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var anderId = command.SamenTeVoegenInwonerId!.Value;
            if (anderId == command.Id)
            {
                throw new RegelOvertredenException("Een inwoner kan niet met zichzelf worden samengevoegd.");
            }

            var rijen = (await session.Connection.QueryAsync<Registratie>(Laad, new { Ids = new[] { command.Id, anderId } }, session.Transaction))
                .ToDictionary(r => r.Id);
            if (!rijen.TryGetValue(command.Id, out var behouden))
            {
                throw new NietGevondenException("Er is geen inwoner met deze id.");
            }

            if (!rijen.TryGetValue(anderId, out var ander))
            {
                throw new NietGevondenException("Er is geen inwoner met de id van de samen te voegen inwoner.");
            }

            if (behouden.SamengevoegdIn is not null || ander.SamengevoegdIn is not null)
            {
                throw new RegelOvertredenException("Een van beide inwoners is al samengevoegd met een andere; voeg samen met de inwoner waarin hij opging.");
            }

            if (behouden.Bsn is not null && ander.Bsn is not null && behouden.Bsn != ander.Bsn)
            {
                throw new RegelOvertredenException("Beide inwoners hebben een ander BSN: dit zijn twee verschillende personen.");
            }

            var nu = clock.GetUtcNow();
            var omgezet = await session.QuerySingleOrDefaultAsync<int>(VerwijsOm, new { Van = anderId, Naar = command.Id });
            var parameters = new { Behouden = command.Id, Samengevoegd = anderId, Nu = nu, Door = actor.Huidig.Naam, ander.Bsn };
            await session.ExecuteAsync(MarkeerSamengevoegd, parameters);
            await session.ExecuteAsync(VulAan, parameters);
            await session.RaiseAsync(new InwonersSamengevoegd(Guid.CreateVersion7(), nu, command.Id, anderId));
            return omgezet;
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/inwoners/{id}/samenvoeging", async Task<Ok<Samengevoegd>> (Guid id, Samenvoeging? samenvoeging, IMediator mediator,
                CancellationToken ct) =>
            {
                var command = new Command(id, samenvoeging?.SamenTeVoegenInwonerId);
                var omgezet = await mediator.Send(command, ct);
                return TypedResults.Ok(new Samengevoegd(id, command.SamenTeVoegenInwonerId!.Value, omgezet));
            })
            .WithName("voegInwonersSamen")
            .WithTags("Inwoners")
            .WithSummary("Voeg twee registraties van dezelfde inwoner samen")
            .WithDescription("De inwoner in samenTeVoegenInwonerId gaat op in de inwoner in de URL: alle aanmeldingen (en andere verwijzingen) " +
                "wijzen daarna naar de behouden inwoner, die ook het BSN en ontbrekende contactgegevens overneemt. De samengevoegde registratie " +
                "blijft bewaard maar wordt niet meer gevonden; een GET erop geeft 404 met samengevoegdIn. Met zichzelf samenvoegen, een al " +
                "samengevoegde inwoner of twee verschillende BSN's geeft 422.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
