using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Nijkerk.SociaalDomein.BuildingBlocks.Modules;
using Npgsql;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Data;

/// <summary>
/// Where the database is, and how each module's own role signs in. The admin connection
/// (<c>ConnectionStrings:SociaalDomein</c>) is used only to create roles and schemas; every module connects
/// as <c>nsd_&lt;schema&gt;</c>, whose password is derived from <c>Database:RoleSecret</c> (or, when that is
/// not set, from the admin password), so one secret serves five roles and no role password is ever stored.
/// </summary>
public sealed class DatabaseSettings
{
    private readonly string roleSecret;

    private DatabaseSettings(string adminConnectionString, string roleSecret)
    {
        AdminConnectionString = adminConnectionString;
        this.roleSecret = roleSecret;
    }

    public string AdminConnectionString { get; }

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var admin = configuration.GetConnectionString("SociaalDomein")
            ?? throw new InvalidOperationException(
                "ConnectionStrings:SociaalDomein is not configured (environment: ConnectionStrings__SociaalDomein).");
        var secret = configuration["Database:RoleSecret"] ?? new NpgsqlConnectionStringBuilder(admin).Password;
        if (string.IsNullOrEmpty(secret))
        {
            throw new InvalidOperationException(
                "Set Database:RoleSecret, or a password in ConnectionStrings:SociaalDomein, to derive the module roles' passwords.");
        }

        return new DatabaseSettings(admin, secret);
    }

    public static string RoleOf(IModule module) => "nsd_" + module.Schema;

    public string PasswordOf(IModule module)
    {
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(roleSecret), Encoding.UTF8.GetBytes(RoleOf(module)));
        return Convert.ToBase64String(hash).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public string ConnectionStringFor(IModule module) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString)
        {
            Username = RoleOf(module),
            Password = PasswordOf(module),
            ApplicationName = "nsd-" + module.Schema,
            // Slices send the same few statements over and over: let Npgsql prepare them, so PostgreSQL plans once.
            MaxAutoPrepare = 100,
            AutoPrepareMinUsages = 2,
        }.ConnectionString;
}
