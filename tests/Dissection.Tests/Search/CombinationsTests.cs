using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Labels;
using NeuronOrleans.Dissection.Search;

namespace NeuronOrleans.Dissection.Tests.Search;

/// <summary>The combination table of ALGORITHM §6.3 and the rules of §6.4, case by case.</summary>
public class CombinationsTests
{
    private static readonly LabelTable Labels = new(
        [new Label(1, "a", "object"), new Label(2, "b", "object"), new Label(3, "p", "object"), new Label(4, "street-s", "scene")]);

    private static readonly FormulaParser Parser = new(Labels);

    [Theory]
    [InlineData("(a WITH b)", "p", Connector.Or, "((a WITH b) OR p)|((a OR p) WITH b)|(a WITH (b OR p))")]
    [InlineData("(a CLOSE b)", "p-X", Connector.AndNot, "((a CLOSE b) AND NOT p-X)|((a AND NOT p-X) CLOSE b)|(a CLOSE (b AND NOT p-X))")]
    [InlineData("(a CLOSE TO b)", "p", Connector.Or, "((a CLOSE TO b) OR p)|((a OR p) CLOSE TO b)|(a CLOSE TO (b OR p))")]
    [InlineData("(a CLOSE TO b & street-s)", "p", Connector.AndNot, "((a CLOSE TO b & street-s) AND NOT p)")]
    [InlineData("(a CLOSE TO b)", "p-X", Connector.Close, "(a CLOSE TO b & p-X)")]
    [InlineData("(a CLOSE TO b-X)", "p", Connector.Close, "")]
    [InlineData("(a CLOSE TO (a OR b))", "p", Connector.Close, "")]
    [InlineData("(a CLOSE b)", "p", Connector.Close, "")]
    [InlineData("(a OR b)", "p", Connector.Close, "((a OR b) CLOSE p)|((a OR b) CLOSE TO p)|(p CLOSE TO (a OR b))")]
    [InlineData("(a WITH b)", "p", Connector.And, "((a WITH b) AND p)")]
    [InlineData("(a CLOSE b)", "p", Connector.With, "((a CLOSE b) WITH p)")]
    [InlineData("(a AND NOT b)", "p", Connector.AndNot, "(a AND NOT (b OR p))")]
    public void Combination_table(string beamMember, string candidate, Connector connector, string expected) =>
        Assert.Equal(expected, Combine(beamMember, candidate, connector));

    [Theory]
    [InlineData("a", "street-s", Connector.Close, "(street-s CLOSE TO a)")]
    [InlineData("a", "street-s", Connector.With, "")]
    [InlineData("(a CLOSE TO b)", "street-s", Connector.Close, "")]
    [InlineData("a", "street-s", Connector.And, "(a AND street-s)")]
    [InlineData("(a CLOSE b)", "street-s", Connector.Or, "((a CLOSE b) OR street-s)|((a OR street-s) CLOSE b)|(a CLOSE (b OR street-s))")]
    public void Scene_candidates(string beamMember, string candidate, Connector connector, string expected) =>
        Assert.Equal(expected, Combine(beamMember, candidate, connector));

    [Fact]
    public void A_scene_beam_member_keeps_all_three_close_readings() =>
        // The original meant to prune two of them, but its check never fired: kept for comparability.
        Assert.Equal("(street-s CLOSE a)|(street-s CLOSE TO a)|(a CLOSE TO street-s)", Combine("street-s", "a", Connector.Close));

    [Theory]
    [InlineData("a", "a-X", Connector.Or)]
    [InlineData("a", "a", Connector.Close)]
    [InlineData("(a OR b)", "b-X", Connector.Or)]
    [InlineData("(a AND b)", "a", Connector.And)]
    public void Repeating_a_direct_leaf_is_redundant(string beamMember, string candidate, Connector connector) =>
        Assert.Equal("", Combine(beamMember, candidate, connector));

    [Theory]
    [InlineData("a-X", "a", Connector.Or, "(a-X OR a)")]
    [InlineData("(a OR b)", "b", Connector.And, "((a OR b) AND b)")]
    [InlineData("(a-X OR b)", "a", Connector.Or, "(a-X OR b OR a)")]
    public void Only_plain_leaves_count_as_repeats(string beamMember, string candidate, Connector connector, string expected) =>
        Assert.Equal(expected, Combine(beamMember, candidate, connector));

    [Theory]
    [InlineData("(a AND b-X)", "p", Connector.Or, SearchMode.Original, "((a AND b-X) OR p)")]
    [InlineData("(a AND b-X)", "p", Connector.Or, SearchMode.Thorough, "((a AND b-X) OR p)|((a OR p) AND b-X)|(a AND (b-X OR p))")]
    [InlineData("(a AND b AND street-s)", "p", Connector.Or, SearchMode.Thorough,
        "((a AND b AND street-s) OR p)|((a OR p) AND b AND street-s)|(a AND (b OR p) AND street-s)|(a AND b AND (street-s OR p))")]
    [InlineData("((a OR b) AND street-s)", "p", Connector.Or, SearchMode.Thorough, "(((a OR b) AND street-s) OR p)|((a OR b OR p) AND street-s)|((a OR b) AND (street-s OR p))")]
    [InlineData("(a AND b-X)", "p", Connector.AndNot, SearchMode.Thorough, "((a AND b-X) AND NOT p)")]
    [InlineData("(a AND NOT b)", "p", Connector.Or, SearchMode.Original, "((a AND NOT b) OR p)")]
    [InlineData("(a AND NOT b)", "p", Connector.Or, SearchMode.Thorough, "((a AND NOT b) OR p)|((a OR p) AND NOT b)")]
    [InlineData("((a OR b) AND NOT street-s)", "p", Connector.Or, SearchMode.Thorough, "(((a OR b) AND NOT street-s) OR p)|((a OR b OR p) AND NOT street-s)")]
    public void The_thorough_mode_also_splits_an_and_or_and_not_member_under_or(string beamMember, string candidate, Connector connector, SearchMode mode, string expected) =>
        Assert.Equal(expected, Combine(beamMember, candidate, connector, mode));

    private static string Combine(string beamMember, string candidate, Connector connector, SearchMode mode = SearchMode.Original)
    {
        var p = Parser.Parse(candidate);
        bool isScene = Labels[p is LeafFormula leaf ? leaf.Label : ((ExpandFormula)p).Label].IsScene;
        return string.Join("|", Combinations.Of(Parser.Parse(beamMember), p, connector, isScene, mode).Select(f => f.Print(Labels)));
    }
}
