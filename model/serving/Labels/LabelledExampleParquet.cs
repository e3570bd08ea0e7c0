using System.Globalization;
using System.Text.Json;
using BorderScreening.Application.Feeds.Json;
using BorderScreening.Domain.Indicators;
using BorderScreening.Domain.Records;
using BorderScreening.Model.Serving.Features;
using Parquet;
using Parquet.Schema;

namespace BorderScreening.Model.Serving.Labels;

/// <summary>
/// Labelled examples as one flat Parquet table (Parquet.Net), for pandas, Polars and ML.NET. One row per
/// example; columns in this order (docs/model.md "Label export in Parquet"):
/// <list type="bullet">
/// <item><c>screened_at</c>, <c>labelled_at</c> (ISO 8601 text, UTC; a review export holds the first day of
/// the month, never the exact time),
/// <c>jurisdiction</c>, <c>record_kind</c> ("traveller" / "work-permit");</item>
/// <item><c>label</c> (bool), <c>true_label</c> (bool, null outside synthetic data), <c>typology</c>,
/// <c>source</c>, <c>label_reference</c>, <c>random_check</c> (bool), <c>inclusion_probability</c>
/// (double, null for a hit), <c>sample_weight</c> (double, 1 / inclusion probability);</item>
/// <item><c>feature_schema</c> (id of this build's schema), <c>features_point_in_time</c> (true when the
/// feature columns are those stored with the assessment, false when recomputed from the record's facts),
/// then one float column per feature named as in <see cref="FeatureSchema.Names"/>;</item>
/// <item><c>record_json</c>, <c>counts_json</c>: the minimised record and network counts as JSON, so a
/// file can be read back into training exactly like the JSON-lines form.</item>
/// </list>
/// </summary>
public static class LabelledExampleParquet
{
    /// <summary>Media type of the export.</summary>
    public const string MediaType = "application/vnd.apache.parquet";

    /// <summary>Rows per row group.</summary>
    public const int RowGroupSize = 50_000;

    private static readonly DataField<string> ScreenedMonth = new("screened_at", nullable: false);
    private static readonly DataField<string> LabelledMonth = new("labelled_at", nullable: true);
    private static readonly DataField<string> JurisdictionField = new("jurisdiction", nullable: false);
    private static readonly DataField<string> RecordKind = new("record_kind", nullable: false);
    private static readonly DataField<bool> Label = new("label", nullable: false);
    private static readonly DataField<bool?> TrueLabel = new("true_label", nullable: true);
    private static readonly DataField<string> TypologyField = new("typology", nullable: true);
    private static readonly DataField<string> Source = new("source", nullable: false);
    private static readonly DataField<string> LabelReference = new("label_reference", nullable: true);
    private static readonly DataField<bool> RandomCheck = new("random_check", nullable: false);
    private static readonly DataField<double?> InclusionProbability = new("inclusion_probability", nullable: true);
    private static readonly DataField<double> SampleWeight = new("sample_weight", nullable: false);
    private static readonly DataField<string> SchemaId = new("feature_schema", nullable: false);
    private static readonly DataField<bool> PointInTime = new("features_point_in_time", nullable: false);
    private static readonly DataField<float>[] FeatureFields = FeatureSchema.Names.Select(n => new DataField<float>(n, nullable: false)).ToArray();
    private static readonly DataField<string> RecordJson = new("record_json", nullable: false);
    private static readonly DataField<string> CountsJson = new("counts_json", nullable: false);

    /// <summary>The file's schema, in column order.</summary>
    public static ParquetSchema Schema { get; } = new(
        new Field[] { ScreenedMonth, LabelledMonth, JurisdictionField, RecordKind, Label, TrueLabel, TypologyField, Source, LabelReference, RandomCheck, InclusionProbability, SampleWeight, SchemaId, PointInTime }
            .Concat(FeatureFields)
            .Concat([RecordJson, CountsJson]));

