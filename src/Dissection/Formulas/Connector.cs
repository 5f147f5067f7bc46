namespace NeuronOrleans.Dissection.Formulas;

/// <summary>The connectors the beam search combines formulas with, in the search's loop order.</summary>
public enum Connector
{
    Or,
    And,
    AndNot,
    With,
    Close,
    CloseTo,
}
