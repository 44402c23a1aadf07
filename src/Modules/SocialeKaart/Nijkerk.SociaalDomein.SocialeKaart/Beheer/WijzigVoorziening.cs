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
using Nijkerk.SociaalDomein.SocialeKaart.Contracts;

namespace Nijkerk.SociaalDomein.SocialeKaart.Beheer;

/// <summary>
/// Replaces what the sociale kaart says about a voorziening, but only the version the editor saw: when a colleague
/// saved in between, the edit is refused (412) rather than silently overwriting the colleague's work.
/// </summary>
internal static class WijzigVoorziening
{
    [Vereist(SocialeKaartRechten.Beheren)]
    [GeenPersoonsgegevens]
    public sealed record Command(Guid Id, int Versie, Voorzieningsgegevens Gegevens) : ICommand<int>;

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IValidator<Voorzieningsgegevens> gegevens) =>
            RuleFor(c => c.Gegevens).SetValidator(gegevens).OverridePropertyName("");
    }

    internal sealed class Handler(CommandSession session, TimeProvider clock, ActorContext actor) : IRequestHandler<Command, int>
    {
        private const string Update = """
            update sociale_kaart.voorziening
            set organisatie_id = @OrganisatieId, naam = @Naam, omschrijving = @Omschrijving, leefgebieden = @Leefgebieden, themas = @Themas,
                doelgroepen = @Doelgroepen, kosteloos = @Kosteloos, soort = @Soort, aanvragen = @Aanvragen, verwijzing_nodig = @VerwijzingNodig,
                laatst_gecontroleerd = @LaatstGecontroleerd, gewijzigd_op = @Nu, gewijzigd_door = @Door, versie = versie + 1
            where id = @Id and versie = @Versie and gearchiveerd_op is null
            returning versie
            """;

        public async Task<int> Handle(Command command, CancellationToken cancellationToken)
        {
            var g = command.Gegevens;
            await VoorzieningOpslag.ControleerAsync(session, g);
            var nu = clock.GetUtcNow();
            var versie = await session.QuerySingleOrDefaultAsync<int?>(Update, VoorzieningOpslag.Kolommen(command.Id, command.Versie, g, nu, actor.Huidig.Naam))
                ?? throw await WaaromNietAsync(session, command.Id);
            await VoorzieningOpslag.SchrijfOnderdelenAsync(session, command.Id, g);
            await session.RaiseAsync(new VoorzieningGewijzigd(Guid.CreateVersion7(), nu, command.Id, versie, false));
            return versie;
        }
    }

    /// <summary>Why an update of one version touched no row: gone, archived, or edited by someone else meanwhile.</summary>
    internal static async Task<Exception> WaaromNietAsync(CommandSession session, Guid id)
    {
        var huidig = await session.Connection.QuerySingleOrDefaultAsync<(int Versie, bool Gearchiveerd)?>(
            "select versie, gearchiveerd_op is not null from sociale_kaart.voorziening where id = @id", new { id }, session.Transaction);
        return huidig switch
        {
            null => new NietGevondenException("Er is geen voorziening met deze id."),
            { Gearchiveerd: true } => new RegelOvertredenException("Deze voorziening is gearchiveerd en kan niet meer worden gewijzigd."),
            _ => new VerouderdeVersieException(
                "Iemand anders heeft deze voorziening intussen gewijzigd. Haal de nieuwe versie op en breng uw wijziging daarin opnieuw aan."),
        };
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/sociale-kaart/voorzieningen/{id}", async Task<NoContent> (
                Guid id, Voorzieningsgegevens? gegevens, IMediator mediator, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var versie = await mediator.Send(new Command(id, Versies.UitIfMatch(request), gegevens ?? Leeg), ct);
                Versies.ZetETag(response, versie);
                return TypedResults.NoContent();
            })
            .WithName("wijzigVoorziening")
            .WithTags("Sociale kaart")
            .WithSummary("Wijzig een voorziening")
            .WithDescription("Vervangt de gegevens van een voorziening. Stuur in If-Match de ETag uit GET; is de voorziening intussen door een ander gewijzigd, dan volgt 412 en verandert er niets. Zonder If-Match volgt 428. Het antwoord draagt de nieuwe ETag.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

    private static readonly Voorzieningsgegevens Leeg = new(null, null, null, null, null, null, null, null, null, false, null, null, null, null);
}
