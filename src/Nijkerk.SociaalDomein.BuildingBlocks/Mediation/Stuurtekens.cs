using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using FluentValidation.Results;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Mediation;

/// <summary>
/// One rule for every text field of every request, so no validator has to remember it: control characters (NUL and
/// the like; a tab, a line feed and a carriage return are text) and lone surrogates are refused. PostgreSQL refuses a
/// NUL byte and UTF-8 cannot encode a lone surrogate, so without this rule such input ended in a 500.
/// </summary>
internal static class Stuurtekens
{
    public const string Melding = "Dit veld bevat een teken dat niet is toegestaan (een stuurteken of een ongeldig teken).";

    private const int MaximaleDiepte = 8;

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Eigenschappen = new();

    public static IEnumerable<ValidationFailure> Controleer(object? verzoek) =>
        verzoek is null ? [] : Loop(verzoek, "", 0);

    public static bool IsToegestaan(string tekst)
    {
        var rest = tekst.AsSpan();
        while (!rest.IsEmpty)
        {
            // A lone surrogate is invalid data here, not a character.
            if (Rune.DecodeFromUtf16(rest, out var rune, out var gelezen) != OperationStatus.Done
                || (Rune.IsControl(rune) && rune.Value is not ('\t' or '\n' or '\r')))
            {
                return false;
            }

            rest = rest[gelezen..];
        }

        return true;
    }

    private static IEnumerable<ValidationFailure> Loop(object waarde, string pad, int diepte)
    {
        if (diepte > MaximaleDiepte)
        {
            yield break;
        }

        switch (waarde)
        {
            case string tekst:
                if (!IsToegestaan(tekst))
                {
                    yield return new ValidationFailure(pad, Melding);
                }

                yield break;
            case IDictionary woordenboek:
                foreach (DictionaryEntry paar in woordenboek)
                {
                    foreach (var fout in LoopOptioneel(paar.Key, $"{pad}[{paar.Key}]", diepte + 1).Concat(LoopOptioneel(paar.Value, $"{pad}[{paar.Key}]", diepte + 1)))
                    {
                        yield return fout;
                    }
                }

                yield break;
            case IEnumerable reeks:
                var index = 0;
                foreach (var element in reeks)
                {
                    foreach (var fout in LoopOptioneel(element, $"{pad}[{index}]", diepte + 1))
                    {
                        yield return fout;
                    }

                    index++;
                }

                yield break;
        }

        // Only our own request and body records are walked; framework types (dates, ids, enums) hold no free text.
        if (waarde.GetType().Namespace?.StartsWith("Nijkerk.", StringComparison.Ordinal) != true || waarde.GetType().IsEnum)
        {
            yield break;
        }

        foreach (var eigenschap in Eigenschappen.GetOrAdd(waarde.GetType(), LeesbareEigenschappen))
        {
            var naam = pad.Length == 0 ? eigenschap.Name : $"{pad}.{eigenschap.Name}";
            foreach (var fout in LoopOptioneel(eigenschap.GetValue(waarde), naam, diepte + 1))
            {
                yield return fout;
            }
        }
    }

    private static IEnumerable<ValidationFailure> LoopOptioneel(object? waarde, string pad, int diepte) =>
        waarde is null ? [] : Loop(waarde, pad, diepte);

    private static PropertyInfo[] LeesbareEigenschappen(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .ToArray();
}
