using System.Text;
using Dapper;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Nijkerk.SociaalDomein.BuildingBlocks.Data;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;

namespace Nijkerk.SociaalDomein.Intake.Inwoners;

/// <summary>
/// Finds a person by BSN, by surname and date of birth, or by postcode and house number (optionally with the date of
/// birth). It is a POST with a body because personal data does not belong in a URL or an access log. Merged records
/// are never found, and the BSN is never in a result.
/// </summary>
internal static class ZoekInwoners
{
    public const int MaximumAantal = 20;

    [Vereist(IntakeRechten.InwonersLezen)]
    [Verwerking("Inwoner gezocht", IntakeDoelen.Intake)]
    public sealed record Query(string? Bsn, string? Achternaam, DateOnly? Geboortedatum, string? Postcode, int? Huisnummer)
        : IRequest<Gevonden>
    {
        /// <summary>The example in the API document: by name and date of birth (a BSN may be used instead).</summary>
        public static Query Voorbeeld => new(null, "Vries", new DateOnly(1984, 5, 17), null, null);

        // A search by BSN is a POST so the BSN stays out of URLs; printing the query must not put it in a log either.
        private bool PrintMembers(StringBuilder builder)
        {
            builder.Append($"Bsn = {Inwoners.Bsn.Verborgen(Bsn)}, Achternaam = {Achternaam}, Geboortedatum = {Geboortedatum}, ");
            builder.Append($"Postcode = {Postcode}, Huisnummer = {Huisnummer}");
            return true;
        }
    }

    public sealed record Gevonden(int Totaal, IReadOnlyList<InwonerSamenvatting> Resultaten) : IBetreftPersonen
    {
        public IEnumerable<Guid?> BetrokkenPersonen() => Resultaten.Select(r => (Guid?)r.Id);
    }

    public sealed record InwonerSamenvatting(
        Guid Id, string Voornamen, string? Voorvoegsel, string Achternaam, DateOnly Geboortedatum, string? Postcode, int? Huisnummer);

    internal sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q)
                .Must(q => q.Bsn is not null
                    || (!string.IsNullOrWhiteSpace(q.Achternaam) && q.Geboortedatum is not null)
                    || (q.Postcode is not null && q.Huisnummer is not null))
                .WithName("zoekvraag")
                .WithMessage("Zoek op BSN, op achternaam met geboortedatum, of op postcode met huisnummer.");
            RuleFor(q => q.Bsn).GeldigBsn();
            RuleFor(q => q.Postcode).GeldigePostcode();
        }
    }

    internal sealed class Handler(ModuleDb<IntakeModule> db) : IRequestHandler<Query, Gevonden>
    {
        private const string Sql = """
            select id as Id, voornamen as Voornamen, voorvoegsel as Voorvoegsel, achternaam as Achternaam,
                   geboortedatum as Geboortedatum, postcode as Postcode, huisnummer as Huisnummer
            from intake.inwoner
            where samengevoegd_in is null
              and ((@Bsn::text is not null and bsn = @Bsn)
               or (@Achternaam::text is not null and lower(achternaam) = lower(@Achternaam) and geboortedatum = @Geboortedatum)
               or (@Postcode::text is not null and postcode = @Postcode and huisnummer = @Huisnummer
                   and (@AdresGeboortedatum::date is null or geboortedatum = @AdresGeboortedatum)))
            order by achternaam, voornamen, id
            limit @Limiet
            """;

        public async Task<Gevonden> Handle(Query query, CancellationToken cancellationToken)
        {
            await using var connection = await db.OpenAsync(cancellationToken);
            var rows = (await connection.QueryAsync<InwonerSamenvatting>(Sql, new
            {
                query.Bsn,
                Achternaam = query.Geboortedatum is null || string.IsNullOrWhiteSpace(query.Achternaam) ? null : query.Achternaam.Trim(),
                query.Geboortedatum,
                Postcode = query.Huisnummer is null ? null : InwonerRegels.NormaliseerPostcode(query.Postcode),
                query.Huisnummer,
                AdresGeboortedatum = query.Huisnummer is null ? null : query.Geboortedatum,
                Limiet = MaximumAantal,
            })).ToList();
            return new Gevonden(rows.Count, rows);
        }
    }

    internal static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/inwoners/_zoek", async Task<Ok<Gevonden>> (Query? query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query ?? new Query(null, null, null, null, null), ct)))
            .WithName("zoekInwoners")
            .WithTags("Inwoners")
            .WithSummary("Zoek inwoners")
            .WithDescription("Zoekt op BSN, op achternaam met geboortedatum, of op postcode met huisnummer (met geboortedatum erbij alleen wie op die " +
                $"datum geboren is); geeft ten hoogste {MaximumAantal} inwoners. Samengevoegde inwoners en het BSN staan nooit in het resultaat.")
            .ProducesValidationProblem();
}
