namespace BorderScreening.Domain.Watchlists;

/// <summary>Two persons to compare, with the label when known (a line of a name-pair file).</summary>
public sealed record NamePair(int Line, string GivenA, string SurnameA, PartialDate? BirthA, string GivenB, string SurnameB, PartialDate? BirthB, bool? Match)
{
    /// <summary>Scores the pair as the person matcher does.</summary>
    public NameMatch Score() =>
        NameSimilarity.Person(PreparedName.Person(GivenA, SurnameA), BirthA, PreparedName.Person(GivenB, SurnameB), BirthB);
}
