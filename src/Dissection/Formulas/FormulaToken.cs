namespace NeuronOrleans.Dissection.Formulas;

public enum FormulaTokenKind
{
    OpenParenthesis,
    CloseParenthesis,
    /// <summary>A label, plain or expanded (<see cref="FormulaToken.Expanded"/>).</summary>
    Label,
    Connector,
    /// <summary><see cref="FormulaVocabulary.RightOperandSeparator"/> between CLOSE TO's right operands.</summary>
    Separator,
}

/// <summary>One piece of a printed formula; the printer's text and the report's HTML are both made from these.</summary>
public readonly record struct FormulaToken(FormulaTokenKind Kind, int Label = 0, bool Expanded = false, Connector Connector = default);
