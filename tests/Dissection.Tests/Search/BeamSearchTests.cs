using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Dissection.Tests.Naive;

namespace NeuronOrleans.Dissection.Tests.Search;

public class BeamSearchTests
{
    // Small enough for the naive oracle; the abort prefix is shortened so that it takes effect.
    private static readonly LabelMaskBank Bank = TestBanks.Random(seed: 5, images: 160, objects: 18, scenes: 4);

    private static SearchSettings Settings(OperatorSet operators, ScoreKind score, int length = 3) => new()
    {
        Operators = operators, Score = score, MaxFormulaLength = length, CandidateCount = 12, CutoffImages = 60,
    };

    public static TheoryData<OperatorSet, ScoreKind, int> Configurations => new()
    {
        { OperatorSet.Close, ScoreKind.Imroun, 0 }, { OperatorSet.Close, ScoreKind.Iou, 1 },
        { OperatorSet.Standard, ScoreKind.Iou, 2 }, { OperatorSet.Close, ScoreKind.Imrou, 3 },
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Packed_search_equals_the_naive_oracle(OperatorSet operators, ScoreKind score, int neuronSeed)
    {
        var neuron = NoisyNeuron(neuronSeed);
        var settings = Settings(operators, score);
        var packed = new BeamSearch(Bank, settings).Run(neuron);
        var naive = new BeamSearch(Bank, settings, new NaiveCountBackend()).Run(neuron);
        Assert.True(packed.HasExplanation);
        AssertSameResult(naive, packed);
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Resuming_after_any_pass_gives_the_uninterrupted_result(OperatorSet operators, ScoreKind score, int neuronSeed) =>
        AssertResumable(Settings(operators, score, length: 5), NoisyNeuron(neuronSeed));

    [Theory]
    [MemberData(nameof(Configurations))]
    public void A_thorough_search_resumed_after_any_pass_gives_the_uninterrupted_result(OperatorSet operators, ScoreKind score, int neuronSeed) =>
        AssertResumable(Settings(operators, score, length: 4) with { Mode = SearchMode.Thorough }, NoisyNeuron(neuronSeed));

    /// <summary>Resumes from a checkpoint after every pass, its formulas decoded afresh as from storage.</summary>
    private static void AssertResumable(SearchSettings settings, NeuronMask neuron)
    {
        var search = new BeamSearch(Bank, settings);
        var uninterrupted = search.Run(neuron);
        for (int stopAfter = 0; stopAfter < settings.MaxFormulaLength; stopAfter++)
        {
            SearchCheckpoint saved;
            using (var first = search.Start(neuron))
            {
                for (int pass = 0; pass < stopAfter; pass++) first.RunPass();
                saved = Decoded(first.Checkpoint);
            }
            using var resumed = search.Start(neuron, saved);
            Assert.Equal(stopAfter, resumed.PassesDone);
            while (!resumed.IsComplete) resumed.RunPass();
            AssertSameResult(uninterrupted, resumed.Result());
        }
    }

    private static SearchCheckpoint Decoded(SearchCheckpoint checkpoint) => checkpoint with
    {
        BeamHistory = [.. checkpoint.BeamHistory.Select(beam => (IReadOnlyList<ScoredFormula>)[.. beam.Select(m => new ScoredFormula(FormulaCodec.Decode(FormulaCodec.Encode(m.Formula)), m.Score))])],
    };

    [Fact]
    public void A_checkpoint_from_another_neuron_is_refused()
    {
        var search = new BeamSearch(Bank, Settings(OperatorSet.Close, ScoreKind.Imroun));
        var checkpoint = search.Start(NoisyNeuron(1)).Checkpoint;
        var error = Assert.Throws<InvalidOperationException>(() => search.Start(NoisyNeuron(2), checkpoint));
        Assert.Contains("initial beam differs", error.Message);
    }

    [Fact]
    public void A_neuron_that_never_fires_gets_no_explanation()
    {
        var silent = new NeuronMask(new ulong[Bank.WordCount], Bank.ImageCount, Bank.Grid);
        var result = new BeamSearch(Bank, Settings(OperatorSet.Close, ScoreKind.Imroun)).Run(silent);
        Assert.False(result.HasExplanation);
        Assert.Empty(result.Candidates);
    }

    [Fact]
    public void The_beam_never_holds_a_label_and_its_expansion_together()
    {
        var result = new BeamSearch(Bank, Settings(OperatorSet.Close, ScoreKind.Imroun, length: 4)).Run(NoisyNeuron(3));
        foreach (var beam in result.BeamHistory)
        {
            var keys = beam.Select(m => FormulaCodec.Key(m.Formula, ignoreExpansion: true)).ToList();
            Assert.Equal(keys.Count, keys.Distinct().Count());
            Assert.True(beam.Count <= 4);
        }
        Assert.Equal(4, result.BeamHistory.Count);
        Assert.All(result.BeamHistory.Select((beam, pass) => (beam, pass)), b => Assert.All(b.beam, m => Assert.True(m.Formula.Length <= b.pass + 1)));
    }

    /// <summary>A random formula's mask with a little noise, so ties are rare but structure is real.</summary>
    private static NeuronMask NoisyNeuron(int seed)
    {
        var random = new Random(seed);
        var labels = Bank.Labels.All;
        var a = Bank.Plain(labels[random.Next(6)].Number)!;
        var b = Bank.Plain(labels[6 + random.Next(6)].Number)!;
        var bits = new ulong[Bank.WordCount];
        MaskOps.Or(a, b, bits);
        for (int i = 0; i < bits.Length; i++)
            if (random.NextDouble() < 0.1) bits[i] ^= 1UL << random.Next(49);
        return new NeuronMask(bits, Bank.ImageCount, Bank.Grid);
    }

    internal static void AssertSameResult(SearchResult expected, SearchResult actual)
    {
        Assert.Equal(Describe(expected.Best), Describe(actual.Best));
        Assert.Equal(expected.BestCounts, actual.BestCounts);
        Assert.Equal(expected.Candidates.Select(Describe), actual.Candidates.Select(Describe));
        Assert.Equal(expected.BeamHistory.Count, actual.BeamHistory.Count);
        for (int pass = 0; pass < expected.BeamHistory.Count; pass++)
            Assert.Equal(expected.BeamHistory[pass].Select(Describe), actual.BeamHistory[pass].Select(Describe));
        Assert.Equal(expected.FormulasEvaluated, actual.FormulasEvaluated);
    }

    private static string Describe(ScoredFormula? scored) =>
        scored is null ? "none" : $"{scored.Formula} {scored.Score:R}";
}
