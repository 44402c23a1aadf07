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
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Regie.Escalaties.Rooster;

/// <summary>
/// A shift on the ijsbrekers' rota: an ijsbreker account from one moment to another, evenings and weekends too, like the
/// crisisdienst. Shifts may overlap (both are on duty) and leave gaps (an escalation then goes to all ijsbrekers).
/// </summary>
internal static class PlanDienst
{
    [Vereist(RegieRechten.RegieInrichten)]
    [GeenPersoonsgegevens]
    public sealed record Command(string? IjsbrekerId, DateTimeOffset? Van, DateTimeOffset? Tot) : ICommand<Gepland>;

    public sealed record Invoer(string? IjsbrekerId, DateTimeOffset? Van, DateTimeOffset? Tot)
    {
        /// <summary>The example in the API document.</summary>
        public static Invoer Voorbeeld => new("0b9d7a52-3c1e-4f7a-9a51-2f1f0d2b6c11", new DateTimeOffset(2027, 3, 5, 17, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2027, 3, 8, 9, 0, 0, TimeSpan.FromHours(1)));
    }

    public sealed record Gepland(Guid Id, string Ijsbreker, DateTimeOffset Van, DateTimeOffset Tot);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IMediator mediator, TimeProvider clock)
        {
            RuleFor(c => c.IjsbrekerId).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Kies de ijsbreker die dienst heeft.")
                .MustAsync(async (id, ct) => (await mediator.Send(new GeefMedewerkersMetRol(Rollen.Ijsbreker), ct)).Any(m => m.Id == id))
                .WithMessage("Kies een ijsbreker uit de lijst: dit account is geen actieve ijsbreker.");
            RuleFor(c => c.Van).NotNull().WithMessage("Vul in vanaf wanneer de dienst loopt (datum en tijd).");
            RuleFor(c => c.Tot).Cascade(CascadeMode.Stop)
                .NotNull().WithMessage("Vul in tot wanneer de dienst loopt (datum en tijd).")
                .Must((c, tot) => c.Van is null || tot > c.Van).WithMessage("Het einde van de dienst ligt na het begin.")
                .Must((c, tot) => c.Van is null || tot - c.Van <= TimeSpan.FromDays(14)).WithMessage("Een dienst duurt ten hoogste twee weken; plan langere perioden in delen.")
                .Must(tot => tot > clock.GetUtcNow()).WithMessage("Deze dienst is al voorbij; plan diensten die nog komen of lopen.");
        }
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor, IMediator mediator) : IRequestHandler<Command, Gepland>
    {
        private const string Sql = """
            insert into regie.ijsbreker_dienst (id, ijsbreker_id, ijsbreker_naam, van, tot, aangemaakt_op, aangemaakt_door)
            values (@Id, @IjsbrekerId, @Naam, @Van, @Tot, @Nu, @Door)
            """;

        public async Task<Gepland> Handle(Command command, CancellationToken cancellationToken)
        {
            var ijsbreker = (await mediator.Send(new GeefMedewerkersMetRol(Rollen.Ijsbreker), cancellationToken)).Single(m => m.Id == command.IjsbrekerId);
            var id = Guid.CreateVersion7();
            // timestamptz takes UTC only; a moment typed in Dutch time (+01:00 or +02:00) is the same moment in UTC.
            var (van, tot) = (command.Van!.Value.ToUniversalTime(), command.Tot!.Value.ToUniversalTime());
            await session.ExecuteAsync(Sql, new { Id = id, IjsbrekerId = ijsbreker.Id, ijsbreker.Naam, Van = van, Tot = tot, Nu = clock.GetUtcNow(), Door = actor.Huidig.Id });
            return new Gepland(id, ijsbreker.Naam, van, tot);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/ijsbrekersrooster", async Task<Created<Gepland>> (Invoer? invoer, IMediator mediator, CancellationToken ct) =>
            {
                var gepland = await mediator.Send(new Command(invoer?.IjsbrekerId, invoer?.Van, invoer?.Tot), ct);
                return TypedResults.Created("/api/v1/ijsbrekersrooster", gepland);
            })
            .MetIdempotentie()
            .WithName("planIjsbrekersdienst")
            .WithTags("Regie")
            .WithSummary("Plan een dienst van een ijsbreker")
            .WithDescription(
                "De functioneel beheerder plant een ijsbreker (ijsbrekerId, een account met de rol ijsbreker) van een moment tot een moment, " +
                "ook 's avonds en in het weekend. Diensten mogen overlappen; wie tegelijk dienst heeft, krijgt de escalatie allebei. Een gat mag: " +
                "een escalatie zonder dienst gaat naar alle ijsbrekers. Alleen voor de functioneel beheerder.")
            .ProducesValidationProblem();
}
