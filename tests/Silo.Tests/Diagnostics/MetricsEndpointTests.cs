using NeuronOrleans.Silo.Tests.Support;

namespace NeuronOrleans.Silo.Tests.Diagnostics;

[Collection(DemoSweepCollection.Name)]
public sealed class MetricsEndpointTests(DemoSweepFixture sweep)
{
    [Fact]
    public async Task Every_metric_the_dashboard_queries_is_on_the_silos_metrics_endpoint()
    {
        var scrape = PrometheusText.Parse(await sweep.ScrapeAsync());
        var problems = DashboardMetricCheck.Problems(GrafanaDashboard.Load(), scrape, m => !DashboardMetricCheck.ExtractionSeries.Contains(m));
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\nExported: " + string.Join(", ", scrape.Samples.Select(s => s.Name).Distinct()));
    }

    [Fact]
    public async Task The_sweep_gauges_and_counters_describe_the_finished_sweep()
    {
        var scrape = PrometheusText.Parse(await sweep.ScrapeAsync());
        Assert.Equal(1.0, Assert.Single(scrape.Series("neuronorleans_sweep_progress", "sweep", sweep.SweepId)).Value);
        Assert.Equal(0.0, Assert.Single(scrape.Series("neuronorleans_sweep_eta_seconds", "sweep", sweep.SweepId)).Value);
        Assert.Equal(2.0, Assert.Single(scrape.Series("neuronorleans_neurons_completed_total", "sweep", sweep.SweepId)).Value);
        Assert.Equal(1.0, Assert.Single(scrape.Series("neuronorleans_neurons_failed_total", "sweep", sweep.SweepId)).Value);
        Assert.Equal(0.0, Assert.Single(scrape.Samples, s => s.Name == "neuronorleans_neurons_in_progress").Value);
        Assert.Single(scrape.Series("neuronorleans_silo_backend", "backend", "cpu"));
    }

    [Fact]
    public async Task Orleans_and_runtime_meters_are_exported_next_to_ours()
    {
        var scrape = PrometheusText.Parse(await sweep.ScrapeAsync());
        Assert.Contains(scrape.Samples, s => s.Name == "orleans_catalog_activations" && s.Labels.GetValueOrDefault("otel_scope_name") == "Microsoft.Orleans");
        Assert.Contains(scrape.Samples, s => s.Name == "dotnet_gc_pause_time_seconds_total" && s.Labels.GetValueOrDefault("otel_scope_name") == "System.Runtime");
    }
}
