using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Labels;

namespace NeuronOrleans.Dissection.Tests.Formulas;

public class FormulaParserTests
{
    private static readonly LabelTable Labels = new(
    [
        new Label(1, "car", "object"), new Label(2, "road", "object"), new Label(3, "sky", "object"),
        new Label(4, "highway-s", "scene"), new Label(5, "theater-indoor procenium-s", "scene"), new Label(6, "white-c", "color"),
    ]);

    private readonly FormulaParser _parser = new(Labels);

    [Fact]
    public void Every_published_formula_prints_back_identically_with_its_category_string()
    {
        var parser = new FormulaParser(ReferenceFormulas.Labels);
        foreach (var row in ReferenceFormulas.Rows)
        {
            var formula = parser.Parse(row.Formula);
            Assert.True(row.Formula == formula.Print(ReferenceFormulas.Labels), $"{row.File} line {row.Line} reprints differently");
            Assert.True(row.Category == formula.PrintCategories(ReferenceFormulas.Labels), $"{row.File} line {row.Line}: category string differs");
            Assert.Equal(ReferenceFormulas.Atoms(row.Formula).Count(), formula.Length);
        }
    }

    [Fact]
    public void Published_formulas_survive_the_name_free_codec()
    {
        var parser = new FormulaParser(ReferenceFormulas.Labels);
        foreach (var row in ReferenceFormulas.Rows)
        {
            var formula = parser.Parse(row.Formula);
            Assert.Equal(row.Formula, FormulaCodec.Decode(FormulaCodec.Encode(formula)).Print(ReferenceFormulas.Labels));
        }
    }

    [Theory]
    [InlineData("car", typeof(LeafFormula))]
    [InlineData("car-X", typeof(ExpandFormula))]
    [InlineData("theater-indoor procenium-s", typeof(LeafFormula))]
    [InlineData("(car OR road OR sky)", typeof(OrFormula))]
    [InlineData("(car AND road)", typeof(AndFormula))]
    [InlineData("(car AND NOT (road OR sky))", typeof(AndNotFormula))]
    [InlineData("(car WITH highway-s)", typeof(WithFormula))]
    [InlineData("(car CLOSE road-X)", typeof(CloseFormula))]
    [InlineData("(car CLOSE TO road & sky-X & white-c)", typeof(CloseToFormula))]
    [InlineData("((car CLOSE TO road) AND NOT (sky OR white-c))", typeof(AndNotFormula))]
    public void Parses_each_connector(string text, Type kind)
    {
        var formula = _parser.Parse(text);
        Assert.IsType(kind, formula);
        Assert.Equal(text, formula.Print(Labels));
    }

    [Theory]
    [InlineData("(car OR bus)", 8, "Unknown label 'bus'")]
    [InlineData("(car OR road", 0, "Unclosed '('")]
    [InlineData("(car OR road))", 13, "Unmatched ')'")]
    [InlineData("car OR road", 0, "Unknown label 'car OR road'")]
    [InlineData("(car)", 1, "No connector")]
    [InlineData("(car AND NOT road AND NOT sky)", 17, "joins exactly two operands")]
    [InlineData("(car OR )", 8, "Missing operand")]
    [InlineData("", 0, "Empty formula")]
    public void Bad_input_names_the_position_and_text(string text, int position, string problem)
    {
        var error = Assert.Throws<FormulaParseException>(() => _parser.Parse(text));
        Assert.Equal(position, error.Position);
        Assert.Contains(problem, error.Message);
        Assert.Contains($"position {position}", error.Message);
    }
}
