using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Grains.Tests.Support;
using NeuronOrleans.Reports.Output;
using Orleans.TestingHost;

namespace NeuronOrleans.Grains.Tests;

[CollectionDefinition(Name)]
public sealed class TwoSiloCluster : ICollectionFixture<SweepData>
{
    public const string Name = "two-silo cluster";
}

/// <summary>Sweeps on a real two-silo test cluster against the engine called directly.</summary>
[Collection(TwoSiloCluster.Name)]
public sealed class SweepGrainTests : IDisposable
{
    private readonly SweepData data;
    private readonly string _stateFolder;
    private TestCluster _cluster;

    public SweepGrainTests(SweepData data)
    {
        this.data = data;
        _stateFolder = Path.Combine(data.Root, "state-" + Guid.NewGuid().ToString("N"));
        _cluster = TestClusters.Start<CpuSiloConfigurator>(2, _stateFolder);
    }

    [Fact]
    public async Task A_sweep_gives_exactly_the_engine_results_and_writes_its_outputs()
    {
        var spec = data.Spec(0, 5);
        var (_, status) = await TestClusters.RunSweep(_cluster.GrainFactory, spec);

        Assert.Equal(6, status.Done);
        Assert.Equal(0, status.Failed);
        Assert.Null(status.OutputError);
        var outcomes = await Outcomes(spec);
        foreach (var outcome in outcomes)
            Assert.Equal(EngineResults.Describe(EngineResults.For(data, spec, outcome.Neuron)), EngineResults.Describe(outcome));
        Assert.All(outcomes, o => Assert.NotNull(o.Result?.Best));

        var csv = File.ReadAllLines(Path.Combine(status.OutputFolder, "results_0_5.csv"));
        Assert.Equal(7, csv.Length);
        Assert.StartsWith("neuron,category,formula,threshold", csv[0]);
        Assert.True(File.Exists(Path.Combine(status.OutputFolder, "history_0_5.txt")));
        Assert.True(File.Exists(Path.Combine(status.OutputFolder, "0_5.html")));
    }

