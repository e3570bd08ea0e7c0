using System.Text;
using BorderScreening.Model.Serving.Labels;
using BorderScreening.Model.Training;
using BorderScreening.TestSupport.Model;

namespace BorderScreening.Model.Serving.Tests.Labels;

public sealed class LabelledExampleJsonLinesTests
{
    [Fact]
    public async Task ReadAsync_ExportedExamples_SameDataHashAsInMemory()
    {
        var examples = ModelTestData.Examples.Take(500).Select(e => e.ToLabelled("review:CW", "decision-1")).ToList();
        using var stream = new MemoryStream();
        await LabelledExampleJsonLines.WriteAsync(stream, examples);
        stream.Position = 0;

        var read = await LabelledExampleJsonLines.ReadAsync(stream);

        Assert.Equal(ModelTrainer.DataHash(examples), ModelTrainer.DataHash(read));
        Assert.All(read, e => Assert.Equal(("review:CW", "decision-1"), (e.Source, e.LabelReference)));
    }

    [Fact]
    public async Task ReadAsync_BadLine_FailsWithLineNumber()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("\n{not json}\n"));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => LabelledExampleJsonLines.ReadAsync(stream));

        Assert.StartsWith("Line 2:", error.Message, StringComparison.Ordinal);
    }
}
