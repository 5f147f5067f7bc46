using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Dissection.Tests.Naive;

namespace NeuronOrleans.Dissection.Tests.Scoring;

public class ScoresTests
{
    private const double R = 0.75;

    [Fact]
    public void Two_image_example_computed_by_hand()
    {
        // Image 0: neuron cells {0,1,2,3}, formula cells {2,3,4}: N=4, L=3, I=2.
        // Image 1: neuron none, formula {10}: N=0, L=1, I=0.
        // ΣN=4, ΣL=4, ΣI=2, U=6, ΣN·L=12, ΣN²=16.
        // IoU = 2/6; ImRoU = (2 − 0.75/49·12)/6 = (89/49)/6 = 89/294;
        // M = (4 − 0.75/49·16)/4 = 46/49; ImRoUn = (89/294)/(46/49) = 89/276.
        // Every denominator also carries the ε = 1e-10 of the definition.
        const double Union = 6 + 1e-10;
        var neuron = new NeuronMask([Grid7.Cells(0, 1, 2, 3), 0], 2, GridShape.Seven);
        ulong[] formula = [Grid7.Cells(2, 3, 4), Grid7.Cells(10)];
        var counts = OverlapCounter.Count(neuron, formula, 0, 2);
        var totals = neuron.Totals(2);

        Assert.Equal(new OverlapCounts(2, 4, 12), counts);
        Assert.Equal(new NeuronTotals(4, 16), totals);
        Assert.Equal(2 / Union, Scores.Iou(totals, counts), 15);
        Assert.Equal(89.0 / 49 / Union, Scores.Imrou(totals, counts, R, 49), 15);
        Assert.Equal(89.0 / 49 / Union / (46.0 / 49), Scores.Imroun(totals, counts, R, 49), 15);
        Assert.Equal(89.0 / 276, Scores.Imroun(totals, counts, R, 49), 9);
    }

    [Fact]
    public void Penalty_is_a_thousandth_per_extra_leaf()
    {
        Assert.Equal(0.5, Scores.Penalised(0.5, 1, 0.001));
        Assert.Equal(0.5 * 0.991, Scores.Penalised(0.5, 10, 0.001), 15);
    }

    [Fact]
    public void A_formula_equal_to_the_neuron_has_normalised_imrou_one()
    {
        var random = new Random(7);
        var bits = RandomMasks.Create(random, 300, GridShape.Seven);
        var neuron = new NeuronMask(bits, 300, GridShape.Seven);
        var counts = OverlapCounter.Count(neuron, bits, 0, 300);
        Assert.Equal(1.0, Scores.Imroun(neuron.Totals(300), counts, R, 49), 12);
    }

    [Theory]
    [InlineData(7, 7, 500)]
    [InlineData(14, 14, 120)]
    public void Packed_scores_match_reference_on_random_masks(int height, int width, int images)
    {
        var grid = new GridShape(height, width);
        var random = new Random(height * width + images);
        for (int trial = 0; trial < 40; trial++)
        {
            var neuronBits = RandomMasks.Create(random, images, grid);
            var formulaBits = RandomMasks.Create(random, images, grid);
            var neuron = new NeuronMask(neuronBits, images, grid);
            var counts = OverlapCounter.Count(neuron, formulaBits, 0, images);
            var totals = neuron.Totals(images);
            var (iou, imrou, imroun) = NaiveGrid.Scores(NaiveGrid.Unpack(neuronBits, grid), NaiveGrid.Unpack(formulaBits, grid), R, grid.Cells);
            Assert.Equal(iou, Scores.Iou(totals, counts), 12);
            Assert.Equal(imrou, Scores.Imrou(totals, counts, R, grid.Cells), 12);
            Assert.Equal(imroun, Scores.Imroun(totals, counts, R, grid.Cells), 12);
        }
    }

    [Fact]
    public void Prefix_and_tail_counts_add_up_to_the_whole()
    {
        var random = new Random(11);
        var neuron = new NeuronMask(RandomMasks.Create(random, 900, GridShape.Seven), 900, GridShape.Seven);
        var formula = RandomMasks.Create(random, 900, GridShape.Seven);
        var whole = OverlapCounter.Count(neuron, formula, 0, 900);
        Assert.Equal(whole, OverlapCounter.Count(neuron, formula, 0, 333) + OverlapCounter.Count(neuron, formula, 333, 900));
    }
}
