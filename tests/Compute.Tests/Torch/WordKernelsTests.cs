using System.Numerics;
using NeuronOrleans.Compute.Torch;
using NeuronOrleans.Dissection.Masks;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuronOrleans.Compute.Tests.Torch;

/// <summary>The tensor kernels against <see cref="MaskOps"/> and BitOperations on random words of every grid they support.</summary>
public class WordKernelsTests
{
    public static TheoryData<int, int, int> Shapes => new()
    {
        { 7, 7, 0 }, { 7, 7, 1 }, { 7, 7, 63 }, { 7, 7, 64 }, { 7, 7, 65 }, { 7, 7, 2_000 },
        { 2, 2, 50 }, { 3, 5, 300 }, { 9, 7, 300 }, { 2, 9, 300 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Dilation_equals_the_packed_engine(int height, int width, int images)
    {
        var grid = new GridShape(height, width);
        var words = RandomWords(images, grid, seed: images + height);
        var expected = new ulong[words.Length];
        MaskOps.Dilate(words, expected, grid);
        using var kernels = new WordKernels(grid, CPU);
        using var input = HostWords.ToDevice(words, CPU);
        using var dilated = kernels.Dilate(input);
        Assert.Equal(expected, Words(dilated));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Popcount_and_with_equal_the_scalar_versions(int height, int width, int images)
    {
        var grid = new GridShape(height, width);
        var a = RandomWords(images, grid, seed: 1);
        var b = RandomWords(images, grid, seed: 2);
        using var kernels = new WordKernels(grid, CPU);
        using var ta = HostWords.ToDevice(a, CPU);
        using var tb = HostWords.ToDevice(b, CPU);
        using var counts = kernels.PopCount(ta);
        Assert.Equal(a.Select(w => (ulong)BitOperations.PopCount(w)), Words(counts));
        var with = new ulong[a.Length];
        MaskOps.With(a, b, with, grid);
        WordKernels.WithInPlace(ta, tb);
        Assert.Equal(with, Words(ta));
    }

    [Fact]
    public void Grids_that_need_the_sign_bit_or_several_words_are_refused()
    {
        Assert.False(TorchCountBackend.Supports(new GridShape(8, 8)));
        Assert.False(TorchCountBackend.Supports(new GridShape(14, 14)));
        Assert.Throws<ArgumentException>(() => new WordKernels(new GridShape(8, 8), CPU));
    }

    /// <summary>Words of every density, empty and full images included, within the grid's cells.</summary>
    internal static ulong[] RandomWords(int count, GridShape grid, int seed)
    {
        var random = new Random(seed);
        ulong all = (1UL << grid.Cells) - 1;
        return [.. Enumerable.Range(0, count).Select(_ => random.Next(6) switch
        {
            0 => 0UL,
            1 => all,
            2 => 1UL << random.Next(grid.Cells),
            _ => (ulong)random.NextInt64() & (ulong)random.NextInt64() & all,
        })];
    }

    internal static ulong[] Words(Tensor tensor) => [.. HostWords.Read(tensor).Select(v => (ulong)v)];
}
