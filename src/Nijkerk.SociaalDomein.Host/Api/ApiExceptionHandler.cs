using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Nijkerk.SociaalDomein.BuildingBlocks.Errors;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Host.Api;

/// <summary>
/// Turns every exception on an API call into problem+json (RFC 9457). Known failures say what was wrong in
/// Dutch; anything else is a 500 that tells nothing about the inside and is logged without the request body.
/// </summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at the error page; the feature keeps where it came from.
        var path = httpContext.Features.Get<IExceptionHandlerFeature>()?.Path ?? httpContext.Request.Path;
        if (!new PathString(path).StartsWithSegments(ApiVersion.BasePath))
        {
            return false;
        }

        var problem = exception switch
        {
            ValidationException validation => Invalid(validation),
            BadHttpRequestException bad => Onleesbaar(bad),
            NietGevondenException notFound => MetExtra(Problem(StatusCodes.Status404NotFound, "Niet gevonden", notFound.Message), notFound.Extra),
            ConflictException conflict => Conflict(conflict),
            GeenToegangException denied => Problem(StatusCodes.Status403Forbidden, "Geen toegang", denied.Message),
            RegelOvertredenException rule => Problem(StatusCodes.Status422UnprocessableEntity, "Niet toegestaan", rule.Message),
            VerouderdeVersieException stale => MetExtra(Problem(StatusCodes.Status412PreconditionFailed, "Intussen gewijzigd", stale.Message), stale.Extra),
            VersieOntbreektException missing => Problem(StatusCodes.Status428PreconditionRequired, "Versie ontbreekt", missing.Message),
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Endpoint}", httpContext.Request.Method, httpContext.GetEndpoint()?.DisplayName);
            problem = Problem(StatusCodes.Status500InternalServerError, "Interne fout",
                "Er ging iets mis aan onze kant. Probeer het later opnieuw; blijft het misgaan, neem dan contact op met de beheerder.");
        }

        problem.Type ??= $"https://nijkerk.nl/api/problemen/{problem.Status}";
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Invalid(ValidationException validation)
    {
        var errors = validation.Errors
            .GroupBy(e => CamelCasePath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        return new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Ongeldige invoer",
            Detail = "Een of meer velden zijn niet goed ingevuld; zie errors.",
        };
    }

    private static ProblemDetails Onleesbaar(BadHttpRequestException bad)
    {
        var problem = new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = bad.StatusCode switch
            {
                StatusCodes.Status415UnsupportedMediaType => "Niet ondersteund mediatype",
                StatusCodes.Status413PayloadTooLarge => "Verzoek te groot",
                _ => "Ongeldig verzoek",
            },
            Detail = bad.StatusCode == StatusCodes.Status415UnsupportedMediaType
                ? "Stuur de gegevens als application/json."
                : "Het verzoek kon niet worden gelezen. Controleer of de inhoud geldige JSON is met de juiste velden en typen.",
        };

        // A route or query parameter that does not parse ("Failed to bind parameter \"Guid id\" from ..."): name the
        // parameter and what it should be, never the value.
        if (ParameterBinding.Match(bad.Message) is { Success: true } binding)
        {
            var naam = binding.Groups["naam"].Value;
            problem.Detail = $"De parameter {naam} kan niet worden gelezen.";
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [naam] = [VerwachteWaarde(binding.Groups["type"].Value)] };
            return problem;
        }

        // The reader knows where it stopped ("$.vraag"): name that field, as a validation failure would, but never
        // quote the value or the reader's own message.
        if (bad.InnerException is JsonException { Path: { Length: > 2 } pad } && pad.StartsWith("$.", StringComparison.Ordinal))
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]>
            {
                [CamelCasePath(pad[2..])] = ["Deze waarde kan niet worden gelezen: controleer het type en of de tekst geldige tekens bevat."],
            };
        }

        return problem;
    }

    // The framework's messages for a route, query or header value that does not bind (RequestDelegateFactory).
    private static readonly System.Text.RegularExpressions.Regex ParameterBinding = new(
        "^(Failed to bind parameter|Required parameter) \"(?<type>[^\"]*) (?<naam>[A-Za-z0-9_]+)\" (from|was not provided)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static string VerwachteWaarde(string type) => type.TrimEnd('?', '[', ']') switch
    {
        "Guid" => "Dit is geen geldige id; een id is een UUID (bijvoorbeeld 0190a8c4-5f3e-7d21-9b6a-3c2e1f4d5a6b).",
        "int" or "Int32" or "long" or "Int64" => "Dit is geen geheel getal binnen het bereik.",
        "DateOnly" => "Dit is geen datum; schrijf jjjj-mm-dd (bijvoorbeeld 2026-03-01).",
        "DateTimeOffset" or "DateTime" => "Dit is geen tijdstip; schrijf ISO 8601 (bijvoorbeeld 2026-03-01T09:30:00Z).",
        "bool" or "Boolean" => "Kies true of false.",
        _ => "Deze waarde kan niet worden gelezen.",
    };

    private static ProblemDetails Conflict(ConflictException conflict)
    {
        var problem = Problem(StatusCodes.Status409Conflict, "Conflict", conflict.Message);
        if (conflict.BestaandeId is not null)
        {
            problem.Extensions["bestaandeId"] = conflict.BestaandeId;
        }

        return MetExtra(problem, conflict.Extra);
    }

    private static ProblemDetails MetExtra(ProblemDetails problem, IReadOnlyDictionary<string, object?>? extra)
    {
        foreach (var (naam, waarde) in extra ?? new Dictionary<string, object?>())
        {
            problem.Extensions[naam] = waarde;
        }

        return problem;
    }

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    private static string CamelCasePath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
