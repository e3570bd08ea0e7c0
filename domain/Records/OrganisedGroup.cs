namespace BorderScreening.Domain.Records;

/// <summary>
/// An organised group a traveller travels with (school trip, sports team, tour), with whoever
/// answers for it. Ordinary group travel shares surface features with trafficking (many minors on
/// one booking); a named responsible adult or organisation is what tells them apart.
/// </summary>
public sealed record OrganisedGroup
{
    /// <summary>Kind of group.</summary>
    public GroupKind? Kind { get; init; }

    /// <summary>The group's name (school, club, tour operator's group name).</summary>
    public string? Name { get; init; }

    /// <summary>The adult who answers for the group on the journey (teacher, coach, tour leader).</summary>
    public string? ResponsibleAdult { get; init; }

    /// <summary>The organisation that answers for the group (school, club, tour operator).</summary>
    public string? ResponsibleOrganisation { get; init; }

    /// <summary>Whether someone who answers for the group is named.</summary>
    public bool NamesResponsible => !string.IsNullOrWhiteSpace(ResponsibleAdult) || !string.IsNullOrWhiteSpace(ResponsibleOrganisation);
}
