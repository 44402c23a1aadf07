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
using Nijkerk.SociaalDomein.SocialeKaart.Contracts;

namespace Nijkerk.SociaalDomein.SocialeKaart.Beheer;

internal static class MaakVoorziening
{
    [Vereist(SocialeKaartRechten.Beheren)]
    [GeenPersoonsgegevens]
    public sealed record Command(Voorzieningsgegevens Gegevens) : ICommand<Guid>;

    public sealed record Aangemaakt(Guid Id);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IValidator<Voorzieningsgegevens> gegevens) =>
            RuleFor(c => c.Gegevens).SetValidator(gegevens).OverridePropertyName("");
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Guid>
    {
        private const string Insert = """
            insert into sociale_kaart.voorziening (id, organisatie_id, naam, omschrijving, leefgebieden, themas, doelgroepen, kosteloos, soort,
                aanvragen, verwijzing_nodig, laatst_gecontroleerd, gewijzigd_op, gewijzigd_door)
            values (@Id, @OrganisatieId, @Naam, @Omschrijving, @Leefgebieden, @Themas, @Doelgroepen, @Kosteloos, @Soort,
                @Aanvragen, @VerwijzingNodig, @LaatstGecontroleerd, @Nu, @Door)
            """;

        public async Task<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var g = command.Gegevens;
            await VoorzieningOpslag.ControleerAsync(session, g);
            var id = Guid.CreateVersion7();
            var nu = clock.GetUtcNow();
            await session.ExecuteAsync(Insert, VoorzieningOpslag.Kolommen(id, 1, g, nu, actor.Huidig.Naam));
            await VoorzieningOpslag.SchrijfOnderdelenAsync(session, id, g);
            await session.RaiseAsync(new VoorzieningGewijzigd(Guid.CreateVersion7(), nu, id, 1, false));
            return id;
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/sociale-kaart/voorzieningen", async Task<Created<Aangemaakt>> (Voorzieningsgegevens? gegevens, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var id = await mediator.Send(new Command(gegevens ?? Leeg), ct);
                Versies.ZetETag(response, 1);
                return TypedResults.Created($"/api/v1/sociale-kaart/voorzieningen/{id}", new Aangemaakt(id));
            })
            .WithName("maakVoorziening")
            .WithTags("Sociale kaart")
            .WithSummary("Zet een voorziening op de sociale kaart")
            .WithDescription("Voor de functioneel beheerder: een nieuwe voorziening van een bestaande organisatie, met leefgebieden (codes van GET /leefgebieden), doelgroepen, soort, locaties van die organisatie, openingstijden per weekdag (1 = maandag) en sluitingsdagen. Het antwoord draagt de ETag voor een latere wijziging.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static readonly Voorzieningsgegevens Leeg = new(null, null, null, null, null, null, null, null, null, false, null, null, null, null);
}
