namespace NeuronOrleans.Dissection.Search;

/// <summary>Which formulas a pass combines with the beam (ALGORITHM §6.2, §6.7).</summary>
public enum SearchMode
{
    /// <summary>The original program's search: the best primitives on their own are the only operands, with the early abort.</summary>
    Original,

    /// <summary>Every primitive is an operand, ranked by the combined formula's score; no abort; exact by admissible bounds.</summary>
    Thorough,
}
