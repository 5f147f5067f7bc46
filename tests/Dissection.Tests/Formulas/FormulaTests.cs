using NeuronOrleans.Dissection.Formulas;

namespace NeuronOrleans.Dissection.Tests.Formulas;

public class FormulaTests
{
    private static readonly Formula A = new LeafFormula(1), B = new LeafFormula(2), C = new LeafFormula(3), D = new ExpandFormula(4);

    [Fact]
    public void Or_and_And_flatten_only_their_left_operand()
    {
        Assert.Equal("|(1,2,3)", Formula.Or(Formula.Or(A, B), C).ToString());
        Assert.Equal("|(1,|(2,3))", Formula.Or(A, Formula.Or(B, C)).ToString());
        Assert.Equal("&(1,2,3)", Formula.And(Formula.And(A, B), C).ToString());
    }

    [Fact]
    public void Nested_and_not_becomes_and_not_of_an_or()
    {
        var formula = Formula.AndNot(Formula.AndNot(Formula.AndNot(A, B), C), D);
        Assert.Equal("-(1,|(2,3,4x))", formula.ToString());
        Assert.Equal(4, formula.Length);
    }

    [Fact]
    public void Close_to_appends_right_operands()
    {
        var formula = ((CloseToFormula)Formula.CloseTo(A, B)).Append(D);
        Assert.Equal("t(1,2,4x)", formula.ToString());
    }

    [Fact]
    public void Keys_ignore_operand_order_where_the_connector_is_symmetric()
    {
        Assert.Equal(FormulaCodec.Key(Formula.Or(Formula.Or(A, B), C)), FormulaCodec.Key(Formula.Or(Formula.Or(C, A), B)));
        Assert.Equal(FormulaCodec.Key(Formula.Close(A, B)), FormulaCodec.Key(Formula.Close(B, A)));
        Assert.Equal(FormulaCodec.Key(((CloseToFormula)Formula.CloseTo(A, B)).Append(C)), FormulaCodec.Key(((CloseToFormula)Formula.CloseTo(A, C)).Append(B)));
        Assert.NotEqual(FormulaCodec.Key(Formula.CloseTo(A, B)), FormulaCodec.Key(Formula.CloseTo(B, A)));
        Assert.NotEqual(FormulaCodec.Key(Formula.AndNot(A, B)), FormulaCodec.Key(Formula.AndNot(B, A)));
    }

    [Fact]
    public void Keys_tell_apart_formulas_whose_prime_codes_collided()
    {
        // ((A OR B) AND NOT C) and ((B AND NOT C) OR A) had equal codes in the original.
        Assert.NotEqual(FormulaCodec.Key(Formula.AndNot(Formula.Or(A, B), C)), FormulaCodec.Key(Formula.Or(Formula.AndNot(B, C), A)));
    }

    [Fact]
    public void Keys_can_ignore_expansion()
    {
        var expanded = new ExpandFormula(1);
        Assert.NotEqual(FormulaCodec.Key(A), FormulaCodec.Key(expanded));
        Assert.Equal(FormulaCodec.Key(A, ignoreExpansion: true), FormulaCodec.Key(expanded, ignoreExpansion: true));
        Assert.Equal(FormulaCodec.Key(Formula.Or(A, B), ignoreExpansion: true), FormulaCodec.Key(Formula.Or(B, expanded), ignoreExpansion: true));
    }

    [Theory]
    [InlineData("")]
    [InlineData("|(1")]
    [InlineData("-(1,2,3)")]
    [InlineData("q(1,2)")]
    [InlineData("12y")]
    public void Malformed_encodings_are_refused(string encoded) =>
        Assert.Throws<FormatException>(() => FormulaCodec.Decode(encoded));
}
