namespace Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

/// <summary>The actor is known but lacks the right (403).</summary>
public sealed class GeenToegangException(string detail) : Exception(detail);
