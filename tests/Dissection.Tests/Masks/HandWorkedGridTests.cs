using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Tests.Naive;

namespace NeuronOrleans.Dissection.Tests.Masks;

/// <summary>7×7 cases worked out by hand from ALGORITHM §2.2 and §4.1.</summary>
public class HandWorkedGridTests
{
    private static readonly GridShape Grid = GridShape.Seven;
    private static readonly ulong All = Grid7.Image("XXXXXXX", "XXXXXXX", "XXXXXXX", "XXXXXXX", "XXXXXXX", "XXXXXXX", "XXXXXXX");

    [Fact]
    public void Close_neighbourhood_of_the_centre_is_a_5x5_block_without_corners()
    {
        ulong expected = Grid7.Image(
            ".......",
            "..XXX..",
            ".XXXXX.",
            ".XXXXX.",
            ".XXXXX.",
            "..XXX..",
            ".......");
        Assert.Equal(expected, CloseTo(All, Grid7.Cell(3, 3)));
    }

    [Fact]
    public void Close_neighbourhood_is_clipped_at_a_corner()
    {
        // From (0,0): offsets with dy, dx ≥ 0 and dy² + dx² ≤ 5, so (2,2) (distance² 8) is out.
        ulong expected = Grid7.Image(
            "XXX....",
            "XXX....",
            "XX.....",
            ".......",
            ".......",
            ".......",
            ".......");
        Assert.Equal(expected, CloseTo(All, Grid7.Cell(0, 0)));
    }

    [Fact]
    public void Close_neighbourhood_is_clipped_at_an_edge()
    {
        ulong expected = Grid7.Image(
            ".......",
            ".......",
            ".......",
            ".......",
            "..XXX..",
            ".XXXXX.",
            ".XXXXX.");
        Assert.Equal(expected, CloseTo(All, Grid7.Cell(6, 3)));
    }

    [Fact]
    public void Close_to_keeps_only_cells_of_a_near_every_right_operand()
    {
        ulong a = Grid7.Image(
            "X.....X",
            ".......",
            ".......",
            "...X...",
            ".......",
            ".......",
            "X.....X");
        // b near (0,0) and the centre; c near the centre only.
        ulong b = Grid7.Cell(1, 2);
        ulong c = Grid7.Cell(5, 4);
        Assert.Equal(Grid7.Cell(0, 0) | Grid7.Cell(3, 3), CloseTo(a, b));
        Assert.Equal(Grid7.Cell(3, 3) | Grid7.Cell(6, 6), CloseTo(a, c));
        var dilatedB = Dilate(b);
        var dilatedC = Dilate(c);
        Assert.Equal(Grid7.Cell(3, 3), a & dilatedB & dilatedC);
    }

    [Fact]
    public void Close_is_the_union_of_both_directions()
    {
        ulong a = Grid7.Cell(0, 0) | Grid7.Cell(6, 6);
        ulong b = Grid7.Cell(2, 1) | Grid7.Cell(6, 0);
        // (0,0)–(2,1): distance² 5, near. (6,6) and (6,0) are far from everything else.
        ulong[] destination = new ulong[1];
        MaskOps.Close([a], [Dilate(a)], [b], [Dilate(b)], destination);
        Assert.Equal(Grid7.Cell(0, 0) | Grid7.Cell(2, 1), destination[0]);
    }

    [Fact]
    public void Expand_turns_cells_with_three_true_neighbours_in_one_pass()
    {
        ulong image = Grid7.Image(
            "XX.....",
            "X......",
            ".......",
            ".......",
            ".......",
            ".......",
            ".......");
        // (1,1) has 3 true neighbours and turns true; (2,2) would only see it in a second pass.
        ulong expected = image | Grid7.Cell(1, 1);
        Assert.Equal(expected, Expand(image));
    }

    [Fact]
    public void Expand_counts_the_fewer_in_grid_neighbours_of_corners_and_edges()
    {
        // The corner (0,0) has only 3 neighbours, all true.
        ulong corner = Grid7.Cell(0, 1) | Grid7.Cell(1, 0) | Grid7.Cell(1, 1);
        Assert.Equal(corner | Grid7.Cell(0, 0), Expand(corner));

        // The edge cell (0,3) has 5 neighbours; two true neighbours are not enough, three are.
        ulong two = Grid7.Cell(0, 2) | Grid7.Cell(1, 3);
        Assert.Equal(0UL, Expand(two) & Grid7.Cell(0, 3));
        ulong three = two | Grid7.Cell(0, 4);
        Assert.Equal(Grid7.Cell(0, 3), Expand(three) & Grid7.Cell(0, 3));
    }

    [Fact]
    public void With_keeps_a_only_in_images_where_b_has_a_cell()
    {
        ulong[] a = [Grid7.Cell(0, 0), Grid7.Cell(1, 1), Grid7.Cell(2, 2)];
        ulong[] b = [Grid7.Cell(6, 6), 0, Grid7.Cell(2, 2)];
        var destination = new ulong[3];
        MaskOps.With(a, b, destination, Grid);
        Assert.Equal([Grid7.Cell(0, 0), 0UL, Grid7.Cell(2, 2)], destination);
    }

    private static ulong Dilate(ulong image)
    {
        var destination = new ulong[1];
        MaskOps.Dilate([image], destination, Grid);
        return destination[0];
    }

    private static ulong CloseTo(ulong a, ulong b)
    {
        var destination = new ulong[1];
        MaskOps.CloseTo([a], [Dilate(b)], destination);
        return destination[0];
    }

    private static ulong Expand(ulong image)
    {
        var destination = new ulong[1];
        MaskOps.Expand([image], destination, Grid, threshold: 3);
        return destination[0];
    }
}
