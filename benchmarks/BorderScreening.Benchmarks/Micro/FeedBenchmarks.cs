using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BorderScreening.Application.Feeds;
using BorderScreening.Application.Feeds.Csv;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Application.Feeds.Mrz;
using BorderScreening.Application.Feeds.Paxlst;
using BorderScreening.Application.Feeds.Pnrgov;
using BorderScreening.Benchmarks.Data;
using BorderScreening.Domain.Privacy;
using BorderScreening.Domain.Records;

namespace BorderScreening.Benchmarks.Micro;

/// <summary>Parsing a feed body into valid records; figures are per record.</summary>
[MemoryDiagnoser]
public class FeedBenchmarks
{
    /// <summary>Records per feed body.</summary>
    public const int BatchSize = 300;

    /// <summary>Travellers in the small PAXLST interchange (shows how parsing scales with size).</summary>
    public const int SmallBatch = 30;

    private const int MrzCount = 100;

    private readonly PaxlstReader _paxlst = new();
    private readonly WorkPermitCsvReader _csv = new();
    private readonly PnrgovReader _pnrgov = new();
    private string _pnrgovText = "";
    private PnrgovReadOptions _pnrgovOptions = null!;
    private JsonRecordReader _json = null!;
    private string _paxlstText = "";
    private string _paxlstSmallText = "";
    private byte[] _jsonBytes = [];
    private string _csvText = "";
    private List<IReadOnlyList<string>> _mrz = [];
    private PaxlstReadOptions _paxlstOptions = null!;
    private WorkPermitCsvReadOptions _csvOptions = null!;

    /// <summary>Writes the fixtures and checks each parses to 300 valid records.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var limits = new FeedLimits();
        _json = new JsonRecordReader(limits, new RecordValidator(limits));
        var generator = new RecordGenerator(7, "feed");
        var travellers = Enumerable.Range(0, BatchSize).Select(_ => generator.Traveller("CUR")).ToList();
        _paxlstText = new PaxlstWriter().Write(travellers, new PaxlstWriteOptions { Prepared = RecordGenerator.ScreenedAt });
        _paxlstSmallText = new PaxlstWriter().Write(travellers.Take(SmallBatch).ToList(), new PaxlstWriteOptions { Prepared = RecordGenerator.ScreenedAt });
        _paxlstOptions = new PaxlstReadOptions { SourceSystem = "BENCH-PAXLST", Today = RecordGenerator.Today };
        // A PNR per two passengers, each paid by card with a full number, so the keyed card hash is measured too.
        var booked = travellers.Select((t, i) => t with
        {
            Booking = (t.Booking ?? new BookingFacts()) with { GroupReference = $"B{i / 2:D5}", FormOfPayment = FormOfPayment.Card, PaidBy = Payer.OtherPerson, PayerId = "PAYER/" + (i % 7) },
        }).ToList();
        _pnrgovText = new PnrgovWriter().Write(booked).Replace("XXXXXXXXXXXX", "411111111111", StringComparison.Ordinal);
        _pnrgovOptions = new PnrgovReadOptions { SourceSystem = "BENCH-PNRGOV", Today = RecordGenerator.Today, Cards = new Pseudonymiser(new ScoringFixture.FixedKeyProvider()) };
        _jsonBytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { records = travellers.Cast<ScreeningRecord>().ToList() }, ScreeningJson.Options));
        var permits = Enumerable.Range(0, BatchSize).Select(_ => generator.WorkPermit(Jurisdiction.SX)).ToList();
        _csvText = new WorkPermitCsvWriter().Write(permits);
        _csvOptions = new WorkPermitCsvReadOptions { SourceSystem = "BENCH-CSV", Today = RecordGenerator.Today };
        _mrz = Enumerable.Range(0, MrzCount).Select(i => MrzWriter.Write(MrzFormat.Td3, new MrzFields
        {
            DocumentCode = "P",
            IssuingState = "NLD",
            Surname = "JANSEN",
            GivenNames = "MARIA ELENA",
            DocumentNumber = "NX" + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture),
            Nationality = "NLD",
            BirthDate = new DateOnly(1970 + (i % 30), 1 + (i % 12), 1 + (i % 28)),
            Sex = "F",
            Expiry = new DateOnly(2031, 1, 1),
        })).ToList();

        Require("PAXLST", _paxlst.Read(_paxlstText, _paxlstOptions));
        Require("PNRGOV", _pnrgov.Read(_pnrgovText, _pnrgovOptions));
        Require("JSON", _json.Read(_jsonBytes, RecordGenerator.Today));
        Require("CSV", _csv.Read(_csvText, _csvOptions));
        if (MrzParser.Parse(_mrz[0], RecordGenerator.Today).Errors.Count > 0)
        {
            throw new InvalidOperationException("The MRZ fixture does not parse cleanly.");
        }
    }

    /// <summary>Size of the three fixtures, for the report.</summary>
    public (int Paxlst, int Json, int Csv) FixtureBytes() =>
        (Encoding.UTF8.GetByteCount(_paxlstText), _jsonBytes.Length, Encoding.UTF8.GetByteCount(_csvText));

    /// <summary>A 300-traveller PAXLST interchange.</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int ReadPaxlst() => _paxlst.Read(_paxlstText, _paxlstOptions).Records.Count;

    /// <summary>A 30-traveller PAXLST interchange.</summary>
    [Benchmark(OperationsPerInvoke = SmallBatch)]
    public int ReadPaxlst30() => _paxlst.Read(_paxlstSmallText, _paxlstOptions).Records.Count;

    /// <summary>A 300-passenger PNRGOV push (150 PNRs, every one paid by card).</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int ReadPnrgov() => _pnrgov.Read(_pnrgovText, _pnrgovOptions).Records.Count;

    /// <summary>A 300-record JSON batch.</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int ReadJson() => _json.Read(_jsonBytes, RecordGenerator.Today).Records.Count;

    /// <summary>300 work-permit applications as CSV.</summary>
    [Benchmark(OperationsPerInvoke = BatchSize)]
    public int ReadCsv() => _csv.Read(_csvText, _csvOptions).Records.Count;

    /// <summary>One TD3 machine readable zone with every check digit verified.</summary>
    [Benchmark(OperationsPerInvoke = MrzCount)]
    public int ParseMrz()
    {
        var ok = 0;
        foreach (var lines in _mrz)
        {
            ok += MrzParser.Parse(lines, RecordGenerator.Today).Errors.Count == 0 ? 1 : 0;
        }

        return ok;
    }

    private static void Require(string format, ParsedBatch batch)
    {
        var valid = batch.Records.Count(r => r.IsValid);
        if (valid != BatchSize)
        {
            var first = batch.Errors.Concat(batch.Records.SelectMany(r => r.Errors)).FirstOrDefault();
            throw new InvalidOperationException($"{format} fixture: {valid} of {BatchSize} records valid; first problem: {first}");
        }
    }
}
