using System.Text.Json;
using NeuronOrleans.Silo.Tests.Support;

namespace NeuronOrleans.Silo.Tests.Deploy;

public sealed class GrafanaDashboardTests
{
    private readonly GrafanaDashboard _dashboard = GrafanaDashboard.Load();

    [Fact]
    public void The_data_source_is_a_prometheus_variable()
    {
        var variable = _dashboard.Root.GetProperty("templating").GetProperty("list").EnumerateArray()
            .Single(v => v.GetProperty("type").GetString() == "datasource");
        Assert.Equal("prometheus", variable.GetProperty("query").GetString());
        var name = "${" + variable.GetProperty("name").GetString() + "}";
        Assert.All(_dashboard.Panels, p => Assert.Equal(name, p.GetProperty("datasource").GetProperty("uid").GetString()));
    }

    [Fact]
    public void Every_panel_has_a_query_and_a_place()
    {
        Assert.NotEmpty(_dashboard.Panels);
        foreach (var panel in _dashboard.Panels)
        {
            var title = panel.GetProperty("title").GetString();
            var targets = panel.GetProperty("targets").EnumerateArray().ToList();
            Assert.True(targets.Count > 0, $"Panel {title} has no query.");
            Assert.All(targets, t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("expr").GetString()), $"Panel {title} has an empty query."));
            Assert.Equal(JsonValueKind.Object, panel.GetProperty("gridPos").ValueKind);
        }
        var ids = _dashboard.Panels.Select(p => p.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("neuronorleans_sweep_progress")]
    [InlineData("neuronorleans_sweep_eta_seconds")]
    [InlineData("neuronorleans_neurons_completed_total")]
    [InlineData("neuronorleans_neurons_failed_total")]
    [InlineData("neuronorleans_formulas_evaluated_total")]
    [InlineData("neuronorleans_beam_pass_duration_seconds_bucket")]
    [InlineData("neuronorleans_silo_backend")]
    [InlineData("orleans_consistent_ring_size")]
    public void The_dashboard_shows(string metric) =>
        Assert.Contains(_dashboard.Queries, q => GrafanaDashboard.MetricNames(q).Contains(metric));
}
