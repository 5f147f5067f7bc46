using NeuronOrleans.Dissection.Labels;

namespace NeuronOrleans.Dissection.Formulas;

/// <summary>
/// Reads formulas in the printed form (ALGORITHM §4.2). Every composite is parenthesised, so a
/// group holds one connector kind at depth 0; connectors are tried in
/// <see cref="FormulaVocabulary.ParseOrder"/>, so that the longer words win over their prefixes.
/// </summary>
public sealed class FormulaParser(LabelTable labels)
{
    private static readonly (Connector Connector, string Text)[] Connectors =
        [.. FormulaVocabulary.ParseOrder.Select(connector => (connector, $" {FormulaVocabulary.Word(connector)} "))];
    private static readonly string CloseToSeparator = $" {FormulaVocabulary.RightOperandSeparator} ";

    /// <exception cref="FormulaParseException">The text is not a formula over these labels; the message gives the position.</exception>
    public Formula Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        CheckBalanced(text);
        if (text.Length == 0) throw new FormulaParseException(text, 0, "Empty formula");
        return ParseRange(text, 0, text.Length);
    }

    private Formula ParseRange(string text, int start, int end)
    {
        if (start >= end) throw new FormulaParseException(text, start, "Missing operand");
        if (text[start] == '(')
        {
            if (MatchingParenthesis(text, start) != end - 1)
                throw new FormulaParseException(text, start, $"Expected one parenthesised group, found '{text[start..end]}'");
            return ParseGroup(text, start + 1, end - 1);
        }
        return ParseAtom(text, start, end);
    }

    private Formula ParseGroup(string text, int start, int end)
    {
        foreach (var (connector, word) in Connectors)
        {
            var splits = SplitAtDepthZero(text, start, end, word);
            if (splits.Count == 0) continue;
            return connector switch
            {
                Connector.Or => new OrFormula([.. Operands(text, start, end, splits, word)]),
                Connector.And => new AndFormula([.. Operands(text, start, end, splits, word)]),
                Connector.CloseTo => ParseCloseTo(text, start, end, Single(text, splits, word), word),
                _ => ParseBinary(text, start, end, Single(text, splits, word), connector, word),
            };
        }
        throw new FormulaParseException(text, start, $"No connector in parenthesised group '{text[start..end]}'");
    }

    private Formula ParseBinary(string text, int start, int end, int split, Connector connector, string word)
    {
        var left = ParseRange(text, start, split);
        var right = ParseRange(text, split + word.Length, end);
        return connector switch
        {
            Connector.AndNot => new AndNotFormula(left, right),
            Connector.With => new WithFormula(left, right),
            _ => new CloseFormula(left, right),
        };
    }

    private CloseToFormula ParseCloseTo(string text, int start, int end, int split, string word)
    {
        var left = ParseRange(text, start, split);
        int rightStart = split + word.Length;
        var separators = SplitAtDepthZero(text, rightStart, end, CloseToSeparator);
        return new CloseToFormula(left, [.. Operands(text, rightStart, end, separators, CloseToSeparator)]);
    }

    private List<Formula> Operands(string text, int start, int end, List<int> splits, string separator)
    {
        var operands = new List<Formula>(splits.Count + 1);
        int operandStart = start;
        foreach (int split in splits)
        {
            operands.Add(ParseRange(text, operandStart, split));
            operandStart = split + separator.Length;
        }
        operands.Add(ParseRange(text, operandStart, end));
        return operands;
    }

    private Formula ParseAtom(string text, int start, int end)
    {
        var name = text[start..end];
        if (name.AsSpan().IndexOfAny('(', ')') is var bad and >= 0)
            throw new FormulaParseException(text, start + bad, $"Unexpected parenthesis in '{name}'");
        if (name.EndsWith(FormulaVocabulary.ExpandSuffix, StringComparison.Ordinal)
            && labels.TryGet(name[..^FormulaVocabulary.ExpandSuffix.Length], out var expanded))
            return new ExpandFormula(expanded.Number);
        if (labels.TryGet(name, out var label)) return new LeafFormula(label.Number);
        throw new FormulaParseException(text, start, $"Unknown label '{name}'");
    }

    private static int Single(string text, List<int> splits, string connector) => splits.Count == 1
        ? splits[0]
        : throw new FormulaParseException(text, splits[1], $"'{connector.Trim()}' joins exactly two operands; parenthesise the rest");

    private static List<int> SplitAtDepthZero(string text, int start, int end, string token)
    {
        var splits = new List<int>();
        int depth = 0;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (depth == 0 && string.CompareOrdinal(text, i, token, 0, token.Length) == 0 && i + token.Length <= end)
            {
                splits.Add(i);
                i += token.Length - 1;
            }
        }
        return splits;
    }

    private static int MatchingParenthesis(string text, int open)
    {
        int depth = 0;
        for (int i = open; i < text.Length; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')' && --depth == 0) return i;
        }
        throw new FormulaParseException(text, open, "Unclosed '('");
    }

    private static void CheckBalanced(string text)
    {
        var open = new Stack<int>();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '(') open.Push(i);
            else if (text[i] == ')' && !open.TryPop(out _))
                throw new FormulaParseException(text, i, "Unmatched ')'");
        }
        if (open.Count > 0) throw new FormulaParseException(text, open.Peek(), "Unclosed '('");
    }
}
