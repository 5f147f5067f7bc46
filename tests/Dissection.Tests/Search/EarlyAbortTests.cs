using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Dissection.Tests.Naive;

namespace NeuronOrleans.Dissection.Tests.Search;

/// <summary>ALGORITHM §6.5 case by case, with prefix scores worked out by hand.</summary>
public class EarlyAbortTests
{
    private static readonly Formula A = new LeafFormula(1), B = new LeafFormula(2);
    private static readonly SearchSettings Iou = new() { Score = ScoreKind.Iou, CutoffImages = 4 };

    // Six images; the neuron fires on cells {0,1} of images 0–3 (the prefix) and {5} of image 5.
    private static readonly NeuronMask Neuron = new(
        [Grid7.Cells(0, 1), Grid7.Cells(0, 1), Grid7.Cells(0, 1), Grid7.Cells(0, 1), 0, Grid7.Cells(5)], 6, GridShape.Seven);

    // On the prefix, a formula covering {0} of images 0–3: ΣI = 4, ΣL = 4, ΣN = 8, so IoU = 4/8.
    private static readonly OverlapCounts HalfOfThePrefix = new(4, 4, 8);

    [Fact]
    public void Cutoff_is_half_the_lowest_penalised_beam_score()
    {
        var abort = EarlyAbort.For(Iou, Neuron)!;
        Assert.Equal(0.15, abort.Cutoff([new ScoredFormula(A, 0.4), new ScoredFormula(B, 0.3)]), 12);
    }

    [Theory]
    [InlineData(0.49, false)]
    [InlineData(0.51, true)]
    public void Close_formulas_below_the_cutoff_on_the_prefix_are_abandoned(double cutoff, bool abandoned)
    {
        var abort = EarlyAbort.For(Iou, Neuron)!;
        Assert.Equal(abandoned, abort.Abandons(Formula.CloseTo(A, B), HalfOfThePrefix, cutoff));
        Assert.Equal(abandoned, abort.Abandons(Formula.Close(A, B), HalfOfThePrefix, cutoff));
    }

    [Fact]
    public void A_prefix_score_equal_to_the_cutoff_is_kept()
    {
        double prefixScore = Scores.Iou(new NeuronTotals(8, 16), HalfOfThePrefix); // 4 / (8 + ε)
        Assert.False(EarlyAbort.For(Iou, Neuron)!.Abandons(Formula.CloseTo(A, B), HalfOfThePrefix, prefixScore));
    }

    [Fact]
    public void Only_a_close_connector_at_the_top_is_checked()
    {
        var abort = EarlyAbort.For(Iou, Neuron)!;
        var nothing = new OverlapCounts(0, 0, 0);
        Assert.True(abort.Abandons(Formula.CloseTo(A, B), nothing, 0.1));
        Assert.False(abort.Abandons(Formula.Or(Formula.CloseTo(A, B), A), nothing, 0.1));
        Assert.False(abort.Abandons(Formula.With(A, B), nothing, 0.1));
        Assert.False(abort.Abandons(Formula.And(A, B), nothing, 0.1));
    }

    [Fact]
    public void The_prefix_score_uses_the_neuron_on_the_prefix_only()
    {
        // Over all images ΣN = 9 and IoU would be 4/9 < 0.45; on the prefix it is 4/8 ≥ 0.45.
        Assert.False(EarlyAbort.For(Iou, Neuron)!.Abandons(Formula.CloseTo(A, B), HalfOfThePrefix, 0.45));
    }

    [Fact]
    public void There_is_no_abort_when_switched_off_in_easy_mode_or_without_images_past_the_prefix()
    {
        Assert.Null(EarlyAbort.For(Iou with { Abort = false }, Neuron));
        Assert.Null(EarlyAbort.For(Iou with { EasyMode = true }, Neuron));
        Assert.Null(EarlyAbort.For(Iou with { CutoffImages = 6 }, Neuron));
        Assert.NotNull(EarlyAbort.For(Iou with { CutoffImages = 5 }, Neuron));
    }
}
