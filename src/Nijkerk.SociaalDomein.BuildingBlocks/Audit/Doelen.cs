namespace Nijkerk.SociaalDomein.BuildingBlocks.Audit;

/// <summary>
/// The purposes (doelbinding) of the host's own processing, as recorded in the audit log. A domain module declares
/// its purposes in its Contracts and its <c>IModule</c>.
/// </summary>
public static class Doelen
{
    public const string Toegangsbeheer = "Beheer van wie welke toegang heeft (accounts en API-sleutels)";
    public const string Storingen = "Beheer van gebeurtenissen tussen modules die niet konden worden afgehandeld";
    public const string Toezicht = "Toezicht op verwerkingen en inzage voor de inwoner (AVG art. 15)";
}
