using NeuronOrleans.Reports.History;

namespace NeuronOrleans.Reports.Tests.History;

public class LineWrapperTests
{
    [Fact]
    public void Items_that_fit_stay_on_one_line()
    {
        Assert.Equal(["a, b, c"], LineWrapper.Wrap(["a", "b", "c"], width: 7));
    }

    [Fact]
    public void A_break_follows_the_comma_and_the_comma_counts_towards_the_width()
    {
        // "aa, bb," is 7 characters: with width 6 the comma would not fit after "aa, bb",
        // while the last line "bb, cc" needs no comma and fits exactly.
        Assert.Equal(["aa, bb,", "cc"], LineWrapper.Wrap(["aa", "bb", "cc"], width: 7));
        Assert.Equal(["aa,", "bb, cc"], LineWrapper.Wrap(["aa", "bb", "cc"], width: 6));
    }

    [Fact]
    public void The_last_line_may_use_the_full_width()
    {
        Assert.Equal(["aa, bb"], LineWrapper.Wrap(["aa", "bb"], width: 6));
    }

    [Fact]
    public void An_item_longer_than_the_width_gets_its_own_unbroken_line()
    {
        string longFormula = "(" + string.Join(" OR ", Enumerable.Repeat("work surface-X", 10)) + ")";
        var lines = LineWrapper.Wrap(["car", longFormula, "boat"], width: 40);
        Assert.Equal(["car,", longFormula + ",", "boat"], lines);
    }

    [Fact]
    public void Joining_the_lines_with_a_space_restores_the_one_line_text()
    {
        var items = Enumerable.Range(0, 60).Select(i => $"label {i}-X, s=0.{i:D4}/th=4.7").ToList();
        var lines = LineWrapper.Wrap(items);
        Assert.True(lines.Count > 1);
        Assert.Equal(string.Join(", ", items), string.Join(" ", lines));
        Assert.All(lines, line => Assert.True(line.Length <= LineWrapper.Width));
    }

    [Fact]
    public void No_items_give_one_empty_line()
    {
        Assert.Equal([""], LineWrapper.Wrap([]));
    }
}