    [Fact]
    public async Task Both_silos_pull_neurons_and_the_sweep_counts_each_silos_share()
    {
        // Both workers are asking for work before the sweep starts, and searches long enough that
        // one silo cannot drain the queue between the other's ticks.
        var registry = _cluster.GrainFactory.GetGrain<ISweepRegistryGrain>(0);
        while ((await registry.GetWorkers()).Count < 2) await Task.Delay(20);
        var spec = data.Spec(0, 7, maxLength: 8, outputRoot: Path.Combine(data.Root, "spread"));
        var (sweep, _) = await TestClusters.RunSweep(_cluster.GrainFactory, spec);
        var perSilo = (await Outcomes(spec)).GroupBy(o => o.Silo).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(2, perSilo.Count);
        var shares = await sweep.GetSilos();
        Assert.Equal(perSilo.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)),
            shares.Where(s => s.NeuronsDone > 0).Select(s => (s.Silo, s.NeuronsDone)));
    }

    [Fact]
    public async Task Two_sweeps_with_different_settings_run_at_once_without_mixing()
    {
        var first = data.Spec(0, 3, maxLength: 2, operators: OperatorSet.Standard);
        var second = data.Spec(0, 3, maxLength: 3, operators: OperatorSet.Close);
        Assert.NotEqual(first.SweepId, second.SweepId);
        var sweeps = new[] { first, second }.Select(s => (Spec: s, Grain: _cluster.GrainFactory.GetGrain<ISweepGrain>(s.SweepId))).ToList();
        await Task.WhenAll(sweeps.Select(s => s.Grain.Submit(s.Spec)));
        await Task.WhenAll(sweeps.Select(s => TestClusters.WaitForCompletion(s.Grain)));
        foreach (var (spec, _) in sweeps)
            foreach (var outcome in await Outcomes(spec))
                Assert.Equal(EngineResults.Describe(EngineResults.For(data, spec, outcome.Neuron)), EngineResults.Describe(outcome));
    }

    [Fact]
    public async Task A_failing_neuron_is_reported_and_the_others_finish()
    {
        // Units 8 and 9 do not exist in the activation file: their searches throw.
        var spec = data.Spec(6, 9, maxLength: 2, outputRoot: Path.Combine(data.Root, "failing"));
        var (sweep, status) = await TestClusters.RunSweep(_cluster.GrainFactory, spec);
        Assert.Equal(2, status.Done);
        Assert.Equal(2, status.Failed);
        var neurons = await sweep.GetNeurons();
        Assert.Equal([NeuronStatus.Done, NeuronStatus.Done, NeuronStatus.Failed, NeuronStatus.Failed], neurons.Select(n => n.Status));
        Assert.Contains("units 0..7", neurons[3].Error);
        var csv = File.ReadAllLines(Path.Combine(status.OutputFolder, "results_6_9.csv"));
        Assert.Equal(5, csv.Length);
    }

    [Fact]
    public async Task Resubmitting_a_finished_sweep_recomputes_nothing()
    {
        var spec = data.Spec(2, 3, maxLength: 3, outputRoot: Path.Combine(data.Root, "again"));
        var (sweep, first) = await TestClusters.RunSweep(_cluster.GrainFactory, spec);
        var again = await sweep.Submit(spec);
        Assert.Equal(SweepPhase.Completed, again.Phase);
        Assert.Equal(first.PassesComputed, again.PassesComputed);
        Assert.Equal(4, first.PassesComputed); // two neurons, two passes each
        Assert.Equal(0, first.PassesResumed);
    }

    [Fact]
    public async Task Other_report_options_rewrite_the_outputs_of_a_finished_sweep_without_searching()
    {
        var spec = data.Spec(2, 3, maxLength: 3, outputRoot: Path.Combine(data.Root, "presentation"));
        spec = spec with { Outputs = spec.Outputs with { Report = spec.Outputs.Report with { Html = false } } };
        var (sweep, first) = await TestClusters.RunSweep(_cluster.GrainFactory, spec);
        var csv = Path.Combine(first.OutputFolder, "results_2_3.csv");
        string imroun = await File.ReadAllTextAsync(csv);

        var iou = spec with { Outputs = spec.Outputs with { Report = new ReportOptions { ReportScore = ScoreKind.Iou, Html = true } } };
        Assert.Equal(spec.SweepId, iou.SweepId);
        await sweep.Submit(iou);
        var again = await TestClusters.WaitForCompletion(sweep);
        Assert.Equal(first.PassesComputed, again.PassesComputed);
        Assert.NotEqual(imroun, await File.ReadAllTextAsync(csv));
        Assert.True(File.Exists(Path.Combine(again.OutputFolder, "2_3.html")));
    }

    [Fact]
    public async Task Certificates_asked_of_a_finished_sweep_are_computed_without_searching_again()
    {
        var spec = data.Spec(2, 4, maxLength: 3, outputRoot: Path.Combine(data.Root, "certify"));
        var (sweep, first) = await TestClusters.RunSweep(_cluster.GrainFactory, spec);
        Assert.All(await Outcomes(spec), o => Assert.False(o.Certified));

        var certify = spec with { Certify = true };
        Assert.Equal(spec.SweepId, certify.SweepId);
        await sweep.Submit(certify);
        var again = await TestClusters.WaitForCompletion(sweep);
        Assert.Equal(3, again.Done);
        Assert.Equal(first.PassesComputed, again.PassesComputed);
        foreach (var outcome in await Outcomes(spec))
        {
            Assert.True(outcome.Certified);
            Assert.Equal(EngineResults.Describe(EngineResults.For(data, spec, outcome.Neuron)), EngineResults.Describe(outcome));
            Assert.Equal(EngineResults.Describe(EngineResults.BestOfLengthTwo(data, spec, outcome.Neuron)), EngineResults.Describe(outcome.BestOfLengthTwo));
        }
        var csv = File.ReadAllLines(Path.Combine(again.OutputFolder, "results_2_4.csv"));
        Assert.EndsWith(",certified_formula,certified_score,certificate_gap", csv[0]);
    }

    [Fact]
    public async Task A_certificate_that_fails_keeps_the_searched_result_and_says_why()
    {
        var activations = Path.Combine(data.Root, $"gone-{Guid.NewGuid():N}.npy");
        File.Copy(data.ActivationsFile, activations);
        var spec = data.Spec(0, 1, maxLength: 2, outputRoot: Path.Combine(data.Root, "certificate-fails")) with { Activations = new ActivationSpec { File = activations } };
        await TestClusters.RunSweep(_cluster.GrainFactory, spec);
        var searched = await Outcomes(spec);

        // Silos that never opened the activations, which are gone by now.
        _cluster.StopAllSilos();
        File.Delete(activations);
        _cluster = TestClusters.Start<CpuSiloConfigurator>(2, _stateFolder);
        var sweep = _cluster.GrainFactory.GetGrain<ISweepGrain>(spec.SweepId);
        await sweep.Submit(spec with { Certify = true });
        var status = await TestClusters.WaitForCompletion(sweep);

        Assert.Equal(2, status.Done);
        foreach (var (before, after) in searched.Zip(await Outcomes(spec)))
        {
            Assert.Equal(EngineResults.Describe(before), EngineResults.Describe(after));
            Assert.True(after.Certified);
            Assert.Null(after.BestOfLengthTwo);
            Assert.Contains(activations, after.CertificateError);
        }
        var csv = File.ReadAllLines(Path.Combine(status.OutputFolder, "results_0_1.csv"));
        Assert.Contains($",certificate: ", csv[1]);
    }

    [Fact]
    public async Task Resume_retries_failed_neurons()
    {
        var activations = Path.Combine(data.Root, $"late-{Guid.NewGuid():N}.npy");
        var spec = data.Spec(0, 2, maxLength: 2, outputRoot: Path.Combine(data.Root, "retry")) with { Activations = new ActivationSpec { File = activations } };
        var (sweep, failed) = await TestClusters.RunSweep(_cluster.GrainFactory, spec);
        Assert.Equal(3, failed.Failed);
        Assert.Contains(activations, (await sweep.GetNeurons())[0].Error);

        File.Copy(data.ActivationsFile, activations);
        await sweep.Resume();
        var status = await TestClusters.WaitForCompletion(sweep);
        Assert.Equal(3, status.Done);
        foreach (var outcome in await Outcomes(spec))
            Assert.Equal(EngineResults.Describe(EngineResults.For(data, spec, outcome.Neuron)), EngineResults.Describe(outcome));
    }

    [Fact]
    public async Task A_silo_shut_down_mid_sweep_hands_its_neurons_back()
    {
        var spec = data.Spec(0, 7, maxLength: 10, outputRoot: Path.Combine(data.Root, "handover"));
        var sweep = _cluster.GrainFactory.GetGrain<ISweepGrain>(spec.SweepId);
        await sweep.Submit(spec);
        // A neuron searching on the silo about to stop, with passes done and passes to go.
        var leaving = _cluster.SecondarySilos[0];
        var midway = await NeuronMidway(spec, sweep, leaving.SiloAddress.ToString());
        await _cluster.StopSiloAsync(leaving);

        var status = await TestClusters.WaitForCompletion(sweep);
        Assert.Equal(8, status.Done);
        Assert.Equal(status.PassesNeeded, status.PassesComputed);
        var outcomes = await Outcomes(spec);
        foreach (var outcome in outcomes)
            Assert.Equal(EngineResults.Describe(EngineResults.For(data, spec, outcome.Neuron)), EngineResults.Describe(outcome));
        var handedOver = outcomes.Single(o => o.Neuron == midway.Neuron);
        Assert.True(handedOver.PassesResumed >= midway.PassesDone, $"neuron {midway.Neuron} had {midway.PassesDone} passes on the stopped silo {leaving.SiloAddress} and resumed {handedOver.PassesResumed}: {handedOver.Silo} computed {handedOver.PassesComputed}");
        Assert.NotEqual(leaving.SiloAddress.ToString(), handedOver.Silo);
    }

    /// <summary>A neuron running on <paramref name="silo"/> with passes done and passes to go, asked of the neuron itself: the sweep hears of passes a tick late.</summary>
    private async Task<NeuronProgress> NeuronMidway(SweepSpec spec, ISweepGrain sweep, string silo)
    {
        while (true)
        {
            var neurons = await sweep.GetNeurons();
            foreach (var running in neurons.Where(n => n.Status == NeuronStatus.Running && n.Silo == silo))
            {
                var live = await _cluster.GrainFactory.Neuron(spec.SweepId, running.Neuron).GetProgress();
                if (live is { Status: NeuronStatus.Running, PassesDone: >= 1 } && live.PassesDone <= live.PassCount - 3) return live;
            }
            Assert.True(neurons.Any(n => n.Status is NeuronStatus.Pending or NeuronStatus.Running), "the sweep finished before a neuron was midway on the silo");
            await Task.Delay(5);
        }
    }

    private async Task<List<NeuronOutcome>> Outcomes(SweepSpec spec) =>
        [.. (await Task.WhenAll(spec.Neurons.Select(n => _cluster.GrainFactory.Neuron(spec.SweepId, n).GetOutcome()))).Select(o => o!)];

    public void Dispose() => _cluster.StopAllSilos();
}
