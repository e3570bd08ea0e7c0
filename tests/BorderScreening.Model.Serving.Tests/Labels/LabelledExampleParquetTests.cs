using BorderScreening.Model.Serving.Features;
using BorderScreening.Model.Serving.Labels;
using BorderScreening.TestSupport.Model;
using Parquet;

namespace BorderScreening.Model.Serving.Tests.Labels;

/// <summary>The Parquet form of the label export: flat, documented columns that read back as written.</summary>
public sealed class LabelledExampleParquetTests
{
    private static List<LabelledExample> Examples() =>
        [.. ModelTestData.Examples.Take(300).Select((e, i) =>
        {
            var example = e.ToLabelled("review:CW", $"x-{i}") with { RandomCheck = i % 10 == 0, InclusionProbability = i % 10 == 0 ? 0.005 : null };
            return i % 2 == 0 ? example with { Features = FeatureExtractor.Extract(example.ToContext()), FeatureSchemaId = FeatureSchema.Id } : example;
        })];

    [Fact]
    public async Task Write_Columns_AreTheDocumentedFlatLayout()
    {
        using var stream = new MemoryStream();
        await LabelledExampleParquet.WriteAsync(stream, Examples());
        stream.Position = 0;

        await using var reader = await ParquetReader.CreateAsync(stream);

        var names = reader.Schema.DataFields.Select(f => f.Name).ToArray();
        Assert.Equal(["screened_at", "labelled_at", "jurisdiction", "record_kind", "label", "true_label", "typology", "source", "label_reference", "random_check", "inclusion_probability", "sample_weight", "feature_schema", "features_point_in_time"], names[..14]);
        Assert.Equal(FeatureSchema.Names, names[14..(14 + FeatureSchema.Count)]);
        Assert.Equal(["record_json", "counts_json"], names[(14 + FeatureSchema.Count)..]);
        Assert.Equal(300, Enumerable.Range(0, reader.RowGroupCount).Sum(g => reader.OpenRowGroupReader(g).RowCount));
    }

    [Fact]
    public async Task Write_FeatureAndWeightColumns_HoldTheRowValues()
    {
        var examples = Examples();
        using var stream = new MemoryStream();
        await LabelledExampleParquet.WriteAsync(stream, examples);
        stream.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(stream);
        using var group = reader.OpenRowGroupReader(0);
        var weights = new double[300];
        var minor = new float[300];
        var source = new string[300];

        await group.ReadAsync<double>(reader.Schema.DataFields.Single(f => f.Name == "sample_weight"), weights);
        await group.ReadAsync<float>(reader.Schema.DataFields.Single(f => f.Name == "age_years"), minor);
        await group.ReadAsync(reader.Schema.DataFields.Single(f => f.Name == "source"), source);

        Assert.Equal(examples.Select(e => e.SampleWeight), weights);
        Assert.Equal(200, weights[0]);
        Assert.Equal(examples.Select(e => FeatureExtractor.Extract(e.ToContext())[FeatureSchema.IndexOf("age_years")]), minor);
        Assert.All(source, s => Assert.Equal("review:CW", s));
    }

    [Fact]
    public async Task ReadAsync_RoundTrip_GivesBackTheExamples()
    {
        var examples = Examples();
        using var stream = new MemoryStream();
        await LabelledExampleParquet.WriteAsync(stream, examples);
        stream.Position = 0;

        var read = await LabelledExampleParquet.ReadAsync(stream);

        Assert.Equal(examples.Count, read.Count);
        Assert.Equal(examples.Select(e => (e.Label, e.TrueLabel, e.Typology, e.Source, e.LabelReference, e.RandomCheck, e.InclusionProbability, e.ScreenedAt, e.Record.Jurisdiction)),
            read.Select(e => (e.Label, e.TrueLabel, e.Typology, e.Source, e.LabelReference, e.RandomCheck, e.InclusionProbability, e.ScreenedAt, e.Record.Jurisdiction)));
        Assert.Equal(examples.Select(e => e.HasCurrentFeatures), read.Select(e => e.HasCurrentFeatures));
        Assert.Equal(examples.Select(e => FeatureExtractor.Extract(e.ToContext())), read.Select(e => FeatureExtractor.Extract(e.ToContext())));
    }
}
