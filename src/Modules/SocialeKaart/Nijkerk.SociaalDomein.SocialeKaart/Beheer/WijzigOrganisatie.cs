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

namespace Nijkerk.SociaalDomein.SocialeKaart.Beheer;

/// <summary>Replaces an organisatie and its locaties, only in the version the editor saw (412 otherwise).</summary>
internal static class WijzigOrganisatie
{
    [Vereist(SocialeKaartRechten.Beheren)]
    [GeenPersoonsgegevens]
    public sealed record Command(Guid Id, int Versie, Organisatiegegevens Gegevens) : ICommand<int>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IValidator<Organisatiegegevens> gegevens) =>
            RuleFor(c => c.Gegevens).SetValidator(gegevens).OverridePropertyName("");
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, int>
    {
        private const string Update = """
            update sociale_kaart.organisatie
            set naam = @Naam, omschrijving = @Omschrijving, telefoon = @Telefoon, email = @Email, website = @Website,
                laatst_gecontroleerd = @LaatstGecontroleerd, gewijzigd_op = @Nu, gewijzigd_door = @Door, versie = versie + 1
            where id = @Id and versie = @Versie and gearchiveerd_op is null
            returning versie
            """;

        public async Task<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var g = command.Gegevens;
            var versie = await session.QuerySingleOrDefaultAsync<int?>(Update, new
            {
                command.Id,
                command.Versie,
                Naam = g.Naam!.Trim(),
                Omschrijving = OrganisatieOpslag.Leeg(g.Omschrijving),
                Telefoon = OrganisatieOpslag.Leeg(g.Telefoon),
                Email = OrganisatieOpslag.Leeg(g.Email),
                Website = OrganisatieOpslag.Leeg(g.Website),
                g.LaatstGecontroleerd,
                Nu = clock.GetUtcNow(),
                Door = actor.Huidig.Naam,
            }) ?? throw await WaaromNietAsync(session, command.Id);
            await OrganisatieOpslag.SchrijfLocatiesAsync(session, command.Id, g.Locaties ?? []);
            return versie;
        }
    }

    internal static async Task<Exception> WaaromNietAsync(CommandSession session, Guid id)
    {
        var huidig = await session.Connection.QuerySingleOrDefaultAsync<(int Versie, bool Gearchiveerd)?>(
            "select versie, gearchiveerd_op is not null from sociale_kaart.organisatie where id = @id", new { id }, session.Transaction);
        return huidig switch
        {
            null => new NietGevondenException("Er is geen organisatie met deze id."),
            { Gearchiveerd: true } => new RegelOvertredenException("Deze organisatie is gearchiveerd en kan niet meer worden gewijzigd."),
            _ => new VerouderdeVersieException(
                "Iemand anders heeft deze organisatie intussen gewijzigd. Haal de nieuwe versie op en breng uw wijziging daarin opnieuw aan."),
        };
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/sociale-kaart/organisaties/{id}", async Task<NoContent> (
                Guid id, Organisatiegegevens? gegevens, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var versie = await mediator.Send(
                    new Command(id, Versies.UitIfMatch(request), gegevens ?? new Organisatiegegevens(null, null, null, null, null, null, null)), ct);
                Versies.ZetETag(response, versie);
                return TypedResults.NoContent();
            })
            .WithName("wijzigOrganisatie")
            .WithTags("Sociale kaart")
            .WithSummary("Wijzig een organisatie")
            .WithDescription("Vervangt de gegevens en locaties van een organisatie. Stuur in If-Match de ETag uit GET (412 als een ander haar intussen wijzigde, 428 zonder If-Match). Een locatie waar nog een voorziening wordt aangeboden kan niet weg (422).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
