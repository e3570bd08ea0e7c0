using System.Text;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Csv;
using BorderScreening.Application.Feeds.Mrz;
using BorderScreening.Application.Feeds.Paxlst;
using BorderScreening.Application.Tests.Feeds.Fixtures;
using BorderScreening.Domain.Records;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BorderScreening.Application.Tests.Feeds.Properties;

/// <summary>
/// Hostile input never makes a reader throw. The readers have a last-resort catch that turns an
/// exception into a "could not be read (ExceptionType)" error; these properties also fail when
/// that safety net fires, so they find the bug rather than the net.
/// </summary>
public class RobustnessProperties
{
    private static readonly DateOnly Today = FeedGenerators.Today;
    private static readonly PaxlstReadOptions PaxlstOptions = new() { SourceSystem = "FUZZ", Today = Today, Jurisdiction = Jurisdiction.CW };
    private static readonly WorkPermitCsvReadOptions CsvOptions = new() { SourceSystem = "FUZZ", Today = Today };

    private static readonly string[] PaxlstFixtures =
    [
        "paxlst-d05b-passengers.edi", "paxlst-d02b-crew.edi", "paxlst-two-messages.edi",
        "paxlst-custom-separators.edi", "paxlst-teletype-deviations.txt", "paxlst-us-multileg.edi",
    ];

    private static void AssertWellFormed(ParsedBatch batch)
    {
        Assert.DoesNotContain(batch.Errors, e => e.Message.Contains("could not be read (", StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(0, batch.Records.Count), batch.Records.Select(r => r.Index));
        Assert.All(batch.Records, r => Assert.True(r.Record is not null || r.Errors.Count > 0));
        Assert.All(batch.Records.SelectMany(r => r.Errors).Concat(batch.Errors), e => Assert.False(string.IsNullOrEmpty(e.Path)));
    }

    [Property(MaxTest = 500)]
    public Property PaxlstRead_RandomText_NeverThrows() =>
        Prop.ForAll(Arb.From(FeedGenerators.NastyText), text => AssertWellFormed(new PaxlstReader().Read(text, PaxlstOptions)));

    [Property(MaxTest = 300)]
    public Property PaxlstRead_RandomBytesAsText_NeverThrows() =>
        Prop.ForAll(Arb.From(FeedGenerators.Bytes), bytes => AssertWellFormed(new PaxlstReader().Read(Encoding.UTF8.GetString(bytes), PaxlstOptions)));

    private static Gen<string> Fixture => Gen.Elements(PaxlstFixtures).Select(FixtureFile.Read);

    private static string[] Segments(string text) => text.Split('\'');

    public static Gen<string> MutatedPaxlst => Mutated(Fixture);

    /// <summary>EDIFACT fixtures cut, thinned, doubled, re-separated and overwritten.</summary>
    public static Gen<string> Mutated(Gen<string> Fixture) =>
        Gen.OneOf(
            // Truncation anywhere.
            from text in Fixture
            from cut in Gen.Choose(0, 5000)
            select text[..Math.Min(cut, text.Length)],
            // Delete a segment.
            from text in Fixture
            from index in Gen.Choose(0, 200)
            let segments = Segments(text)
            select string.Join('\'', segments.Where((_, i) => i != index % segments.Length)),
            // Duplicate a segment.
            from text in Fixture
            from index in Gen.Choose(0, 200)
            let segments = Segments(text)
            select string.Join('\'', segments.SelectMany((s, i) => i == index % segments.Length ? new[] { s, s } : [s])),
            // Swap two separators everywhere.
            from text in Fixture
            from pair in Gen.Elements(("+", ":"), ("'", "+"), (":", "'"), ("?", "+"), ("'", "\n"), ("+", "*"))
            select text.Replace(pair.Item1, "\u0000", StringComparison.Ordinal).Replace(pair.Item2, pair.Item1, StringComparison.Ordinal).Replace("\u0000", pair.Item2, StringComparison.Ordinal),
            // Overwrite random characters.
            from text in Fixture
            from edits in Gen.ListOf(Gen.Zip(Gen.Choose(0, 5000), Gen.Elements("+:'?*\n 9Z\u00e9".ToCharArray())), 5)
            select Overwrite(text, edits));

    private static string Overwrite(string text, IEnumerable<(int Position, char Char)> edits)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        foreach (var (position, c) in edits)
        {
            chars[position % chars.Length] = c;
        }

        return new string(chars);
    }

    [Property(MaxTest = 500)]
    public Property PaxlstRead_MutatedFixtures_NeverThrow() =>
        Prop.ForAll(Arb.From(MutatedPaxlst), text => AssertWellFormed(new PaxlstReader().Read(text, PaxlstOptions)));

    [Property(MaxTest = 300)]
    public Property PaxlstRead_TinyLimits_NeverThrow() =>
        Prop.ForAll(Arb.From(Gen.Zip(MutatedPaxlst, Gen.Choose(0, 30))), input =>
        {
            var options = PaxlstOptions with { Limits = new FeedLimits { MaxSegments = input.Item2, MaxRecordsPerBatch = input.Item2 % 4, MaxFieldLength = 3 } };
            var batch = new PaxlstReader().Read(input.Item1, options);

            AssertWellFormed(batch);
            Assert.True(batch.Records.Count <= options.Limits.MaxRecordsPerBatch);
        });

    [Property(MaxTest = 500)]
    public Property MrzParse_RandomText_NeverThrows() =>
        Prop.ForAll(Arb.From(FeedGenerators.NastyText), text =>
        {
            var result = MrzParser.Parse(text, Today);
            Assert.DoesNotContain(result.Errors, e => e.Message.Contains("could not be read (", StringComparison.Ordinal));
        });

    [Property(MaxTest = 500)]
    public Property MrzParse_RandomLinesOfMrzShape_NeverThrow() =>
        Prop.ForAll(Arb.From(
            from width in Gen.Elements(30, 36, 44)
            from count in Gen.Elements(2, 3)
            from lines in Gen.ArrayOf(FeedGenerators.Word("ABCXYZ0123456789<<<<<", width, width), count)
            select lines), lines =>
        {
            var result = MrzParser.Parse(lines, Today);
            Assert.DoesNotContain(result.Errors, e => e.Message.Contains("could not be read (", StringComparison.Ordinal));
            Assert.Equal(result.Errors.Count == 0, result.IsValid);
        });

    [Property(MaxTest = 500)]
    public Property CsvRead_RandomText_NeverThrows() =>
        Prop.ForAll(Arb.From(FeedGenerators.NastyText), text =>
            AssertWellFormed(new WorkPermitCsvReader().Read("applicationId,jurisdiction,applicant.surname,birthDate\n" + text, CsvOptions)));

    [Property(MaxTest = 300)]
    public Property CsvRead_RandomBytes_NeverThrow() =>
        Prop.ForAll(Arb.From(FeedGenerators.Bytes), bytes => AssertWellFormed(new WorkPermitCsvReader().Read(bytes, CsvOptions)));

    [Property(MaxTest = 300)]
    public Property CsvRead_MutatedFixture_NeverThrows() =>
        Prop.ForAll(Arb.From(
            from cut in Gen.Choose(0, 2000)
            from edits in Gen.ListOf(Gen.Zip(Gen.Choose(0, 2000), Gen.Elements(",\"\r\n;x".ToCharArray())), 4)
            select (cut, edits)), input =>
        {
            var text = FixtureFile.Read("workpermits.csv");
            text = Overwrite(text[..Math.Min(input.cut, text.Length)], input.edits);
            AssertWellFormed(new WorkPermitCsvReader().Read(text, CsvOptions));
        });
}
