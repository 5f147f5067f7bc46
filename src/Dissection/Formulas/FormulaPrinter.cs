using System.Text;
using NeuronOrleans.Dissection.Labels;

namespace NeuronOrleans.Dissection.Formulas;

/// <summary>
/// Prints formulas in the original's text form (ALGORITHM §4): one space around connectors,
/// every composite in one pair of parentheses, a bare leaf without.
/// </summary>
public static class FormulaPrinter
{
    public const string ExpandSuffix = "-X";

    /// <summary>The formula with label names, e.g. <c>((highway-s OR field-cultivated-s) AND NOT sky)</c>.</summary>
    public static string Print(this Formula formula, LabelTable labels) =>
        Print(formula, number => labels[number].Name);

    /// <summary>The category string: each label replaced by its primary category, <c>-X</c> kept.</summary>
    public static string PrintCategories(this Formula formula, LabelTable labels) =>
        Print(formula, number => labels[number].Category);

    public static string Print(Formula formula, Func<int, string> labelText)
    {
        var text = new StringBuilder();
        Append(text, formula, labelText);
        return text.ToString();
    }

    private static void Append(StringBuilder text, Formula formula, Func<int, string> labelText)
    {
        switch (formula)
        {
            case LeafFormula leaf:
                text.Append(labelText(leaf.Label));
                break;
            case ExpandFormula expand:
                text.Append(labelText(expand.Label)).Append(ExpandSuffix);
                break;
            case OrFormula or:
                AppendGroup(text, or.Operands, " OR ", labelText);
                break;
            case AndFormula and:
                AppendGroup(text, and.Operands, " AND ", labelText);
                break;
            case AndNotFormula andNot:
                AppendGroup(text, [andNot.Left, andNot.Right], " AND NOT ", labelText);
                break;
            case WithFormula with:
                AppendGroup(text, [with.Left, with.Right], " WITH ", labelText);
                break;
            case CloseFormula close:
                AppendGroup(text, [close.Left, close.Right], " CLOSE ", labelText);
                break;
            case CloseToFormula closeTo:
                text.Append('(');
                Append(text, closeTo.Left, labelText);
                text.Append(" CLOSE TO ");
                AppendJoined(text, closeTo.Right, " & ", labelText);
                text.Append(')');
                break;
            default:
                throw new ArgumentException($"Unknown formula node {formula.GetType().Name}.", nameof(formula));
        }
    }

    private static void AppendGroup(StringBuilder text, IReadOnlyList<Formula> operands, string connector, Func<int, string> labelText)
    {
        text.Append('(');
        AppendJoined(text, operands, connector, labelText);
        text.Append(')');
    }

    private static void AppendJoined(StringBuilder text, IReadOnlyList<Formula> operands, string separator, Func<int, string> labelText)
    {
        for (int i = 0; i < operands.Count; i++)
        {
            if (i > 0) text.Append(separator);
            Append(text, operands[i], labelText);
        }
    }
}
