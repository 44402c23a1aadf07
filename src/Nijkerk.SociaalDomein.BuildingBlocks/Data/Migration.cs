using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Data;

/// <summary>
/// One numbered SQL file embedded in a module (Data/Migrations/0001_name.sql), or in BuildingBlocks for the
/// tables every schema has; those are written with <c>{schema}</c> where the schema name goes.
/// </summary>
public sealed partial record Migration(string Source, int Version, string Name, string Sql)
{
    public const string Platform = "platform";
    public const string Module = "module";

    public (string Source, int Version) Key => (Source, Version);

    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));

    /// <summary>The migrations embedded under <paramref name="ns"/>.Data.Migrations in <paramref name="assembly"/>.</summary>
    public static IReadOnlyList<Migration> In(Assembly assembly, string ns, string source, string schema)
    {
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = FileName().Match(resource);
            if (!match.Success || !resource.StartsWith(ns + ".Data.Migrations.", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            migrations.Add(new Migration(
                source, int.Parse(match.Groups["version"].Value), match.Groups["name"].Value, reader.ReadToEnd().Replace("{schema}", schema)));
        }

        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"{assembly.GetName().Name} has two migrations numbered {duplicate.Key}.");
        }

        return [.. migrations.OrderBy(m => m.Version)];
    }

    [GeneratedRegex(@"\.Data\.Migrations\.(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex FileName();
}
