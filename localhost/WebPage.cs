using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace BorderScreening.LocalHost;

/// <summary>
/// Serves the reviewers' page (the repository's <c>web/</c> folder, plain static files) at <c>/</c>
/// of the local host, so the page calls <c>/api/...</c> on its own origin as it does behind Azure
/// Static Web Apps. The files are read from the working tree, so an edit shows on reload.
/// </summary>
public static class WebPage
{
    /// <summary>The page's policy: scripts and styles from its own origin only, never inline, never framed.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /// <summary>Adds default files and static files for <c>web/</c>; does nothing when the folder is not there.</summary>
    public static WebApplication MapReviewerPage(this WebApplication app)
    {
        var folder = FindFolder();
        if (folder is null)
        {
            app.Logger.LogWarning("The reviewers' page is not served: no web/ folder next to the binaries or in the repository");
            return app;
        }

        var files = new PhysicalFileProvider(folder);
        app.Lifetime.ApplicationStopped.Register(files.Dispose);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context => ApplyHeaders(context.Context.Response.Headers),
        });
        return app;
    }

    /// <summary>The same security headers as staticwebapp.config.json's globalHeaders; no caching, so edits show.</summary>
    internal static void ApplyHeaders(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers.CacheControl = new StringValues("no-cache");
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
