using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Grains;
using NeuronOrleans.Grains.Services;
using NeuronOrleans.Silo.Diagnostics;
using NeuronOrleans.Silo.Hosting;
using NeuronOrleans.Silo.Tests.Support;

namespace NeuronOrleans.Silo.Tests.Diagnostics;

/// <summary>
/// Extraction speed is recorded by the silo that extracts a probe shard, batch by batch; the
/// dashboard's extraction queries are held against the silos' exporter wiring in this process.
/// </summary>
public sealed class ExtractionMetricsTests
{
    [Fact]
    public async Task The_dashboards_extraction_queries_match_the_exported_histogram()
    {
        int port = FreePorts.Take(1)[0];
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.AddSingleton(new ComputeBackends(CpuCountBackend.Instance, "CPU engine for the test."));
        builder.Services.AddNeuronOrleansMetrics();
        builder.Services.AddSingleton<NeuronOrleansMetrics>();
        await using var app = builder.Build();
        app.MapPrometheusScrapingEndpoint(SiloEndpoints.MetricsPath);
        await app.StartAsync();

        app.Services.GetRequiredService<NeuronOrleansMetrics>().ExtractionBatch(250);
        using var http = new HttpClient();
        var scrape = PrometheusText.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}{SiloEndpoints.MetricsPath}"));

        var problems = DashboardMetricCheck.Problems(GrafanaDashboard.Load(), scrape, DashboardMetricCheck.ExtractionSeries.Contains);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains(GrafanaDashboard.Load().Queries, q => GrafanaDashboard.MetricNames(q).Any(DashboardMetricCheck.ExtractionSeries.Contains));
    }
}
