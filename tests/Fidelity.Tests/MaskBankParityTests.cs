using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Probing.Import;
using Xunit;

namespace NeuronOrleans.Fidelity.Tests;

/// <summary>Our label masks against the original's own mask cache, cell for cell (ALGORITHM §2.1–2.2).</summary>
public sealed class MaskBankParityTests(FidelityBundle bundle) : IClassFixture<FidelityBundle>
{
    [Fact]
    public void Every_label_and_every_expansion_equals_the_original_mask_cache()
    {
        var (original, shape) = ReadBoolArray(FidelityBundle.File("masks_MD100_X3.npy"));
        var bank = bundle.Bank;
        int labels = bank.Labels.MaxNumber, images = bank.ImageCount, cells = bank.Grid.Cells, words = bank.Grid.WordsPerImage;
        Assert.Equal([1 + 2L * labels, images, bank.Grid.Height, bank.Grid.Width], shape);

        var differences = new List<string>();
        for (int label = 1; label <= labels; label++)
        {
            Compare(original, row: label, bank.Plain(label), $"{bank.Labels[label].Name}", differences);
            // The original keeps EXPAND rows for scenes (equal to the plain rows); we never expand scenes.
            if (!bank.Labels[label].IsScene)
                Compare(original, row: labels + label, bank.Expanded(label), $"{bank.Labels[label].Name}-X", differences);
        }
        Assert.Empty(differences);

        void Compare(bool[] expected, int row, ulong[]? ours, string name, List<string> found)
        {
            for (int image = 0; image < images; image++)
                for (int cell = 0; cell < cells; cell++)
                {
                    bool theirs = expected[((long)row * images + image) * cells + cell];
                    bool mine = ours is not null && (ours[image * words + cell / 64] >> (cell % 64) & 1) != 0;
                    if (theirs != mine) found.Add($"{name}, image {image}, cell {cell}: original {theirs}, ours {mine}");
                }
        }
    }

    private static (bool[] Values, long[] Shape) ReadBoolArray(string path)
    {
        using var stream = File.OpenRead(path);
        var header = NpyHeader.Read(stream, path);
        Assert.Equal("|b1", header.Descr);
        var bytes = new byte[header.ElementCount];
        stream.ReadExactly(bytes);
        return ([.. bytes.Select(b => b != 0)], header.Shape);
    }
}
