using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using System.Diagnostics.Metrics;

namespace NeuronOrleans.Grains.Tests;

/// <summary>Each silo's instruments, made by its own meter factory: what one records, another does not see.</summary>
public sealed class NeuronOrleansMetricsTests : IDisposable
{
    private readonly ServiceProvider _firstSilo = new ServiceCollection().AddMetrics().AddSingleton<NeuronOrleansMetrics>().BuildServiceProvider();
    private readonly ServiceProvider _secondSilo = new ServiceCollection().AddMetrics().AddSingleton<NeuronOrleansMetrics>().BuildServiceProvider();

    [Fact]
    public void A_pass_counts_its_formulas_and_itself_under_its_backend()
    {
        var metrics = _firstSilo.GetRequiredService<NeuronOrleansMetrics>();
        var meters = _firstSilo.GetRequiredService<IMeterFactory>();
        using var formulas = new MetricCollector<long>(meters, NeuronOrleansMetrics.MeterName, "neuronorleans.formulas.evaluated");
        using var passes = new MetricCollector<long>(meters, NeuronOrleansMetrics.MeterName, "neuronorleans.passes.computed");

        metrics.PassFinished("cpu", 1234, TimeSpan.FromMilliseconds(80));
        metrics.PassFinished("cpu", 66, TimeSpan.FromMilliseconds(20));

        Assert.Equal([1234L, 66L], formulas.GetMeasurementSnapshot().Select(m => m.Value));
        Assert.All(formulas.GetMeasurementSnapshot(), m => Assert.Equal("cpu", m.Tags["backend"]));
        Assert.Equal(2, passes.GetMeasurementSnapshot().EvaluateAsCounter());
    }

    [Fact]
    public void A_sweep_reported_on_one_silo_shows_in_that_silos_progress_only()
    {
        using var first = new MetricCollector<double>(_firstSilo.GetRequiredService<IMeterFactory>(), NeuronOrleansMetrics.MeterName, "neuronorleans.sweep.progress");
        using var second = new MetricCollector<double>(_secondSilo.GetRequiredService<IMeterFactory>(), NeuronOrleansMetrics.MeterName, "neuronorleans.sweep.progress");

        _firstSilo.GetRequiredService<NeuronOrleansMetrics>().SweepUpdated(new SweepStatus { SweepId = "sweep-a", Total = 8, Done = 2, Failed = 1 });
        first.RecordObservableInstruments();
        second.RecordObservableInstruments();

        var progress = Assert.Single(first.GetMeasurementSnapshot());
        Assert.Equal(3.0 / 8, progress.Value);
        Assert.Equal("sweep-a", progress.Tags["sweep"]);
        Assert.Empty(second.GetMeasurementSnapshot());
    }

    public void Dispose()
    {
        _firstSilo.Dispose();
        _secondSilo.Dispose();
    }
}
