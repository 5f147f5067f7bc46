using System.Text;
using NeuronOrleans.Dissection.Labels;

namespace NeuronOrleans.Dissection.Formulas;

/// <summary>
/// Prints formulas in the original's text form (ALGORITHM §4): one space around connectors,
/// every composite in one pair of parentheses, a bare leaf without.
/// </summary>
public static class FormulaPrinter
{
    /// <summary>The formula with label names, e.g. <c>((highway-s OR field-cultivated-s) AND NOT sky)</c>.</summary>
    public static string Print(this Formula formula, LabelTable labels) =>
        Print(formula, number => labels[number].Name);

    /// <summary>The category string: each label replaced by its primary category, <c>-X</c> kept.</summary>
    public static string PrintCategories(this Formula formula, LabelTable labels) =>
        Print(formula, number => labels[number].Category);

    public static string Print(Formula formula, Func<int, string> labelText)
    {
        var text = new StringBuilder();
        foreach (var token in Tokens(formula))
            text.Append(token.Kind switch
            {
                FormulaTokenKind.OpenParenthesis => "(",
                FormulaTokenKind.CloseParenthesis => ")",
                FormulaTokenKind.Label => token.Expanded ? labelText(token.Label) + FormulaVocabulary.ExpandSuffix : labelText(token.Label),
                FormulaTokenKind.Connector => $" {FormulaVocabulary.Word(token.Connector)} ",
                _ => $" {FormulaVocabulary.RightOperandSeparator} ",
            });
        return text.ToString();
    }

    /// <summary>The formula's pieces in printed order.</summary>
    public static List<FormulaToken> Tokens(Formula formula)
    {
        var tokens = new List<FormulaToken>();
        Append(tokens, formula);
        return tokens;
    }

    private static void Append(List<FormulaToken> tokens, Formula formula)
    {
        switch (formula)
        {
            case LeafFormula leaf:
                tokens.Add(new FormulaToken(FormulaTokenKind.Label, leaf.Label));
                break;
            case ExpandFormula expand:
                tokens.Add(new FormulaToken(FormulaTokenKind.Label, expand.Label, Expanded: true));
                break;
            case OrFormula or:
                AppendGroup(tokens, or.Operands, Connector.Or);
                break;
            case AndFormula and:
                AppendGroup(tokens, and.Operands, Connector.And);
                break;
            case AndNotFormula andNot:
                AppendGroup(tokens, [andNot.Left, andNot.Right], Connector.AndNot);
                break;
            case WithFormula with:
                AppendGroup(tokens, [with.Left, with.Right], Connector.With);
                break;
            case CloseFormula close:
                AppendGroup(tokens, [close.Left, close.Right], Connector.Close);
                break;
            case CloseToFormula closeTo:
                tokens.Add(new FormulaToken(FormulaTokenKind.OpenParenthesis));
                Append(tokens, closeTo.Left);
                tokens.Add(new FormulaToken(FormulaTokenKind.Connector, Connector: Connector.CloseTo));
                AppendJoined(tokens, closeTo.Right, new FormulaToken(FormulaTokenKind.Separator));
                tokens.Add(new FormulaToken(FormulaTokenKind.CloseParenthesis));
                break;
            default:
                throw new ArgumentException($"Unknown formula node {formula.GetType().Name}.", nameof(formula));
        }
    }

    private static void AppendGroup(List<FormulaToken> tokens, IReadOnlyList<Formula> operands, Connector connector)
    {
        tokens.Add(new FormulaToken(FormulaTokenKind.OpenParenthesis));
        AppendJoined(tokens, operands, new FormulaToken(FormulaTokenKind.Connector, Connector: connector));
        tokens.Add(new FormulaToken(FormulaTokenKind.CloseParenthesis));
    }

    private static void AppendJoined(List<FormulaToken> tokens, IReadOnlyList<Formula> operands, FormulaToken separator)
    {
        for (int i = 0; i < operands.Count; i++)
        {
            if (i > 0) tokens.Add(separator);
            Append(tokens, operands[i]);
        }
    }
}
