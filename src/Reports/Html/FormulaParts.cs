using NeuronOrleans.Dissection.Formulas;

namespace NeuronOrleans.Reports.Html;

/// <summary>The labels and the printed connector words of a formula, for the report's summary.</summary>
internal static class FormulaParts
{
    /// <summary>Connector words in the order the summary lists them.</summary>
    public static readonly IReadOnlyList<string> ConnectorWords = ["OR", "AND", "AND NOT", "WITH", "CLOSE", "CLOSE TO"];

    /// <summary>Label numbers of the leaves (an expanded label counts as its label).</summary>
    public static IEnumerable<int> Labels(Formula formula) => formula switch
    {
        LeafFormula leaf => [leaf.Label],
        ExpandFormula expand => [expand.Label],
        NaryFormula nary => nary.Operands.SelectMany(Labels),
        BinaryFormula binary => Labels(binary.Left).Concat(Labels(binary.Right)),
        CloseToFormula closeTo => Labels(closeTo.Left).Concat(closeTo.Right.SelectMany(Labels)),
        _ => throw new ArgumentException($"Unknown formula node {formula.GetType().Name}.", nameof(formula)),
    };

    /// <summary>Every connector word as printed: an OR of three operands counts two ORs.</summary>
    public static IEnumerable<string> Connectors(Formula formula) => formula switch
    {
        LeafFormula or ExpandFormula => [],
        OrFormula or => Enumerable.Repeat("OR", or.Operands.Length - 1).Concat(or.Operands.SelectMany(Connectors)),
        AndFormula and => Enumerable.Repeat("AND", and.Operands.Length - 1).Concat(and.Operands.SelectMany(Connectors)),
        AndNotFormula andNot => Binary("AND NOT", andNot),
        WithFormula with => Binary("WITH", with),
        CloseFormula close => Binary("CLOSE", close),
        CloseToFormula closeTo => Connectors(closeTo.Left).Append("CLOSE TO").Concat(closeTo.Right.SelectMany(Connectors)),
        _ => throw new ArgumentException($"Unknown formula node {formula.GetType().Name}.", nameof(formula)),
    };

    private static IEnumerable<string> Binary(string word, BinaryFormula formula) =>
        Connectors(formula.Left).Append(word).Concat(Connectors(formula.Right));
}
