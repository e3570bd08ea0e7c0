using Microsoft.Playwright;

namespace BorderScreening.Web.Tests;

/// <summary>
/// One headless Debian Chromium per test run, driven by Playwright. Playwright is pointed at an empty
/// browsers folder so it never looks for (or fetches) a browser of its own; each test then opens a
/// fresh context, which starts with empty storage like a new browser profile.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's chromium package.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly string _browsersFolder = Path.Combine(Path.GetTempPath(), "screening-web-tests", "pw-browsers-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The running browser.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: apt-get install -y chromium (scripts/test does this). Never run 'playwright install'.");
        }

        Directory.CreateDirectory(_browsersFolder);
        Environment.SetEnvironmentVariable("PLAYWRIGHT_BROWSERS_PATH", _browsersFolder);
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();

        // Playwright gives every launch a fresh temporary --user-data-dir of its own.
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// A new, empty browser context (no storage, no cookies) in <paramref name="locale"/>;
    /// <paramref name="ignoreHttpsErrors"/> lets it reach a test's https stand-in with its self-signed certificate.
    /// </summary>
    public async Task<IPage> NewPageAsync(string locale = "en-GB", int width = 1280, int height = 900, bool ignoreHttpsErrors = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            IgnoreHTTPSErrors = ignoreHttpsErrors,
            Locale = locale,
            TimezoneId = "America/Curacao",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        ScriptErrors.Add(page, errors);
        page.PageError += (_, message) => errors.Add(message);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        return page;
    }

    /// <summary>Script errors and console errors seen on each page.</summary>
    public System.Runtime.CompilerServices.ConditionalWeakTable<IPage, List<string>> ScriptErrors { get; } = new();

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Directory.Exists(_browsersFolder))
        {
            Directory.Delete(_browsersFolder, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
