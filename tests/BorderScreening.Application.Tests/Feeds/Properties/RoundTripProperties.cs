using BorderScreening.Application.Feeds.Csv;
using BorderScreening.Application.Feeds.Mrz;
using BorderScreening.Application.Feeds.Paxlst;
using BorderScreening.Domain.Records;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace BorderScreening.Application.Tests.Feeds.Properties;

public class RoundTripProperties
{
    private static readonly DateOnly Today = FeedGenerators.Today;

    [Property(MaxTest = 150)]
    public Property PaxlstWriteThenRead_ValidTravellers_KeepEveryCarriedField() =>
        Prop.ForAll(Arb.From(FeedGenerators.Flight), travellers =>
        {
            var text = new PaxlstWriter().Write(travellers, new PaxlstWriteOptions { InterchangeReference = "IC9", Prepared = new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero) });
            var batch = new PaxlstReader().Read(text, new PaxlstReadOptions { SourceSystem = "GEN", Today = Today });

            Assert.Empty(batch.Errors);
            Assert.Equal(travellers.Count, batch.Records.Count);
            foreach (var parsed in batch.Records)
            {
                Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
                Assert.Empty(parsed.Warnings);
                var read = Assert.IsType<TravellerRecord>(parsed.Record);
                var original = travellers.Single(t => t.TravellerReference == read.TravellerReference);
                Assert.StartsWith("IC9/M", read.MessageReference, StringComparison.Ordinal);
                Assert.Equal(original.Legs, read.Legs);
                Assert.Equal(original, read with { MessageReference = original.MessageReference, Legs = original.Legs });
            }
        });

    [Property(MaxTest = 300)]
    public Property MrzWriteThenParse_ValidFields_ReadsTheSameFieldsAndValidates() =>
        Prop.ForAll(Arb.From(FeedGenerators.Mrz), sample =>
        {
            var lines = MrzWriter.Write(sample.Format, sample.Fields);
            var result = MrzParser.Parse(lines, Today);

            Assert.True(result.IsValid, string.Join(" / ", lines) + ": " + string.Join("; ", result.Errors));
            Assert.Equal(sample.Format, result.Format);
            // A long number's check digit is written the Doc 9303 way, and read back so.
            Assert.Equal(sample.Fields.DocumentNumber.Length > 9 ? "Doc 9303" : null, result.Fields.LongNumberConvention);
            Assert.Equal(sample.Fields, result.Fields with { LongNumberConvention = null });
            Assert.All(result.CheckDigits, c => Assert.True(c.IsValid));
        });

    [Property(MaxTest = 300)]
    public Property MrzSingleCharacterChange_InAChecked_Field_IsDetected() =>
        Prop.ForAll(Arb.From(
            from sample in FeedGenerators.Mrz
            from position in Gen.Choose(0, 1000)
            from replacement in Gen.Elements("0123456789".ToCharArray())
            select (sample, position, replacement)), input =>
        {
            var lines = MrzWriter.Write(input.sample.Format, input.sample.Fields).ToArray();
            var last = lines.Length == 3 ? 1 : 1;
            var line = lines[last];
            var index = input.position % 28;  // document number, birth date, expiry and their check digits
            if (line[index] == input.replacement || line[index] == '<' || !char.IsAsciiDigit(line[index]))
            {
                return;
            }

            var chars = line.ToCharArray();
            chars[index] = input.replacement;
            lines[last] = new string(chars);
            var result = MrzParser.Parse(lines, Today);

            // A single changed digit always breaks at least one check (7-3-1 weighting detects single substitutions).
            Assert.Contains(result.CheckDigits, c => !c.IsValid);
        });

    [Property(MaxTest = 200)]
    public Property CsvWriteThenRead_ValidPermits_ReadTheSameRecords() =>
        Prop.ForAll(Arb.From(Gen.NonEmptyListOf(FeedGenerators.WorkPermit)), permits =>
        {
            var csv = new WorkPermitCsvWriter().Write(permits);
            var batch = new WorkPermitCsvReader().Read(csv, new WorkPermitCsvReadOptions { Today = Today });

            Assert.Empty(batch.Errors);
            Assert.Equal(permits.Count, batch.Records.Count);
            for (var i = 0; i < permits.Count; i++)
            {
                Assert.True(batch.Records[i].IsValid, string.Join("; ", batch.Records[i].Errors));
                Assert.Equal(permits[i], batch.Records[i].Record);
            }
        });
}
