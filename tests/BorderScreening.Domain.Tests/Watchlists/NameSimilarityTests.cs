using BorderScreening.Domain.Watchlists;

namespace BorderScreening.Domain.Tests.Watchlists;

public class NameSimilarityTests
{
    private static NameMatch Person(string givenA, string surnameA, string? birthA, string givenB, string surnameB, string? birthB)
    {
        Assert.True(PartialDate.TryParse(birthA, out var a));
        Assert.True(PartialDate.TryParse(birthB, out var b));
        return NameSimilarity.Person(PreparedName.Person(givenA, surnameA), a, PreparedName.Person(givenB, surnameB), b);
    }

    [Theory]
    [InlineData("José", "Rodríguez García", "JOSE", "RODRIGUEZ GARCIA")]
    [InlineData("Jan", "van der Berg", "Jan", "Berg")]
    [InlineData("Garcia", "Maria", "Maria", "Garcia")]
    [InlineData("Jean-Baptiste", "Joseph", "Jean Baptiste", "Joseph")]
    [InlineData("Muhammad", "Ali", "محمد", "علي")]
    [InlineData("Olga", "Smirnova", "Ольга", "Смирнова")]
    [InlineData("Wei", "Zhang", "Wei", "Chang")]
    [InlineData("María José", "Pérez", "Mariajose", "Perez")]
    [InlineData("Yurensley", "Isenia", "Jurensley", "Isenia")]
    public void Person_SamePersonWrittenOtherwise_Matches(string givenA, string surnameA, string givenB, string surnameB)
    {
        var match = Person(givenA, surnameA, "1990-04-12", givenB, surnameB, "1990-04-12");

        Assert.True(match.Score >= NameSimilarity.DefaultThreshold, $"{match.Score}: {match.Explain()}");
    }

    [Theory]
    [InlineData("Jose", "Garcia", "Maria", "Garcia")]
    [InlineData("Juan", "Pérez", "Juan", "Peralta")]
    [InlineData("Rahul", "Sharma", "Priya", "Sharma")]
    public void Person_CommonSurnameOrNearSurname_DoesNotMatch(string givenA, string surnameA, string givenB, string surnameB)
    {
        var match = Person(givenA, surnameA, "1990-04-12", givenB, surnameB, "1990-04-12");

        Assert.True(match.Score < NameSimilarity.DefaultThreshold, $"{match.Score}: {match.Explain()}");
    }

    [Fact]
    public void Person_SameNameOtherBirthDate_DoesNotMatch()
    {
        var match = Person("Maria", "Martina", "1990-04-12", "Maria", "Martina", "1975-09-30");

        Assert.True(match.Score < NameSimilarity.DefaultThreshold);
        Assert.Contains("birth dates differ", match.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_TypoInSurname_NamesTheTokensAndHowClose()
    {
        var match = Person("Maria", "Rodriguez", "1990-04-12", "Maria", "Rodrigez", "1990");

        Assert.Equal("MARIA; RODRIGUEZ~RODRIGEZ 0.99; birth year equal", match.Explain());
    }

    [Fact]
    public void Organisation_LegalFormsAndPunctuation_AreIgnored()
    {
        var match = NameSimilarity.Organisation(PreparedName.Organisation("Caribe Staffing N.V."), PreparedName.Organisation("CARIBE STAFFING"));

        Assert.Equal(1, match.Score);
    }

    [Theory]
    [InlineData("MOHAMMED", "MMD")]
    [InlineData("MUHAMMAD", "MMD")]
    [InlineData("YUSUF", "ASF")]
    [InlineData("JUSUF", "ASF")]
    [InlineData("CATHARINA", "KTRN")]
    [InlineData("KATHARINA", "KTRN")]
    public void PhoneticKey_SpellingVariants_ShareAKey(string token, string key) => Assert.Equal(key, PhoneticKey.Of(token));

    [Fact]
    public void JaroWinkler_KnownPair_GivesTheTextbookValue() =>
        Assert.Equal(0.961, JaroWinkler.Similarity("MARTHA", "MARHTA"), 3);

    [Fact]
    public void Normaliser_DutchParticlesAndTitles_AreDropped() =>
        Assert.Equal(["PIETER", "HOF"], NameNormaliser.Person("Dhr. Pieter", "van 't Hof"));
}
