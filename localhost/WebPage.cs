using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace BorderScreening.LocalHost;

/// <summary>
/// Serves the reviewers' page (the repository's <c>web/</c> folder, plain static files) at <c>/</c>
/// of the local host, so the page calls <c>/api/...</c> on its own origin as it does behind Azure
/// Static Web Apps. The files are read from the working tree, so an edit shows on reload. Besides
/// <c>web/</c> it serves the page's sign-in settings as <c>/config.json</c> (<see cref="PageSignInOptions"/>)
/// and MSAL for the browser as <c>/vendor/msal-browser.min.js</c> from the npm package in
/// node_modules (the static web app gets a copy at deploy time: scripts/build-web.mjs).
/// </summary>
public static class WebPage
{
    /// <summary>The page's policy: scripts and styles from its own origin only, never inline, never framed.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /// <summary>Where the page loads MSAL from, in both hosts.</summary>
    public const string MsalPath = "/vendor/msal-browser.min.js";

    /// <summary>Where the page reads its sign-in settings, in both hosts.</summary>
    public const string ConfigPath = "/config.json";

    /// <summary>Adds default files and static files for <c>web/</c>; does nothing when the folder is not there.</summary>
    public static WebApplication MapReviewerPage(this WebApplication app)
    {
        var folder = FindFolder();
        if (folder is null)
        {
            app.Logger.LogWarning("The reviewers' page is not served: no web/ folder next to the binaries or in the repository");
            return app;
        }

        var signIn = app.Services.GetRequiredService<IOptions<PageSignInOptions>>().Value;
        var csp = ContentSecurityPolicyFor(signIn);
        var msal = FindMsal();
        // Ahead of the static files, so a config.json or vendor/ copy left in web/ by a deploy build never wins locally.
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
            }
            else if (context.Request.Path.Equals(ConfigPath, StringComparison.OrdinalIgnoreCase))
            {
                ApplyHeaders(context.Response.Headers, csp);
                await Results.Json(signIn.ToPageConfig()).ExecuteAsync(context);
            }
            else if (context.Request.Path.Equals(MsalPath, StringComparison.OrdinalIgnoreCase) && msal is not null)
            {
                ApplyHeaders(context.Response.Headers, csp);
                await Results.File(msal, "text/javascript").ExecuteAsync(context);
            }
            else
            {
                await next(context);
            }
        });

        var files = new PhysicalFileProvider(folder);
        app.Lifetime.ApplicationStopped.Register(files.Dispose);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context => ApplyHeaders(context.Context.Response.Headers, csp),
        });
        return app;
    }

    /// <summary>
    /// The page's policy with the sign-in authority added to <c>connect-src</c>: MSAL reads the
    /// authority's metadata and redeems the code with fetch. Local sign-in connects to nothing else.
    /// </summary>
    public static string ContentSecurityPolicyFor(PageSignInOptions signIn)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        return signIn.IsEntra && signIn.Authority is { } authority
            ? $"{ContentSecurityPolicy}; connect-src 'self' {authority.GetLeftPart(UriPartial.Authority)}"
            : ContentSecurityPolicy;
    }

    /// <summary>The same security headers as staticwebapp.config.json's globalHeaders; no caching, so edits show.</summary>
    internal static void ApplyHeaders(IHeaderDictionary headers, string? contentSecurityPolicy = null)
    {
        headers.ContentSecurityPolicy = contentSecurityPolicy ?? ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers.CacheControl = new StringValues("no-cache");
    }

    // MSAL from the npm package (npm ci), or a copy beside the binaries.
    private static string? FindMsal()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "web", "vendor", "msal-browser.min.js");
        if (File.Exists(beside))
        {
            return beside;
        }

        try
        {
            var inPackage = Path.Combine(RepositoryRoot.Find(), "node_modules", "@azure", "msal-browser", "lib", "msal-browser.min.js");
            return File.Exists(inPackage) ? inPackage : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string? FindFolder()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "web");
        if (File.Exists(Path.Combine(beside, "index.html")))
        {
            return beside;
        }

        try
        {
            var inRepository = Path.Combine(RepositoryRoot.Find(), "web");
            return File.Exists(Path.Combine(inRepository, "index.html")) ? inRepository : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
