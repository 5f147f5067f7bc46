namespace NeuronOrleans.Dissection.Masks;

/// <summary>The images of a dataset mask that hold at least one true cell.</summary>
public static class MaskSupport
{
    /// <summary>Image indices in ascending order.</summary>
    public static int[] Of(ReadOnlySpan<ulong> mask, GridShape grid)
    {
        int words = grid.WordsPerImage, images = mask.Length / words;
        var support = new List<int>();
        for (int image = 0; image < images; image++)
            if (mask.Slice(image * words, words).IndexOfAnyExcept(0UL) >= 0) support.Add(image);
        return [.. support];
    }
}
