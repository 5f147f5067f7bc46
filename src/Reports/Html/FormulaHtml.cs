using System.Text;
using System.Text.RegularExpressions;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Labels;

namespace NeuronOrleans.Reports.Html;

/// <summary>
/// A formula as HTML with its connectors highlighted. The printer runs with placeholder labels,
/// so connector words are found only in the printer's own text, never inside a label name.
/// </summary>
internal static partial class FormulaHtml
{
    private const char LabelMark = '\u0001';

    public static string Render(Formula formula, LabelTable labels)
    {
        var names = new List<string>();
        string skeleton = FormulaPrinter.Print(formula, number =>
        {
            names.Add(labels[number].Name);
            return LabelMark.ToString();
        });

        var html = new StringBuilder();
        int label = 0;
        bool afterLabel = false;
        foreach (var token in Tokens().Split(skeleton))
        {
            string part = token;
            // The printer puts "-X" right after an expanded label: keep it inside the label's span.
            if (afterLabel && part.StartsWith(FormulaPrinter.ExpandSuffix, StringComparison.Ordinal))
            {
                html.Insert(html.Length - "</span>".Length, FormulaPrinter.ExpandSuffix);
                part = part[FormulaPrinter.ExpandSuffix.Length..];
            }
            afterLabel = part == LabelMark.ToString();
            if (part.Length == 0) continue;
            if (afterLabel) html.Append("<span class=\"label\">").Append(HtmlParts.Encode(names[label++])).Append("</span>");
            else if (Tokens().IsMatch(part)) html.Append("<span class=\"op\">").Append(HtmlParts.Encode(part)).Append("</span>");
            else html.Append(HtmlParts.Encode(part));
        }
        return html.ToString();
    }

    // Longest words first so "AND NOT" and "CLOSE TO" win over "AND" and "CLOSE"; the capture
    // keeps the separators in Split's output.
    [GeneratedRegex("(\u0001|AND NOT|CLOSE TO|OR|AND|WITH|CLOSE|&)", RegexOptions.CultureInvariant)]
    private static partial Regex Tokens();
}
