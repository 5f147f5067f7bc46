using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Labels;
using NeuronOrleans.Reports.Html;
using NeuronOrleans.Reports.Tests.Support;

namespace NeuronOrleans.Reports.Tests.Html;

public class FormulaHtmlTests
{
    [Fact]
    public void Connectors_are_highlighted_and_expanded_labels_keep_their_suffix()
    {
        var formula = HandResults.Parse("((highway-s OR field-cultivated-s-X) AND NOT (sky CLOSE TO car & boat-X))");
        Assert.Equal(
            "((<span class=\"label\">highway-s</span> <span class=\"op\">OR</span> <span class=\"label\">field-cultivated-s-X</span>) " +
            "<span class=\"op\">AND NOT</span> (<span class=\"label\">sky</span> <span class=\"op\">CLOSE TO</span> " +
            "<span class=\"label\">car</span> <span class=\"op\">&amp;</span> <span class=\"label\">boat-X</span>))",
            FormulaHtml.Render(formula, HandResults.Labels));
    }

    [Fact]
    public void Operator_words_inside_label_names_stay_label_text_and_are_escaped()
    {
        var labels = new LabelTable([new Label(1, "OR & <AND>", "object"), new Label(2, "WITH-X", "object")]);
        var formula = Formula.With(new LeafFormula(1), new ExpandFormula(2));
        Assert.Equal(
            "(<span class=\"label\">OR &amp; &lt;AND&gt;</span> <span class=\"op\">WITH</span> <span class=\"label\">WITH-X-X</span>)",
            FormulaHtml.Render(formula, labels));
    }
}
