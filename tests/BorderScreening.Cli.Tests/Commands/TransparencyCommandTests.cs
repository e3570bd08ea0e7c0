namespace BorderScreening.Cli.Tests.Commands;

/// <summary>The transparency command writes the HTML page the static web app serves when asked for .html.</summary>
public sealed class TransparencyCommandTests
{
    [Theory]
    [InlineData("transparency.html", "<!doctype html>")]
    [InlineData("transparency.md", "<!-- Generated")]
    public async Task Transparency_OutExtension_PicksHtmlOrMarkdown(string name, string start)
    {
        var folder = Path.Combine(Path.GetTempPath(), "screening-tests", "transparency-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var output = Path.Combine(folder, name);

            var exitCode = await CliApp.Create().RunAsync(["transparency", "--out", output]);

            Assert.Equal(0, exitCode);
            var text = await File.ReadAllTextAsync(output);
            Assert.StartsWith(start, text, StringComparison.Ordinal);
            Assert.Equal(name.EndsWith(".html", StringComparison.Ordinal), text.Contains("<main>", StringComparison.Ordinal));
            // No script: the static web app's CSP and the page's promise hold.
            Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
