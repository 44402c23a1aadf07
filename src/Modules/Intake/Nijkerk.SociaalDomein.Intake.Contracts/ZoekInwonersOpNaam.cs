using MediatR;
using Nijkerk.SociaalDomein.BuildingBlocks.Audit;
using Nijkerk.SociaalDomein.BuildingBlocks.Toegang;

namespace Nijkerk.SociaalDomein.Intake.Contracts;

/// <summary>
/// The inwoners with this surname (any case) and date of birth, as the loket searches the register, at most twenty;
/// merged records are never found. For a module that lets staff pick a person (a household's new member): it names
/// the persons found in its own audited answer, under its own purpose. Never a BSN.
/// </summary>
[Vereist(IntakeRechten.InwonersLezen)]
[Verwerking("Inwoner gezocht op achternaam en geboortedatum", IntakeDoelen.Intake)]
public sealed record ZoekInwonersOpNaam(string Achternaam, DateOnly Geboortedatum) : IRequest<IReadOnlyList<InwonerKenmerken>>;
