using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Reports.Images;

namespace NeuronOrleans.Reports.Tests.Images;

public class ImageMasksTests
{
    [Fact]
    public void Score_on_one_image_uses_that_image_alone()
    {
        // Image 1 of three: neuron 4 cells, formula 6 cells, 3 in both; the other images are noise.
        ulong[] neuron = [~0UL >> 15, 0b1111, 1];
        ulong[] formula = [0, 0b1110111, 1UL << 48];
        var masks = ImageMasks.Of(GridShape.Seven, neuron, formula, 1);
        Assert.Equal(3.0 / 7, masks.Score(ScoreKind.Iou, 0.75), 9);
        double imrou = (3 - 0.75 / 49 * 4 * 6) / 7;
        Assert.Equal(imrou, masks.Score(ScoreKind.Imrou, 0.75), 9);
        Assert.Equal(imrou / ((4 - 0.75 / 49 * 16) / 4), masks.Score(ScoreKind.Imroun, 0.75), 9);
        Assert.True(masks.Neuron(0, 3) && !masks.Neuron(0, 4));
        Assert.True(masks.Formula(0, 6) && !masks.Formula(0, 3));
    }
}
