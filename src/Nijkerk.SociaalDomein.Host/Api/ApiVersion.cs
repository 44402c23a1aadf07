namespace Nijkerk.SociaalDomein.Host.Api;

/// <summary>The version of the REST API; the full SemVer goes in every response's API-Version header.</summary>
internal static class ApiVersion
{
    public const string Full = "1.2.0";
    public const string BasePath = "/api/v1";
    public const string Header = "API-Version";
}
