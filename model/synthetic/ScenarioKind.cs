using BorderScreening.Domain.Indicators;

namespace BorderScreening.Model.Synthetic;

/// <summary>The profiles the generator draws records from: ordinary travel and work, and injected trafficking scenarios.</summary>
public enum ScenarioKind
{
    // Ordinary travel.
    Tourist,
    BusinessVisitor,
    ReturningResident,
    FamilyVisit,
    Crew,
    ContractLabourTraveller,
    Student,
    TourGroup,
    LastMinuteTraveller,

    // Ordinary work-permit applications.
    RegularPermit,
    SeasonalPermit,
    DomesticPermit,
    SpecialistPermit,
    AdultEntertainmentPermit,
    AgencyPlacedPermit,

    // Injected trafficking scenarios.
    SexualExploitationTravel,
    SexualExploitationPermit,
    LabourExploitationTravel,
    LabourExploitationPermit,
    DomesticServitudeTravel,
    DomesticServitudePermit,
    ChildTrafficking,
    ForcedCriminality,
    SmugglingGroup,
}

/// <summary>What each scenario means.</summary>
public static class ScenarioKinds
{
    /// <summary>The typology of a trafficking scenario, or null for ordinary profiles.</summary>
    public static Typology? TypologyOf(this ScenarioKind kind) => kind switch
    {
        ScenarioKind.SexualExploitationTravel or ScenarioKind.SexualExploitationPermit => Typology.SexualExploitation,
        ScenarioKind.LabourExploitationTravel or ScenarioKind.LabourExploitationPermit => Typology.LabourExploitation,
        ScenarioKind.DomesticServitudeTravel or ScenarioKind.DomesticServitudePermit => Typology.DomesticServitude,
        ScenarioKind.ChildTrafficking => Typology.ChildTrafficking,
        ScenarioKind.ForcedCriminality => Typology.ForcedCriminality,
        ScenarioKind.SmugglingGroup => Typology.Smuggling,
        _ => null,
    };

    /// <summary>Whether the scenario is a trafficking case.</summary>
    public static bool IsTrafficking(this ScenarioKind kind) => kind.TypologyOf() is not null;
}
