using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;

namespace Nijkerk.SociaalDomein.Host.Api;

/// <summary>
/// The names of the document's schemas. The framework names a schema after the type alone, so the nested records
/// every slice declares (<c>RegistreerAanmelding.Command</c>, <c>RegistreerInwoner.Command</c>) collapsed into one
/// schema <c>Command</c> and the document described the wrong body. Here a nested type is named after the slice that
/// declares it: a request body is <c>RegistreerAanmeldingVerzoek</c>, a result <c>GeefAanmeldingAanmelding</c>.
/// Two types that would still share a name stop the document, so a collision can never be served.
/// </summary>
internal static class SchemaNamen
{
    private static readonly ConcurrentDictionary<string, Type> Toegekend = new();

    public static string? Van(JsonTypeInfo info) =>
        info.Type.Namespace?.StartsWith("Nijkerk.", StringComparison.Ordinal) == true && !IsVerzameling(info)
            ? Claim(Naam(info.Type), info.Type)
            : OpenApiOptions.CreateDefaultSchemaReferenceId(info);

    public static string Naam(Type type)
    {
        if (type.IsGenericType)
        {
            var basis = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
            return basis + "Van" + string.Concat(type.GetGenericArguments().Select(a => a.Namespace?.StartsWith("Nijkerk.", StringComparison.Ordinal) == true ? Naam(a) : a.Name));
        }

        if (type.DeclaringType is not { } slice)
        {
            return type.Name;
        }

        // The body a client sends is the slice's "Verzoek"; a slice whose command is not the body (the id and version
        // come from the path and If-Match) sends a Body, and its command, never on the wire, stays "Opdracht".
        var heeftBody = slice.GetNestedTypes().Any(t => t.Name == "Body");
        var deel = type.Name switch
        {
            "Body" => "Verzoek",
            "Command" or "Query" => heeftBody ? "Opdracht" : "Verzoek",
            _ => type.Name,
        };
        var sliceNaam = Naam(slice);
        // GeefInwoner.Inwoner is an Inwoner: the slice's name adds nothing there.
        return deel != "Verzoek" && deel != "Opdracht" && sliceNaam.EndsWith(deel, StringComparison.Ordinal) ? deel : sliceNaam + deel;
    }

    /// <summary>Refuses to give one name to two types: the document would silently describe one of them twice.</summary>
    public static string Claim(string naam, Type type)
    {
        var eigenaar = Toegekend.GetOrAdd(naam, type);
        return eigenaar == type
            ? naam
            : throw new InvalidOperationException($"Schemanaam {naam} hoort al bij {eigenaar.FullName}; {type.FullName} moet een andere naam krijgen.");
    }

    private static bool IsVerzameling(JsonTypeInfo info) =>
        info.Kind is JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary;
}
