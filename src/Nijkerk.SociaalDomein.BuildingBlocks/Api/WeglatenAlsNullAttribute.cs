namespace Nijkerk.SociaalDomein.BuildingBlocks.Api;

/// <summary>
/// A record whose fields are left out of the JSON when they are null (it is written with
/// <c>JsonIgnoreCondition.WhenWritingNull</c>), rather than written as <c>null</c>. The OpenAPI document then describes
/// such a field as optional and never null. Without this marker a field is always present: required, and nullable
/// where its type is.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class WeglatenAlsNullAttribute : Attribute;
