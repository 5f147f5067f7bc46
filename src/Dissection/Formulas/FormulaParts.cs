namespace NeuronOrleans.Dissection.Formulas;

/// <summary>Walks a formula's tree: operands, every node, the primitives at its leaves.</summary>
public static class FormulaParts
{
    /// <summary>The direct operands of a node; none for a primitive.</summary>
    public static IEnumerable<Formula> Operands(Formula formula) => formula switch
    {
        NaryFormula nary => nary.Operands,
        BinaryFormula binary => [binary.Left, binary.Right],
        CloseToFormula closeTo => [closeTo.Left, .. closeTo.Right],
        _ => [],
    };

    /// <summary>The formula and all its sub-formulas, operands before the nodes built on them.</summary>
    public static IEnumerable<Formula> Nodes(Formula formula) => Operands(formula).SelectMany(Nodes).Append(formula);

    /// <summary>The Leaf and Expand nodes, left to right.</summary>
    public static IEnumerable<Formula> Primitives(Formula formula) => Nodes(formula).Where(IsPrimitive);

    public static bool IsPrimitive(Formula formula) => formula is LeafFormula or ExpandFormula;

    /// <summary>The label of a primitive, looked up through EXPAND.</summary>
    public static int Label(Formula primitive) => primitive switch
    {
        LeafFormula leaf => leaf.Label,
        ExpandFormula expand => expand.Label,
        _ => throw new ArgumentException($"'{primitive}' is not a primitive.", nameof(primitive)),
    };

    /// <summary>
    /// The formula with every occurrence of the node <paramref name="target"/> (by reference) replaced;
    /// untouched sub-formulas are kept as they are, so masks cached for them still apply.
    /// </summary>
    public static Formula Substitute(Formula formula, Formula target, Formula replacement)
    {
        if (ReferenceEquals(formula, target)) return replacement;
        var operands = Operands(formula).ToList();
        var replaced = operands.Select(o => Substitute(o, target, replacement)).ToList();
        if (operands.Zip(replaced).All(pair => ReferenceEquals(pair.First, pair.Second))) return formula;
        return formula switch
        {
            OrFormula => new OrFormula([.. replaced]),
            AndFormula => new AndFormula([.. replaced]),
            AndNotFormula => new AndNotFormula(replaced[0], replaced[1]),
            WithFormula => new WithFormula(replaced[0], replaced[1]),
            CloseFormula => new CloseFormula(replaced[0], replaced[1]),
            CloseToFormula => new CloseToFormula(replaced[0], [.. replaced.Skip(1)]),
            _ => throw new ArgumentException($"Unknown formula node {formula.GetType().Name}.", nameof(formula)),
        };
    }
}
