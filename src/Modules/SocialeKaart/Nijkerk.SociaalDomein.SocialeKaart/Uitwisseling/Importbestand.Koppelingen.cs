namespace Nijkerk.SociaalDomein.SocialeKaart.Uitwisseling;

internal sealed partial class Importbestand
{
    private KoppelingRij? Koppeling(HsdsServiceAtLocation k, List<string> fouten)
    {
        VerplichteId(k.Id, fouten);
        var voorziening = DienstInBestand(k.ServiceId, fouten);
        var locatie = Verwijzing(k.LocationId, "location_id", locatiesInBestand, bestaand.Locaties.Select(l => l.Id), fouten);
        return voorziening is null || locatie is null ? null : new KoppelingRij(voorziening.Value, locatie.Value);
    }
}
