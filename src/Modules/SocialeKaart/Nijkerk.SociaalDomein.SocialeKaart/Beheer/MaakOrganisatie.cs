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

namespace Nijkerk.SociaalDomein.SocialeKaart.Beheer;

internal static class MaakOrganisatie
{
    [Vereist(SocialeKaartRechten.Beheren)]
    [GeenPersoonsgegevens]
    public sealed record Command(Organisatiegegevens Gegevens) : ICommand<Guid>;

    public sealed record Aangemaakt(Guid Id);

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IValidator<Organisatiegegevens> gegevens) =>
            RuleFor(c => c.Gegevens).SetValidator(gegevens).OverridePropertyName("");
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, Guid>
    {
        private const string Insert = """
            insert into sociale_kaart.organisatie (id, naam, omschrijving, telefoon, email, website, laatst_gecontroleerd, gewijzigd_op, gewijzigd_door)
            values (@Id, @Naam, @Omschrijving, @Telefoon, @Email, @Website, @LaatstGecontroleerd, @Nu, @Door)
            """;

        public async Task<Guid> Handle(Command command, CancellationToken cancellationToken)
        {
            var g = command.Gegevens;
            var id = Guid.CreateVersion7();
            await session.ExecuteAsync(Insert, new
            {
                Id = id,
                Naam = g.Naam!.Trim(),
                Omschrijving = OrganisatieOpslag.Leeg(g.Omschrijving),
                Telefoon = OrganisatieOpslag.Leeg(g.Telefoon),
                Email = OrganisatieOpslag.Leeg(g.Email),
                Website = OrganisatieOpslag.Leeg(g.Website),
                g.LaatstGecontroleerd,
                Nu = clock.GetUtcNow(),
                Door = actor.Huidig.Naam,
            });
            await OrganisatieOpslag.SchrijfLocatiesAsync(session, id, g.Locaties ?? []);
            return id;
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/sociale-kaart/organisaties", async Task<Created<Aangemaakt>> (Organisatiegegevens? gegevens, IMediator mediator, HttpResponse response, CancellationToken ct) =>
            {
                var id = await mediator.Send(new Command(gegevens ?? new Organisatiegegevens(null, null, null, null, null, null, null)), ct);
                Versies.ZetETag(response, 1);
                return TypedResults.Created($"/api/v1/sociale-kaart/organisaties/{id}", new Aangemaakt(id));
            })
            .WithName("maakOrganisatie")
            .WithTags("Sociale kaart")
            .WithSummary("Zet een organisatie op de sociale kaart")
            .WithDescription("Voor de functioneel beheerder: een organisatie met contactgegevens en haar locaties (elk in een kern: Nijkerk, Nijkerkerveen of Hoevelaken).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
