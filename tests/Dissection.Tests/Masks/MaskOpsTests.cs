using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Tests.Naive;

namespace NeuronOrleans.Dissection.Tests.Masks;

/// <summary>Packed operators against the naive bool-grid reference on random masks.</summary>
public class MaskOpsTests
{
    public static TheoryData<int, int, int> Shapes => new()
    {
        // height, width, images: 7×7 (the fast path), odd single-word grids, multi-word grids,
        // and image counts around the vector widths.
        { 7, 7, 1 }, { 7, 7, 3 }, { 7, 7, 4 }, { 7, 7, 9 }, { 7, 7, 1000 },
        { 8, 8, 37 }, { 3, 5, 50 }, { 14, 14, 40 }, { 9, 13, 17 }, { 1, 1, 20 }, { 5, 1, 20 }, { 1, 9, 20 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Cellwise_connectors_match_reference(int height, int width, int images)
    {
        var (grid, a, b, _) = Setup(height, width, images, seed: 1);
        var expectOr = NaiveGrid.Map(Unpack(a, grid), Unpack(b, grid), (x, y) => x || y);
        var expectAnd = NaiveGrid.Map(Unpack(a, grid), Unpack(b, grid), (x, y) => x && y);
        var expectAndNot = NaiveGrid.Map(Unpack(a, grid), Unpack(b, grid), (x, y) => x && !y);
        var destination = new ulong[a.Length];
        MaskOps.Or(a, b, destination);
        AssertSame(expectOr, destination, grid);
        MaskOps.And(a, b, destination);
        AssertSame(expectAnd, destination, grid);
        MaskOps.AndNot(a, b, destination);
        AssertSame(expectAndNot, destination, grid);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void With_matches_reference(int height, int width, int images)
    {
        var (grid, a, b, _) = Setup(height, width, images, seed: 2);
        var destination = new ulong[a.Length];
        MaskOps.With(a, b, destination, grid);
        AssertSame(NaiveGrid.With(Unpack(a, grid), Unpack(b, grid)), destination, grid);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Close_to_and_close_match_reference(int height, int width, int images)
    {
        var (grid, a, b, random) = Setup(height, width, images, seed: 3);
        var c = RandomMasks.Create(random, images, grid);
        var dilatedA = new ulong[a.Length];
        var dilatedB = new ulong[a.Length];
        var dilatedC = new ulong[a.Length];
        MaskOps.Dilate(a, dilatedA, grid);
        MaskOps.Dilate(b, dilatedB, grid);
        MaskOps.Dilate(c, dilatedC, grid);

        var closeTo = new ulong[a.Length];
        MaskOps.CloseTo(a, dilatedB, closeTo);
        MaskOps.CloseTo(closeTo, dilatedC, closeTo);
        AssertSame(NaiveGrid.CloseTo(Unpack(a, grid), [Unpack(b, grid), Unpack(c, grid)], grid), closeTo, grid);

        var close = new ulong[a.Length];
        MaskOps.Close(a, dilatedA, b, dilatedB, close);
        AssertSame(NaiveGrid.Close(Unpack(a, grid), Unpack(b, grid), grid), close, grid);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Expand_matches_reference_for_every_threshold(int height, int width, int images)
    {
        var (grid, a, _, _) = Setup(height, width, images, seed: 4);
        var destination = new ulong[a.Length];
        foreach (int threshold in new[] { 1, 2, 3, 4, 8 })
        {
            MaskOps.Expand(a, destination, grid, threshold);
            AssertSame(NaiveGrid.Expand(Unpack(a, grid), grid, threshold), destination, grid);
        }
    }

    [Fact]
    public void Destination_may_alias_a_source()
    {
        var (grid, a, b, _) = Setup(7, 7, 100, seed: 5);
        var expected = NaiveGrid.Map(Unpack(a, grid), Unpack(b, grid), (x, y) => x && !y);
        MaskOps.AndNot(a, b, a);
        AssertSame(expected, a, grid);
    }

    [Fact]
    public void Mismatched_lengths_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => MaskOps.Or(new ulong[3], new ulong[4], new ulong[3]));
        Assert.Contains("3, 4 and 3 words", error.Message);
    }

    private static (GridShape Grid, ulong[] A, ulong[] B, Random Random) Setup(int height, int width, int images, int seed)
    {
        var grid = new GridShape(height, width);
        var random = new Random(seed * 1000 + height * 31 + width * 7 + images);
        return (grid, RandomMasks.Create(random, images, grid), RandomMasks.Create(random, images, grid), random);
    }

    private static bool[][] Unpack(ulong[] words, GridShape grid) => NaiveGrid.Unpack(words, grid);

    private static void AssertSame(bool[][] expected, ulong[] actual, GridShape grid) =>
        Assert.Equal(NaiveGrid.Pack(expected, grid), actual);
}
