using System.Text;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Labels;

namespace NeuronOrleans.Reports.Html;

/// <summary>A formula as HTML from the printer's tokens: labels (with their <c>-X</c>) and connectors in spans.</summary>
internal static class FormulaHtml
{
    public static string Render(Formula formula, LabelTable labels)
    {
        var html = new StringBuilder();
        foreach (var token in FormulaPrinter.Tokens(formula))
            switch (token.Kind)
            {
                case FormulaTokenKind.OpenParenthesis:
                    html.Append('(');
                    break;
                case FormulaTokenKind.CloseParenthesis:
                    html.Append(')');
                    break;
                case FormulaTokenKind.Label:
                    string name = labels[token.Label].Name + (token.Expanded ? FormulaVocabulary.ExpandSuffix : "");
                    html.Append("<span class=\"label\">").Append(HtmlParts.Encode(name)).Append("</span>");
                    break;
                case FormulaTokenKind.Connector:
                    Operator(html, FormulaVocabulary.Word(token.Connector));
                    break;
                default:
                    Operator(html, FormulaVocabulary.RightOperandSeparator);
                    break;
            }
        return html.ToString();
    }

    private static void Operator(StringBuilder html, string word) =>
        html.Append(" <span class=\"op\">").Append(HtmlParts.Encode(word)).Append("</span> ");
}
