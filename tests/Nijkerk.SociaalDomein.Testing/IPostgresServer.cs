namespace Nijkerk.SociaalDomein.Testing;

/// <summary>
/// A PostgreSQL server the tests may create databases on. Kept this small so a container-backed server can be
/// added where Docker exists (Testcontainers cannot be restored here).
/// </summary>
public interface IPostgresServer
{
    /// <summary>A connection string with the right to create databases and roles, pointing at <paramref name="database"/>.</summary>
    string AdminConnectionString(string database);
}
