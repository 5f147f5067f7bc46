namespace NeuronOrleans.Dissection.Formulas;

/// <summary>A formula string that cannot be read; names the position and the offending text.</summary>
public sealed class FormulaParseException(string formula, int position, string problem)
    : FormatException($"{problem} at position {position} in formula '{formula}'.")
{
    public string Formula { get; } = formula;
    public int Position { get; } = position;
}
