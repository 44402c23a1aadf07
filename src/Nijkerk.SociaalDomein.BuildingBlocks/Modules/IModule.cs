using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nijkerk.SociaalDomein.BuildingBlocks.Bewaring;
using Nijkerk.SociaalDomein.BuildingBlocks.Persoonsgegevens;

namespace Nijkerk.SociaalDomein.BuildingBlocks.Modules;

/// <summary>
/// One module of the monolith: its name, the schema it owns, its services and its endpoints, and what it adds to
/// what is shared (rights, purposes, navigation, API tags), so adding a module changes nothing shared.
/// </summary>
public interface IModule
{
    /// <summary>Name as shown in logs and health checks, e.g. "Intake".</summary>
    string Name { get; }

    /// <summary>The one PostgreSQL schema this module owns, e.g. "intake".</summary>
    string Schema { get; }

    /// <summary>
    /// An append-only schema (the audit log): owned by the migrating user, while the module's role may only read
    /// and insert, so the application can never change or delete a row. Such a schema has no outbox or inbox.
    /// </summary>
    bool AlleenToevoegen => false;

    /// <summary>
    /// Functions of an append-only schema that are no insert: they stay with the migrating user, who owns the table, and
    /// only the module's own role may run them. The schema's other functions (one insert each) go to its role, and every
    /// module may run them. The audit log's one deletion after an approved vernietigingslijst (ADR 0030) is such a function.
    /// </summary>
    IReadOnlyList<string> EigenFuncties => [];

    /// <summary>
    /// PostgreSQL extensions the module's SQL uses (e.g. pg_trgm). The migrating user creates them in the
    /// module's own schema before its migrations run; a module role may not create extensions itself.
    /// </summary>
    IReadOnlyList<string> Extensies => [];

    /// <summary>
    /// The rights the module introduces (constants in its Contracts) and which roles get them. The host composes
    /// them: every role's rights, the API scopes, an authorization policy per right.
    /// </summary>
    IReadOnlyList<ModuleRecht> EigenRechten => [];

    /// <summary>The purposes (doelbinding) its requests name in <c>[Verwerking]</c>; nothing else (architecture test).</summary>
    IReadOnlyList<string> EigenDoelen => [];

    /// <summary>The module's pages in the main navigation, in this order within their group.</summary>
    IReadOnlyList<NavigatieItem> Navigatie => [];

    /// <summary>The tags its endpoints use in the OpenAPI document, with their description.</summary>
    IReadOnlyList<ApiTag> ApiTags => [];

    /// <summary>
    /// Inzage (AVG art. 15): the module's own request for what it holds on these inwoners (the inwoner and the records
    /// merged into him), answered by its own handler. No default, so a module that forgets it does not build; one that
    /// holds no personal data answers that it holds none and why (ADR 0029).
    /// </summary>
    GeefPersoonsgegevens Persoonsgegevens(IReadOnlyList<Guid> inwonerIds);

    /// <summary>
    /// Bewaartermijnen: the module's own request for the parts it holds under these inwoners, each with its category and
    /// closing date (or still open), answered by its own handler. No default, like <see cref="Persoonsgegevens"/>.
    /// </summary>
    GeefBewaarstand Bewaarstand(IReadOnlyList<Guid> inwonerIds);

    /// <summary>
    /// Vernietiging: the module's own command that deletes or anonymises all it holds under these inwoners, in its own
    /// transaction; running it twice changes nothing more. No default.
    /// </summary>
    VernietigPersoonsgegevens Vernietiging(IReadOnlyList<Guid> inwonerIds);

    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Maps the module's endpoints on the group that is already rooted at /api/v1.</summary>
    void MapEndpoints(IEndpointRouteBuilder api);
}
