using NeuronOrleans.Dissection.Formulas;

namespace NeuronOrleans.Dissection.Search;

/// <summary>Which connectors the search tries (ALGORITHM §6), in loop order.</summary>
public enum OperatorSet
{
    /// <summary>OR, AND, AND NOT (Mu and Andreas).</summary>
    Standard,

    /// <summary>OR, AND, AND NOT, WITH, CLOSE (Harth); CLOSE also yields CLOSE TO.</summary>
    Close,
}

public static class OperatorSets
{
    private static readonly Connector[] StandardConnectors = [Connector.Or, Connector.And, Connector.AndNot];
    private static readonly Connector[] CloseConnectors = [Connector.Or, Connector.And, Connector.AndNot, Connector.With, Connector.Close];

    public static IReadOnlyList<Connector> Connectors(this OperatorSet set) => set switch
    {
        OperatorSet.Standard => StandardConnectors,
        OperatorSet.Close => CloseConnectors,
        _ => throw new ArgumentOutOfRangeException(nameof(set), set, null),
    };
}