    /// <summary>Writes every example; returns how many. The stream must be writable and seekable.</summary>
    public static async Task<int> WriteAsync(Stream stream, IEnumerable<LabelledExample> examples, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(examples);
        var count = 0;
        await using var writer = await ParquetWriter.CreateAsync(Schema, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var chunk in examples.Chunk(RowGroupSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteRowGroupAsync(writer, chunk, cancellationToken).ConfigureAwait(false);
            count += chunk.Length;
        }

        return count;
    }

    /// <summary>As <see cref="WriteAsync(Stream, IEnumerable{LabelledExample}, CancellationToken)"/>, from an asynchronous source (the store export).</summary>
    public static async Task<int> WriteAsync(Stream stream, IAsyncEnumerable<LabelledExample> examples, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(examples);
        var count = 0;
        await using var writer = await ParquetWriter.CreateAsync(Schema, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        var buffer = new List<LabelledExample>(RowGroupSize);
        await foreach (var example in examples.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            buffer.Add(example);
            if (buffer.Count == RowGroupSize)
            {
                await WriteRowGroupAsync(writer, [.. buffer], cancellationToken).ConfigureAwait(false);
                count += buffer.Count;
                buffer.Clear();
            }
        }

        if (buffer.Count > 0 || count == 0)
        {
            await WriteRowGroupAsync(writer, [.. buffer], cancellationToken).ConfigureAwait(false);
            count += buffer.Count;
        }

        return count;
    }

    /// <summary>Reads a file written by <see cref="WriteAsync(Stream, IEnumerable{LabelledExample}, CancellationToken)"/> back into examples.</summary>
    public static async Task<IReadOnlyList<LabelledExample>> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        var missing = Schema.DataFields.Select(f => f.Name).Except(reader.Schema.DataFields.Select(f => f.Name), StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidDataException($"Not a label export of this feature schema: missing column(s) {string.Join(", ", missing.Take(5))}.");
        }

        var result = new List<LabelledExample>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = checked((int)group.RowCount);
            async Task<T[]> Column<T>(DataField field)
                where T : struct
            {
                var values = new T[n];
                await group.ReadAsync<T>(field, values, cancellationToken: cancellationToken).ConfigureAwait(false);
                return values;
            }

            async Task<T?[]> Nullable<T>(DataField field)
                where T : struct
            {
                var values = new T?[n];
                await group.ReadAsync<T>(field, values, cancellationToken: cancellationToken).ConfigureAwait(false);
                return values;
            }

            async Task<string?[]> Strings(DataField field)
            {
                var values = new string[n];
                await group.ReadAsync(field, values, cancellationToken: cancellationToken).ConfigureAwait(false);
                return values;
            }

            DataField Field(DataField ours) => reader.Schema.DataFields.First(f => f.Name == ours.Name);
            var screened = await Strings(Field(ScreenedMonth)).ConfigureAwait(false);
            var labelled = await Strings(Field(LabelledMonth)).ConfigureAwait(false);
            var labels = await Column<bool>(Field(Label)).ConfigureAwait(false);
            var truth = await Nullable<bool>(Field(TrueLabel)).ConfigureAwait(false);
            var typologies = await Strings(Field(TypologyField)).ConfigureAwait(false);
            var sources = await Strings(Field(Source)).ConfigureAwait(false);
            var references = await Strings(Field(LabelReference)).ConfigureAwait(false);
            var checks = await Column<bool>(Field(RandomCheck)).ConfigureAwait(false);
            var probabilities = await Nullable<double>(Field(InclusionProbability)).ConfigureAwait(false);
            var schemas = await Strings(Field(SchemaId)).ConfigureAwait(false);
            var pointInTime = await Column<bool>(Field(PointInTime)).ConfigureAwait(false);
            var features = new float[FeatureFields.Length][];
            for (var f = 0; f < FeatureFields.Length; f++)
            {
                features[f] = await Column<float>(Field(FeatureFields[f])).ConfigureAwait(false);
            }

            var records = await Strings(Field(RecordJson)).ConfigureAwait(false);
            var counts = await Strings(Field(CountsJson)).ConfigureAwait(false);
            for (var i = 0; i < n; i++)
            {
                result.Add(new LabelledExample
                {
                    Record = JsonSerializer.Deserialize<ScreeningRecord>(records[i] ?? "", ScreeningJson.Options)
                        ?? throw new InvalidDataException($"Row group {g}, row {i}: no record."),
                    Counts = JsonSerializer.Deserialize<NetworkCountEntry[]>(counts[i] ?? "[]", ScreeningJson.Options) ?? [],
                    ScreenedAt = Time(screened[i]) ?? default,
                    LabelledAt = Time(labelled[i]),
                    Label = labels[i],
                    TrueLabel = truth[i],
                    Typology = Enum.TryParse<Typology>(typologies[i], out var typology) ? typology : null,
                    Source = sources[i] ?? "",
                    LabelReference = references[i],
                    RandomCheck = checks[i],
                    InclusionProbability = probabilities[i],
                    Features = pointInTime[i] ? features.Select(column => column[i]).ToArray() : null,
                    FeatureSchemaId = pointInTime[i] ? schemas[i] : null,
                });
            }
        }

        return result;
    }

    private static async Task WriteRowGroupAsync(ParquetWriter writer, LabelledExample[] rows, CancellationToken cancellationToken)
    {
        using var group = writer.CreateRowGroup();
        var vectors = rows.Select(e => e.HasCurrentFeatures ? e.Features!.ToArray() : FeatureExtractor.Extract(e.ToContext())).ToArray();
        await group.WriteAsync(ScreenedMonth, rows.Select(e => TimeText(e.ScreenedAt)).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(LabelledMonth, rows.Select(e => e.LabelledAt is { } t ? TimeText(t) : null).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(JurisdictionField, rows.Select(e => e.Record.Jurisdiction.ToCode()).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(RecordKind, rows.Select(e => e.Record is WorkPermitRecord ? "work-permit" : "traveller").ToArray()).ConfigureAwait(false);
        await group.WriteAsync<bool>(Label, rows.Select(e => e.Label).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<bool>(TrueLabel, rows.Select(e => e.TrueLabel).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(TypologyField, rows.Select(e => e.Typology?.ToString()).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(Source, rows.Select(e => e.Source).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(LabelReference, rows.Select(e => e.LabelReference).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<bool>(RandomCheck, rows.Select(e => e.RandomCheck).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<double>(InclusionProbability, rows.Select(e => e.InclusionProbability).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<double>(SampleWeight, rows.Select(e => e.SampleWeight).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(SchemaId, rows.Select(_ => FeatureSchema.Id).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<bool>(PointInTime, rows.Select(e => e.HasCurrentFeatures).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        for (var f = 0; f < FeatureFields.Length; f++)
        {
            var index = f;
            await group.WriteAsync<float>(FeatureFields[f], vectors.Select(v => v[index]).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        await group.WriteAsync(RecordJson, rows.Select(e => JsonSerializer.Serialize(e.Record, ScreeningJson.Options)).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(CountsJson, rows.Select(e => JsonSerializer.Serialize(e.Counts, ScreeningJson.Options)).ToArray()).ConfigureAwait(false);
        group.CompleteValidate();
    }

    private static string TimeText(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);

    private static DateTimeOffset? Time(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;
}
