namespace NeuronOrleans.Silo.Tests.Support;

/// <summary>
/// Holds the dashboard's queries against a scrape: each metric a query names exists with the type
/// its name promises, every label it matches or groups on is on one of its metrics, and rate()
/// only reads counters.
/// </summary>
internal static class DashboardMetricCheck
{
    /// <summary>Labels Prometheus adds when it scrapes (silo comes from the committed relabelling).</summary>
    public static readonly IReadOnlySet<string> TargetLabels = new HashSet<string> { "instance", "job", "silo" };

    /// <summary>Recorded where activations are extracted (the coordinator), never by a silo's sweep.</summary>
    public static readonly IReadOnlySet<string> ExtractionSeries = new HashSet<string>
    {
        "neuronorleans_extraction_rate_per_second_sum", "neuronorleans_extraction_rate_per_second_count",
    };

    public static IReadOnlyList<string> Problems(GrafanaDashboard dashboard, PrometheusText scrape, Func<string, bool> covers)
    {
        var problems = new List<string>();
        foreach (var query in dashboard.Queries)
        {
            var metrics = GrafanaDashboard.MetricNames(query).Where(covers).ToList();
            if (metrics.Count == 0) continue;
            foreach (var metric in metrics)
            {
                var type = scrape.TypeOf(metric);
                if (type is null) problems.Add($"{metric} (in `{query}`) is not on /metrics.");
                else if (type != ExpectedType(metric)) problems.Add($"{metric} is a {type}, its name says {ExpectedType(metric)}.");
            }
            foreach (var label in GrafanaDashboard.LabelNames(query).Where(l => !TargetLabels.Contains(l)))
                if (!metrics.Any(m => scrape.LabelsOf(m).Contains(label)))
                    problems.Add($"No metric of `{query}` has the label {label}.");
            foreach (var rated in GrafanaDashboard.RatedSeries(query).Where(covers))
                if (ExpectedType(rated) == "gauge") problems.Add($"`{query}` takes the rate of gauge {rated}.");
        }
        return problems;
    }

    private static string ExpectedType(string series) =>
        series.EndsWith("_bucket") || series.EndsWith("_sum") || series.EndsWith("_count") ? "histogram"
        : series.EndsWith("_total") ? "counter" : "gauge";
}
