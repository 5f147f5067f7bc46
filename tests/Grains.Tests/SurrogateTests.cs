using Microsoft.Extensions.DependencyInjection;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.MaskBank;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Grains.Tests.Support;
using NeuronOrleans.Reports.Images;
using NeuronOrleans.Reports.Output;
using Orleans.Serialization;

namespace NeuronOrleans.Grains.Tests;

/// <summary>The library's records cross the grain boundary and go to storage through their surrogates, intact.</summary>
public class SurrogateTests
{
    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(builder => builder.AddAssembly(typeof(SweepSpec).Assembly))
        .BuildServiceProvider().GetRequiredService<Serializer>();

    // One formula of every kind, nested.
    private static readonly ScoredFormula[] Formulas =
    [
        new(new LeafFormula(3), 0.25),
        new(new ExpandFormula(4), 0.125),
        new(Formula.Or(new LeafFormula(1), Formula.And(new ExpandFormula(2), new LeafFormula(5))), 0.5),
        new(Formula.AndNot(Formula.With(new LeafFormula(6), new LeafFormula(7)), new ExpandFormula(8)), 1.0 / 3),
        new(Formula.Close(Formula.CloseTo(new LeafFormula(9), new LeafFormula(10)), new LeafFormula(11)), -0.75),
    ];

    private static readonly SearchSettings Search = new()
    {
        MaxFormulaLength = 7, BeamSize = 9, CandidateCount = 31, Operators = OperatorSet.Standard, Score = ScoreKind.Iou,
        ImrouMultiplier = 0.5, ComplexityPenalty = 0.01, MinimumCoverage = 0.002, Abort = false, CutoffImages = 17,
        CutoffFactor = 0.25, Mode = SearchMode.Thorough, EasyMode = true,
    };

    private static readonly MaskBankSettings MaskBank = new()
    {
        Downsampling = DownsamplingMode.Bilinear, DownsamplingThreshold = 40, Expansions = false, ExpansionThreshold = 5, Grid = new GridShape(14, 9),
    };

    private static readonly ReportOptions Report = new() { ReportScore = ScoreKind.Imrou, Html = false };

    [Fact]
    public void The_test_settings_differ_from_the_defaults_in_every_knob()
    {
        AssertAllDiffer(Search, new SearchSettings());
        AssertAllDiffer(MaskBank, new MaskBankSettings());
        AssertAllDiffer(Report, new ReportOptions());
    }

    [Fact]
    public void A_spec_round_trips_through_the_orleans_serializer()
    {
        var spec = new SweepSpec
        {
            Dataset = new DatasetSpec { Folder = "/data/broden", MaskBank = MaskBank, Fingerprint = "f" },
            Activations = new ActivationSpec { File = "/data/activations.store" },
            Search = Search,
            FirstNeuron = 3,
            LastNeuron = 8,
            Outputs = new OutputSpec { OutputRoot = "/out", Report = Report },
            Certify = true,
        };
        var copy = RoundTrip(spec);

        Assert.Equal(spec, copy);
        Assert.Equal(spec.SweepId, copy.SweepId);
    }

    [Fact]
    public void An_outcome_keeps_its_search_result_and_certificate()
    {
        var result = new SearchResult(Formulas[2], new OverlapCounts(11, 23, 37), new NeuronTotals(41, 43), Formulas[0],
            Formulas, [Formulas[..2], Formulas[2..]], 12345, 67, 49);
        var outcome = new NeuronOutcome { Neuron = 5, Threshold = 0.1, Result = result, Certified = true, BestOfLengthTwo = Formulas[3] };

        var copy = RoundTrip(outcome);

        Assert.Equal(EngineResults.Describe(outcome), EngineResults.Describe(copy));
        Assert.Equal(EngineResults.Describe(outcome.BestOfLengthTwo), EngineResults.Describe(copy.BestOfLengthTwo));
        Assert.Equal((result.FormulasEvaluated, result.ImageCount, result.CellsPerImage), (copy.Result!.FormulasEvaluated, copy.Result.ImageCount, copy.Result.CellsPerImage));
    }

    [Fact]
    public void An_outcome_keeps_its_card_samples()
    {
        var grid = new GridShape(9, 9); // two words per image: every word must travel
        var samples = new[]
        {
            new SampledImage(3, new ImageMasks(grid, [0x5UL, 0x1UL], [0x4UL, 0UL])),
            new SampledImage(17, new ImageMasks(grid, [ulong.MaxValue, 0x10000UL], [0x8000000000000000UL, 0x3UL])),
        };

        var copy = RoundTrip(new NeuronOutcome { Neuron = 2, Samples = samples }).Samples;

        Assert.Equal(samples.Select(s => s.Image), copy.Select(s => s.Image));
        Assert.All(copy, s => Assert.Equal(grid, s.Masks.Grid));
        Assert.Equal(samples.Select(s => s.Masks.NeuronWords.ToArray()), copy.Select(s => s.Masks.NeuronWords.ToArray()));
        Assert.Equal(samples.Select(s => s.Masks.FormulaWords.ToArray()), copy.Select(s => s.Masks.FormulaWords.ToArray()));
    }

    [Fact]
    public void A_checkpoint_keeps_its_beams_seen_keys_and_count()
    {
        var checkpoint = new SearchCheckpoint([Formulas[..3], Formulas[3..]], ["a", "b|c"], 99);

        var copy = RoundTrip(checkpoint);

        Assert.Equal(checkpoint.BeamHistory.Select(beam => beam.Select(EngineResults.Describe)), copy.BeamHistory.Select(beam => beam.Select(EngineResults.Describe)));
        Assert.Equal(checkpoint.SeenKeys, copy.SeenKeys);
        Assert.Equal(checkpoint.FormulasEvaluated, copy.FormulasEvaluated);
    }

    private static T RoundTrip<T>(T value) => Serializer.Deserialize<T>(Serializer.SerializeToArray(value))!;

    private static void AssertAllDiffer<T>(T settings, T defaults)
    {
        foreach (var property in typeof(T).GetProperties().Where(p => p.CanWrite))
            Assert.False(Equals(property.GetValue(settings), property.GetValue(defaults)), $"{typeof(T).Name}.{property.Name} is at its default");
    }
}
