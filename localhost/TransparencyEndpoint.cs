using BorderScreening.Application.Oversight.Monitoring;
using BorderScreening.Application.Oversight.Transparency;
using BorderScreening.Application.Retention;
using BorderScreening.Domain.Indicators;
using Microsoft.Extensions.Options;
using BorderScreening.Http.Api;

namespace BorderScreening.LocalHost;

/// <summary>
/// Serves the public transparency page at <c>/transparency</c> as HTML, built from the catalogue and
/// settings in service and the active model's card (handed over by the registry sync at every
/// promotion or rollback; the shipped card until then), under the reviewer page's security headers (no
/// scripts or inline styles, so its CSP holds). Anonymous on purpose: the page is for the public.
/// </summary>
public static class TransparencyEndpoint
{
    /// <summary>Where the shipped model card lands in a host's output folder.</summary>
    public static string ModelCardPath => Path.Combine(AppContext.BaseDirectory, "shipped", "model-card.json");

    /// <summary>Maps GET /transparency.</summary>
    public static WebApplication MapTransparencyPage(this WebApplication app)
    {
        app.MapGet(RouteTable.TransparencyPage.Path, (HttpContext context, IndicatorCatalogueHolder catalogue, ActiveModelCard card, IOptions<RetentionOptions> retention, IOptions<MonitoringOptions> monitoring) =>
            {
                WebPage.ApplyHeaders(context.Response.Headers);
                var html = TransparencyPage.RenderHtml(catalogue.Current, card.CurrentOr(() => ModelCardSummary.Load(ModelCardPath)), retention.Value, monitoring.Value);
                return Results.Content(html, "text/html; charset=utf-8");
            })
            .ExcludeFromDescription();
        return app;
    }
}
