using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Dissection.Search;

/// <summary>
/// Easy mode (ALGORITHM §6.6): the label masks and the neuron restricted to the images where the
/// neuron fires at least once.
/// </summary>
internal static class EasyModeView
{
    public static (LabelMaskBank Bank, NeuronMask Neuron) Restrict(LabelMaskBank bank, NeuronMask neuron)
    {
        var kept = Enumerable.Range(0, neuron.ImageCount).Where(i => neuron.ImageCounts[i] > 0).ToArray();
        int slots = bank.Labels.MaxNumber + 1;
        var plain = new ulong[]?[slots];
        var expanded = new ulong[]?[slots];
        for (int label = 1; label < slots; label++)
        {
            plain[label] = Gather(bank.Plain(label), kept, bank.Grid);
            expanded[label] = Gather(bank.Expanded(label), kept, bank.Grid);
        }
        var restrictedBank = new LabelMaskBank(bank.Labels, bank.Grid, kept.Length, plain, expanded);
        var restrictedNeuron = new NeuronMask(Gather(neuron.Bits, kept, neuron.Grid)!, kept.Length, neuron.Grid);
        return (restrictedBank, restrictedNeuron);
    }

    private static ulong[]? Gather(ulong[]? mask, int[] images, GridShape grid)
    {
        if (mask is null) return null;
        int words = grid.WordsPerImage;
        var gathered = new ulong[images.Length * words];
        for (int i = 0; i < images.Length; i++) Array.Copy(mask, images[i] * words, gathered, i * words, words);
        return gathered;
    }
}
