using BorderScreening.Application.Feeds.Paxlst;

namespace BorderScreening.Application.Tests.Feeds.Paxlst;

public class EdifactLexerTests
{
    [Fact]
    public void Lex_DefaultSeparators_SplitsElementsAndComponents()
    {
        var result = EdifactLexer.Lex("UNH+1+PAXLST:D:05B:UN:IATA'", 100);

        var segment = Assert.Single(result.Segments);
        Assert.Equal("UNH", segment.Tag);
        Assert.Equal(1, segment.Number);
        Assert.Equal("1", segment.Value(1));
        Assert.Equal(["PAXLST", "D", "05B", "UN", "IATA"], segment.Components(2));
        Assert.Equal("", segment.Value(7, 3));
    }

    [Fact]
    public void Lex_ReleaseCharacter_EscapesEverySeparator()
    {
        var result = EdifactLexer.Lex("UNH+1'NAD+FL+++O?'NEIL?+SONS?:A??B'", 100);

        Assert.Equal("O'NEIL+SONS:A?B", result.Segments[1].Value(4));
    }

    [Fact]
    public void Lex_UnaWithOtherSeparators_UsesThem()
    {
        var result = EdifactLexer.Lex("UNA|*,! \"UNB*UNOA|4*S*R\"NAD*FL***A!\"B|C\"", 100);

        Assert.Null(result.Error);
        Assert.Equal('"', result.Separators.Terminator);
        Assert.Equal("A\"B", result.Segments[1].Value(4, 0));
        Assert.Equal("C", result.Segments[1].Value(4, 1));
    }

    [Fact]
    public void Lex_InvalidUna_IsError()
    {
        var result = EdifactLexer.Lex("UNA::::::UNB+UNOA:4'", 100);

        Assert.NotNull(result.Error);
    }

    [Fact]
    public void Lex_LowerCaseTag_IsUpperCasedWithNote()
    {
        var result = EdifactLexer.Lex("UNH+1+PAXLST'unt+2+1'", 100);

        var segment = result.Segments[1];
        Assert.Equal("UNT", segment.Tag);
        Assert.Contains(segment.Notes, n => n.Contains("lower case", StringComparison.Ordinal));
    }

    [Fact]
    public void Lex_MissingFinalTerminator_KeepsSegmentWithNote()
    {
        var result = EdifactLexer.Lex("UNH+1+PAXLST'UNT+2+1", 100);

        Assert.Equal(2, result.Segments.Count);
        Assert.Contains(result.Segments[1].Notes, n => n.Contains("no segment terminator", StringComparison.Ordinal));
    }

    [Fact]
    public void Lex_CrLfAfterSegments_IsNotAWarning()
    {
        var result = EdifactLexer.Lex("UNB+UNOA:4+S+R+1:1+1'\r\nUNH+1+PAXLST'\r\nUNT+2+1'\r\nUNZ+1+1'\r\n", 100);

        Assert.Empty(result.Warnings);
        Assert.All(result.Segments, s => Assert.Empty(s.Notes));
    }

    [Fact]
    public void Lex_Unoc_AcceptsLatinLettersButNotOtherScripts()
    {
        var result = EdifactLexer.Lex("UNB+UNOC:4+S+R+1:1+1'NAD+FL+++MÜLLER'NAD+FL+++ΑΛΦΑ'", 100);

        Assert.Empty(result.Segments[1].Notes);
        Assert.Single(result.Segments[2].Notes);
    }
}
