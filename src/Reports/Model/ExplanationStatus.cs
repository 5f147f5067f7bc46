namespace NeuronOrleans.Reports.Model;

/// <summary>How a neuron's search ended; printed in the CSV's status column.</summary>
public enum ExplanationStatus
{
    /// <summary>A best formula was found.</summary>
    Explained,

    /// <summary>The search ran but no primitive scored above zero (ALGORITHM §6.1).</summary>
    Unexplained,

    /// <summary>The search threw; the message is kept.</summary>
    Failed,

    /// <summary>No result yet.</summary>
    Pending,
}
