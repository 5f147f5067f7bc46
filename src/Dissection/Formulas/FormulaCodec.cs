using System.Collections.Immutable;
using System.Globalization;

namespace NeuronOrleans.Dissection.Formulas;

/// <summary>
/// A compact, name-free text form of a formula built from label numbers, used to persist search
/// state and as the base of canonical keys: <c>12</c> leaf, <c>12x</c> expand, and
/// <c>|(…)</c> OR, <c>&amp;(…)</c> AND, <c>-(a,b)</c> AND NOT, <c>w(a,b)</c> WITH, <c>c(a,b)</c> CLOSE,
/// <c>t(a,b1,…)</c> CLOSE TO.
/// </summary>
public static class FormulaCodec
{
    public static string Encode(Formula formula) => Text(formula, Encode, canonical: false, ignoreExpansion: false);

    /// <summary>
    /// The canonical structural key (ALGORITHM §4.3): OR/AND operands as a sorted multiset,
    /// CLOSE symmetric, CLOSE TO's right list sorted. Equal keys mean equal masks. Kept on the node:
    /// a search's new formulas share their operands with the beam.
    /// </summary>
    public static string Key(Formula formula, bool ignoreExpansion = false)
    {
        ref string? cached = ref formula.CachedKey(ignoreExpansion);
        return cached ??= Text(formula, operand => Key(operand, ignoreExpansion), canonical: true, ignoreExpansion);
    }

    private static string Text(Formula formula, Func<Formula, string> part, bool canonical, bool ignoreExpansion) => formula switch
    {
        LeafFormula leaf => leaf.Label.ToString(CultureInfo.InvariantCulture),
        ExpandFormula expand => expand.Label.ToString(CultureInfo.InvariantCulture) + (ignoreExpansion ? "" : "x"),
        OrFormula or => Node('|', [], or.Operands, part, canonical),
        AndFormula and => Node('&', [], and.Operands, part, canonical),
        AndNotFormula andNot => Node('-', [andNot.Left, andNot.Right], [], part, canonical),
        WithFormula with => Node('w', [with.Left, with.Right], [], part, canonical),
        CloseFormula close => Node('c', [], [close.Left, close.Right], part, canonical),
        CloseToFormula closeTo => Node('t', [closeTo.Left], closeTo.Right, part, canonical),
        _ => throw new ArgumentException($"Unknown formula node {formula.GetType().Name}.", nameof(formula)),
    };

    /// <summary>Writes <c>tag(fixed…, unordered…)</c>; the unordered operands are sorted in canonical mode.</summary>
    private static string Node(char tag, Formula[] fixedOperands, IReadOnlyList<Formula> unordered, Func<Formula, string> part, bool canonical)
    {
        var parts = new string[unordered.Count];
        for (int i = 0; i < parts.Length; i++) parts[i] = part(unordered[i]);
        if (canonical) Array.Sort(parts, StringComparer.Ordinal);
        return $"{tag}({string.Join(',', fixedOperands.Select(part).Concat(parts))})";
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
