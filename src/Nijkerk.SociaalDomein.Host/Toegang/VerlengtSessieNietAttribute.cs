namespace Nijkerk.SociaalDomein.Host.Toegang;

/// <summary>
/// Marks a page or endpoint that the browser calls on its own (a poll), so calling it does not slide the sign-in
/// session forward: only what a person does keeps them signed in.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
internal sealed class VerlengtSessieNietAttribute : Attribute;
