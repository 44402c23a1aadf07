using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Mediation;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;

/// <summary>
/// Bewaartermijnen (AVG art. 5(1)(e), Archiefwet): every module says for itself what it holds on a dossier that counts
/// for retention: each part (an aanmelding, an overdracht, a plan) with its bewaarcategorie and when it closed, or that it
/// is still open. The retention job asks every module through <c>IModule.Bewaarstand</c> (no default, so a module that
/// forgets does not build) and destroys a dossier only when nothing is open anywhere and every part's term has passed.
/// <paramref name="InwonerIds"/> are the inwoners of one or more dossiers with every record merged into them (ADR 0010).
/// </summary>
public abstract record GeefBewaarstand(IReadOnlyList<Guid> InwonerIds) : MediatR.IRequest<BewaarstandVanModule>, IBetreftPersonen
{
    public IEnumerable<Guid?> BetrokkenPersonen() => InwonerIds.Select(id => (Guid?)id);
}

/// <summary>One module's parts of the asked dossiers; a module that holds none answers an empty list.</summary>
public sealed record BewaarstandVanModule(string Module, IReadOnlyList<Bewaardeel> Delen);

/// <summary>
/// One part a module holds under <paramref name="InwonerId"/>: its <see cref="Bewaarcategorieen">bewaarcategorie</see>
/// and when it closed; <paramref name="AfgeslotenOp"/> null means it is still open, which keeps the whole dossier.
/// </summary>
public sealed record Bewaardeel(Guid InwonerId, string Categorie, DateTimeOffset? AfgeslotenOp);

/// <summary>
/// Vernietiging after an approved vernietigingslijst: the module deletes or anonymises everything it holds under these
/// inwoners, in its own transaction, through <c>IModule.Vernietiging</c> (no default). Running it again deletes nothing
/// more. The answer counts what went, per kind, without personal data, for the verklaring van vernietiging.
/// </summary>
public abstract record VernietigPersoonsgegevens(IReadOnlyList<Guid> InwonerIds) : ICommand<VernietigingVanModule>, IBetreftPersonen
{
    public IEnumerable<Guid?> BetrokkenPersonen() => InwonerIds.Select(id => (Guid?)id);
}

/// <summary>What one module destroyed: per kind of record how many were deleted or anonymised.</summary>
public sealed record VernietigingVanModule(string Module, IReadOnlyList<VernietigdAantal> Aantallen);

/// <summary>How many records of one kind (e.g. "aanmelding", "plan") were deleted or anonymised.</summary>
public sealed record VernietigdAantal(string Soort, int Verwijderd, int Geanonimiseerd);

/// <summary>
/// The bewaarcategorieën the modules name. Their terms are data the functioneel beheerder sees and changes (with the
/// Selectielijst's category they are taken from); the codes are fixed, so a module can name them.
/// </summary>
public static class Bewaarcategorieen
{
    /// <summary>A question at the loket, its vraagverheldering and contacts, without a voorziening or traject after it.</summary>
    public const string Toegang = "toegang";

    /// <summary>Jeugdhulp (Jeugdwet): the longer term for youth-care records.</summary>
    public const string Jeugd = "jeugd";

    /// <summary>Maatschappelijke ondersteuning (Wmo 2015) and the gehandicaptenparkeerkaart.</summary>
    public const string Wmo = "wmo";

    /// <summary>Werk, inkomen, bijzondere bijstand, armoede, inburgering and woningurgentie (Participatiewet and the like).</summary>
    public const string WerkEnInkomen = "werk-en-inkomen";

    /// <summary>Schuldhulpverlening (Wet gemeentelijke schuldhulpverlening).</summary>
    public const string Schuldhulp = "schuldhulp";

    /// <summary>Regie: the household's ondersteuningsplan with its doelen, acties and evaluaties.</summary>
    public const string Regie = "regie";

    public static readonly IReadOnlyList<string> Alle = [Toegang, Jeugd, Wmo, WerkEnInkomen, Schuldhulp, Regie];
}

/// <summary>The purposes under which the retention job reads and destroys; every module with data declares them.</summary>
public static class BewaringDoelen
{
    public const string Bewaartermijn = "Bewaken van de bewaartermijn van vastgelegde gegevens (Archiefwet, AVG art. 5 lid 1 onder e)";

    public const string Vernietiging = "Vernietigen van gegevens na afloop van de bewaartermijn (Archiefwet, AVG art. 17)";
}
