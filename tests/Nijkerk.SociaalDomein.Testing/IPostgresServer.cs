namespace Nijkerk.SociaalDomein.Testing;

/// <summary>
/// A PostgreSQL server the tests may create databases on: one named by <c>NSD_TEST_DATABASE</c>, a
/// <c>postgres:15</c> container where a Docker engine answers, or a throwaway cluster of the machine's own binaries.
/// </summary>
public interface IPostgresServer
{
    /// <summary>A connection string with the right to create databases and roles, pointing at <paramref name="database"/>.</summary>
    string AdminConnectionString(string database);

    /// <summary>Which server this is, in one line, for the test run's report (never a password).</summary>
    string Beschrijving { get; }
}
