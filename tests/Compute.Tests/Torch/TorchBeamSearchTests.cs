using NeuronOrleans.Compute.Conformance;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Dissection.Search;

namespace NeuronOrleans.Compute.Tests.Torch;

/// <summary>Whole searches give identical results (formulas, scores, beams, counts) with the torch backend and the CPU engine.</summary>
public class TorchBeamSearchTests
{
    private static readonly LabelMaskBank Bank = ConformanceBank.Create(seed: 21, images: 900, labels: 60);

    public static TheoryData<OperatorSet, ScoreKind, int, int> Configurations => new()
    {
        { OperatorSet.Close, ScoreKind.Imroun, 3, 1 }, { OperatorSet.Close, ScoreKind.Iou, 3, 2 },
        { OperatorSet.Standard, ScoreKind.Iou, 3, 3 }, { OperatorSet.Close, ScoreKind.Imrou, 5, 4 },
        { OperatorSet.Standard, ScoreKind.Imroun, 6, 5 },
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Search_equals_the_cpu_engine(OperatorSet operators, ScoreKind score, int length, int neuronSeed)
    {
        var settings = new SearchSettings { Operators = operators, Score = score, MaxFormulaLength = length, CandidateCount = 15, CutoffImages = 300 };
        var neuron = ConformanceNeuron.Create(Bank, neuronSeed);
        var expected = new BeamSearch(Bank, settings).Run(neuron);
        var actual = new BeamSearch(Bank, settings, TorchCpu.Shared).Run(neuron);
        Assert.True(expected.HasExplanation);
        Assert.Null(SearchComparison.FirstDifference(expected, actual));
    }

    [Fact]
    public void Easy_mode_search_equals_the_cpu_engine()
    {
        var settings = new SearchSettings { EasyMode = true, CandidateCount = 12 };
        var neuron = ConformanceNeuron.Create(Bank, seed: 6);
        Assert.Null(SearchComparison.FirstDifference(new BeamSearch(Bank, settings).Run(neuron), new BeamSearch(Bank, settings, TorchCpu.Shared).Run(neuron)));
    }

    [Fact]
    public void A_search_resumed_on_the_torch_backend_finishes_like_the_cpu_engine()
    {
        var settings = new SearchSettings { MaxFormulaLength = 4, CandidateCount = 12, CutoffImages = 300 };
        var neuron = ConformanceNeuron.Create(Bank, seed: 7);
        var expected = new BeamSearch(Bank, settings).Run(neuron);
        SearchCheckpoint checkpoint;
        using (var first = new BeamSearch(Bank, settings).Start(neuron))
        {
            first.RunPass();
            checkpoint = first.Checkpoint;
        }
        using var resumed = new BeamSearch(Bank, settings, TorchCpu.Shared).Start(neuron, checkpoint);
        while (!resumed.IsComplete) resumed.RunPass();
        Assert.Null(SearchComparison.FirstDifference(expected, resumed.Result()));
    }
}
