namespace NeuronOrleans.Dissection.Formulas;

/// <summary>
/// How formulas are written (ALGORITHM §4.2): each connector's word, the separator of CLOSE TO's
/// right operands and the suffix of an expanded label; shared by printer, parser and reports.
/// </summary>
public static class FormulaVocabulary
{
    public const string ExpandSuffix = "-X";

    /// <summary>Separates the right operands of CLOSE TO: <c>(a CLOSE TO b &amp; c)</c>.</summary>
    public const string RightOperandSeparator = "&";

    /// <summary>
    /// The order the parser looks for connectors in a group: a word before any word it begins with
    /// (AND NOT before AND, CLOSE TO before CLOSE).
    /// </summary>
    public static readonly IReadOnlyList<Connector> ParseOrder = [Connector.Or, Connector.AndNot, Connector.And, Connector.With, Connector.CloseTo, Connector.Close];

    public static string Word(Connector connector) => connector switch
    {
        Connector.Or => "OR",
        Connector.And => "AND",
        Connector.AndNot => "AND NOT",
        Connector.With => "WITH",
        Connector.Close => "CLOSE",
        Connector.CloseTo => "CLOSE TO",
        _ => throw new ArgumentOutOfRangeException(nameof(connector), connector, null),
    };
}
