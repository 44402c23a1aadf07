namespace Nijkerk.SociaalDomein.Bewaring.Vernietigingslijsten;

/// <summary>A list's status as staff read it on the pages and the printed verklaring; the API keeps the codes.</summary>
internal static class Lijststatus
{
    public static string Tekst(string status) => status switch
    {
        "voorgesteld" => "Voorgesteld, wacht op beoordeling",
        "goedgekeurd" => "Goedgekeurd, wordt uitgevoerd",
        "afgewezen" => "Afgewezen",
        "uitgevoerd" => "Uitgevoerd",
        _ => status,
    };
}
