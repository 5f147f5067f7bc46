using NeuronOrleans.Reports.History;

namespace NeuronOrleans.Reports.Tests.History;

public class LineWrapperTests
{
    [Fact]
    public void Every_item_is_followed_by_a_comma_and_a_space()
    {
        Assert.Equal(["a, b, c, "], LineWrapper.Wrap(["a", "b", "c"], width: 7));
    }

    [Fact]
    public void A_line_breaks_when_the_next_item_would_not_fit_and_the_trailing_comma_does_not_count()
    {
        // "aa, bb" is 6 characters: it fits width 6; "aa, bb, cc" would be 10.
        Assert.Equal(["aa, bb, ", "cc, "], LineWrapper.Wrap(["aa", "bb", "cc"], width: 6));
        Assert.Equal(["aa, ", "bb, ", "cc, "], LineWrapper.Wrap(["aa", "bb", "cc"], width: 5));
    }

    [Fact]
    public void An_item_longer_than_the_width_gets_its_own_unbroken_line()
    {
        string longFormula = "(" + string.Join(" OR ", Enumerable.Repeat("work surface-X", 10)) + ")";
        Assert.Equal(["car, ", longFormula + ", ", "boat, "], LineWrapper.Wrap(["car", longFormula, "boat"], width: 40));
    }

    [Fact]
    public void Joining_the_lines_restores_the_one_line_text()
    {
        var items = Enumerable.Range(0, 60).Select(i => $"label {i}-X, s=0.{i:D4}/th=4.7").ToList();
        var lines = LineWrapper.Wrap(items, LineWrapper.BeamWidth);
        Assert.True(lines.Count > 1);
        Assert.Equal(string.Concat(items.Select(item => item + ", ")), string.Concat(lines));
        Assert.All(lines, line => Assert.True(line.Length - 2 <= LineWrapper.BeamWidth));
    }

    [Fact]
    public void No_items_give_one_empty_line()
    {
        Assert.Equal([""], LineWrapper.Wrap([], LineWrapper.BeamWidth));
    }
}
