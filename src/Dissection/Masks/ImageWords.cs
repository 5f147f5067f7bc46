namespace NeuronOrleans.Dissection.Masks;

/// <summary>Cell access within one image's words, for grids of any size (the general path).</summary>
internal static class ImageWords
{
    public static bool Get(ReadOnlySpan<ulong> image, int cell) => (image[cell >> 6] >> (cell & 63) & 1) != 0;

    public static void Set(Span<ulong> image, int cell) => image[cell >> 6] |= 1UL << (cell & 63);

    public static bool Any(ReadOnlySpan<ulong> image)
    {
        foreach (var word in image)
            if (word != 0) return true;
        return false;
    }

    public static int PopCount(ReadOnlySpan<ulong> image)
    {
        int count = 0;
        foreach (var word in image) count += System.Numerics.BitOperations.PopCount(word);
        return count;
    }
}
