using NeuronOrleans.Dissection.Formulas;

namespace NeuronOrleans.Reports.Html;

/// <summary>The labels and the printed connector words of a formula, for the report's summary.</summary>
internal static class FormulaParts
{
    /// <summary>Connector words in the order the summary lists them.</summary>
    public static readonly IReadOnlyList<string> ConnectorWords = [.. Enum.GetValues<Connector>().Select(FormulaVocabulary.Word)];

    /// <summary>Label numbers of the leaves (an expanded label counts as its label).</summary>
    public static IEnumerable<int> Labels(Formula formula) =>
        FormulaPrinter.Tokens(formula).Where(t => t.Kind == FormulaTokenKind.Label).Select(t => t.Label);

    /// <summary>Every connector word as printed: an OR of three operands counts two ORs.</summary>
    public static IEnumerable<string> Connectors(Formula formula) =>
        FormulaPrinter.Tokens(formula).Where(t => t.Kind == FormulaTokenKind.Connector).Select(t => FormulaVocabulary.Word(t.Connector));
}
