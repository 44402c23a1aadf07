namespace Nijkerk.SociaalDomein.Testing;

/// <summary>
/// A PostgreSQL cluster of its own beside the shared test server, with none of its roles: for a test that must start
/// from nothing, as a restore onto a new server does (roles belong to the cluster, not to a database). Removed when the
/// test process ends, like the shared one.
/// </summary>
public static class VersCluster
{
    public static IPostgresServer Start() => LocalPostgresCluster.Start();
}
