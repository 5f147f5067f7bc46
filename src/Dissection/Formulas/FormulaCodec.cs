using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace NeuronOrleans.Dissection.Formulas;

/// <summary>
/// A compact, name-free text form of a formula built from label numbers, used to persist search
/// state and as the base of canonical keys: <c>12</c> leaf, <c>12x</c> expand, and
/// <c>|(…)</c> OR, <c>&amp;(…)</c> AND, <c>-(a,b)</c> AND NOT, <c>w(a,b)</c> WITH, <c>c(a,b)</c> CLOSE,
/// <c>t(a,b1,…)</c> CLOSE TO.
/// </summary>
public static class FormulaCodec
{
    public static string Encode(Formula formula)
    {
        var text = new StringBuilder();
        Append(text, formula, canonical: false, ignoreExpansion: false);
        return text.ToString();
    }

    /// <summary>
    /// The canonical structural key (ALGORITHM §4.3): OR/AND operands as a sorted multiset,
    /// CLOSE symmetric, CLOSE TO's right list sorted. Equal keys mean equal masks.
    /// </summary>
    public static string Key(Formula formula, bool ignoreExpansion = false)
    {
        var text = new StringBuilder();
        Append(text, formula, canonical: true, ignoreExpansion);
        return text.ToString();
    }

    private static void Append(StringBuilder text, Formula formula, bool canonical, bool ignoreExpansion)
    {
        switch (formula)
        {
            case LeafFormula leaf:
                text.Append(leaf.Label.ToString(CultureInfo.InvariantCulture));
                break;
            case ExpandFormula expand:
                text.Append(expand.Label.ToString(CultureInfo.InvariantCulture));
                if (!ignoreExpansion) text.Append('x');
                break;
            case OrFormula or:
                AppendNode(text, '|', [], or.Operands, canonical, ignoreExpansion);
                break;
            case AndFormula and:
                AppendNode(text, '&', [], and.Operands, canonical, ignoreExpansion);
                break;
            case AndNotFormula andNot:
                AppendNode(text, '-', [Part(andNot.Left), Part(andNot.Right)], [], canonical, ignoreExpansion);
                break;
            case WithFormula with:
                AppendNode(text, 'w', [Part(with.Left), Part(with.Right)], [], canonical, ignoreExpansion);
                break;
            case CloseFormula close:
                AppendNode(text, 'c', [], [close.Left, close.Right], canonical, ignoreExpansion);
                break;
            case CloseToFormula closeTo:
                AppendNode(text, 't', [Part(closeTo.Left)], closeTo.Right, canonical, ignoreExpansion);
                break;
            default:
                throw new ArgumentException($"Unknown formula node {formula.GetType().Name}.", nameof(formula));
        }

        string Part(Formula operand)
        {
            var part = new StringBuilder();
            Append(part, operand, canonical, ignoreExpansion);
            return part.ToString();
        }
    }

    /// <summary>Writes <c>tag(fixed…, unordered…)</c>; the unordered operands are sorted in canonical mode.</summary>
    private static void AppendNode(StringBuilder text, char tag, string[] fixedParts, IReadOnlyList<Formula> unordered, bool canonical, bool ignoreExpansion)
    {
        var parts = unordered.Select(o =>
        {
            var part = new StringBuilder();
            Append(part, o, canonical, ignoreExpansion);
            return part.ToString();
        }).ToList();
        if (canonical) parts.Sort(StringComparer.Ordinal);
        text.Append(tag).Append('(').AppendJoin(',', fixedParts.Concat(parts)).Append(')');
    }

    public static Formula Decode(string encoded)
    {
        int position = 0;
        var formula = ReadFormula(encoded, ref position);
        if (position != encoded.Length)
            throw new FormatException($"Unexpected '{encoded[position..]}' at position {position} of encoded formula '{encoded}'.");
        return formula;
    }

    private static Formula ReadFormula(string text, ref int position)
    {
        if (position >= text.Length) throw new FormatException($"Encoded formula '{text}' ends early.");
        char tag = text[position];
        if (char.IsAsciiDigit(tag))
        {
            int start = position;
            while (position < text.Length && char.IsAsciiDigit(text[position])) position++;
            int label = int.Parse(text.AsSpan(start, position - start), CultureInfo.InvariantCulture);
            if (position < text.Length && text[position] == 'x')
            {
                position++;
                return new ExpandFormula(label);
            }
            return new LeafFormula(label);
        }

        position++;
        Expect(text, ref position, '(');
        var operands = new List<Formula> { ReadFormula(text, ref position) };
        while (position < text.Length && text[position] == ',')
        {
            position++;
            operands.Add(ReadFormula(text, ref position));
        }
        Expect(text, ref position, ')');
        return tag switch
        {
            '|' => new OrFormula([.. operands]),
            '&' => new AndFormula([.. operands]),
            '-' when operands.Count == 2 => new AndNotFormula(operands[0], operands[1]),
            'w' when operands.Count == 2 => new WithFormula(operands[0], operands[1]),
            'c' when operands.Count == 2 => new CloseFormula(operands[0], operands[1]),
            't' when operands.Count >= 2 => new CloseToFormula(operands[0], operands.Skip(1).ToImmutableArray()),
            _ => throw new FormatException($"Bad node '{tag}' with {operands.Count} operands in encoded formula '{text}'."),
        };
    }

    private static void Expect(string text, ref int position, char expected)
    {
        if (position >= text.Length || text[position] != expected)
            throw new FormatException($"Expected '{expected}' at position {position} of encoded formula '{text}'.");
        position++;
    }
}
