using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Dissection.Search.Thorough;

/// <summary>
/// Bounds on a formula's counts from the exact counts of some of its sub-formulas (primitives,
/// beam members and their operands), by the rules of <see cref="CountRange"/> applied up the tree.
/// Every connector is monotone in each operand except AND NOT's right one, and WITH, CLOSE TO and
/// CLOSE only keep cells of their operands: CLOSE TO and WITH lie within their left operand, CLOSE
/// within the union of both.
/// </summary>
public static class CountBounds
{
    /// <summary>Bounds of <paramref name="formula"/>; <paramref name="known"/> must answer for every primitive in it.</summary>
    public static CountRange Of(Formula formula, Func<Formula, OverlapCounts?> known) =>
        Of(formula, node => known(node) is { } exact ? CountRange.Exact(exact) : null);

    /// <summary>Bounds of <paramref name="formula"/> from bounds of some of its nodes; <paramref name="known"/> must answer for every primitive in it.</summary>
    public static CountRange Of(Formula formula, Func<Formula, CountRange?> known)
    {
        if (known(formula) is { } range) return range;
        return formula switch
        {
            OrFormula or => Fold(or.Operands, known, CountRange.Union),
            AndFormula and => Fold(and.Operands, known, CountRange.Intersection),
            AndNotFormula andNot => CountRange.Difference(Of(andNot.Left, known), Of(andNot.Right, known)),
            WithFormula with => CountRange.Within(Of(with.Left, known)),
            CloseToFormula closeTo => CountRange.Within(Of(closeTo.Left, known)),
            CloseFormula close => CountRange.Within(CountRange.Union(Of(close.Left, known), Of(close.Right, known))),
            _ => throw new ArgumentException($"No counts are known for the primitive '{formula}'.", nameof(formula)),
        };
    }

    private static CountRange Fold(IReadOnlyList<Formula> operands, Func<Formula, CountRange?> known, Func<CountRange, CountRange, CountRange> combine)
    {
        var range = Of(operands[0], known);
        for (int i = 1; i < operands.Count; i++) range = combine(range, Of(operands[i], known));
        return range;
    }
}
