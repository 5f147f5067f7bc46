using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Search;

namespace NeuronOrleans.Fidelity.Tests;

/// <summary>
/// The loop order of a neuron's last pass (ALGORITHM §6.2: beam members, then candidates, then
/// connectors), to tell which of two formulas the original met first.
/// </summary>
internal sealed class PassLoop(FidelityBundle bundle, SearchResult result)
{
    private readonly IReadOnlyList<ScoredFormula> _beam = result.BeamHistory[^2];

    /// <summary>
    /// Whether a formula with the same prime code in the original, but another canonical key, comes
    /// earlier in the pass, so that the original skips this one ("redundant due to code check").
    /// </summary>
    public bool FollowsAPrimeCodePartner(Formula formula)
    {
        int position = Position(formula);
        return position >= 0 && PrimeCodePartners(formula).Any(partner => Position(partner) is >= 0 and var p && p < position);
    }

    /// <summary>
    /// The collisions of the original's prime codes seen in its history (ALGORITHM §4.3): an
    /// <c>AND NOT C</c> counts the same inside or outside an OR or AND, so
    /// <c>((A AND NOT C) OR B)</c> = <c>((A OR B) AND NOT C)</c> and
    /// <c>((A AND NOT C) AND B)</c> = <c>((A AND B) AND NOT C)</c>.
    /// </summary>
    public static IEnumerable<Formula> PrimeCodePartners(Formula formula) => formula switch
    {
        OrFormula { Operands: [AndNotFormula inner, var b] } => [Formula.AndNot(Formula.Or(inner.Left, b), inner.Right)],
        AndFormula { Operands: [AndNotFormula inner, var b] } => [Formula.AndNot(Formula.And(inner.Left, b), inner.Right)],
        AndNotFormula { Left: OrFormula { Operands: [var a, var b] }, Right: var c } =>
            [Formula.Or(Formula.AndNot(a, c), b), Formula.Or(Formula.AndNot(b, c), a)],
        AndNotFormula { Left: AndFormula { Operands: [var a, var b] }, Right: var c } =>
            [Formula.And(Formula.AndNot(a, c), b), Formula.And(Formula.AndNot(b, c), a)],
        _ => [],
    };

    /// <summary>Index of the formula's first occurrence in the pass's loop order, or −1.</summary>
    private int Position(Formula formula)
    {
        string key = FormulaCodec.Key(formula);
        int position = 0;
        foreach (var member in _beam)
            foreach (var candidate in result.Candidates)
                foreach (var connector in FidelityBundle.OriginalRun.Operators.Connectors())
                    foreach (var made in Combinations.Of(member.Formula, candidate.Formula, connector, IsScene(candidate.Formula)))
                    {
                        if (FormulaCodec.Key(made) == key) return position;
                        position++;
                    }
        return -1;
    }

    private bool IsScene(Formula primitive) => bundle.Bank.Labels[primitive switch
    {
        LeafFormula leaf => leaf.Label,
        ExpandFormula expand => expand.Label,
        _ => throw new ArgumentException($"'{primitive}' is not a primitive."),
    }].IsScene;
}
