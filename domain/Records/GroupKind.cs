using System.Text.Json.Serialization;
using BorderScreening.Domain.Common;

namespace BorderScreening.Domain.Records;

/// <summary>What kind of organised group a traveller belongs to.</summary>
[JsonConverter(typeof(StrictEnumJsonConverter<GroupKind>))]
public enum GroupKind
{
    /// <summary>A school trip or exchange.</summary>
    School,
    /// <summary>A sports team or tournament.</summary>
    Sports,
    /// <summary>A package or guided tour.</summary>
    Tour,
    /// <summary>A church, youth or cultural group.</summary>
    Cultural,
    /// <summary>A business delegation or crew change.</summary>
    Business,
    /// <summary>Another kind of group.</summary>
    Other,
}
