using System.Globalization;
using System.Text.Json;
using NeuronOrleans.Silo.Tests.Support;

namespace NeuronOrleans.Silo.Tests.Diagnostics;

/// <summary>Debian's Prometheus scrapes the silo with the committed static scrape config.</summary>
[Collection(DemoSweepCollection.Name)]
public sealed class PrometheusScrapeTests(DemoSweepFixture sweep)
{
    [Fact]
    public async Task Prometheus_scrapes_the_silo_and_answers_the_sweep_progress_query()
    {
        using var prometheus = await PrometheusServer.StartAsync(sweep.Silo.HttpPort);
        var progress = await prometheus.WaitForResultAsync($"max by (sweep) (neuronorleans_sweep_progress{{sweep=\"{sweep.SweepId}\"}})");
        Assert.Equal(1.0, Value(Assert.Single(progress)));

        var perSilo = await prometheus.QueryAsync("sum by (silo) (neuronorleans_silo_backend)");
        Assert.Equal($"127.0.0.1:{sweep.Silo.HttpPort}", Assert.Single(perSilo).GetProperty("metric").GetProperty("silo").GetString());
        var failed = await prometheus.QueryAsync($"sum(neuronorleans_neurons_failed_total{{sweep=\"{sweep.SweepId}\"}})");
        Assert.Equal(1.0, Value(Assert.Single(failed)));
    }

    [Fact]
    public async Task Every_dashboard_query_is_valid_promql()
    {
        using var prometheus = await PrometheusServer.StartAsync(sweep.Silo.HttpPort);
        foreach (var query in GrafanaDashboard.Load().Queries.Where(q => !q.StartsWith("label_values")))
            await prometheus.QueryAsync(GrafanaDashboard.Expand(query, "1m"));
    }

    private static double Value(JsonElement result) =>
        double.Parse(result.GetProperty("value")[1].GetString()!, CultureInfo.InvariantCulture);
}
