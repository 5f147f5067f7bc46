namespace NeuronOrleans.Dissection.Search;

/// <summary>
/// Everything a search carries from one pass to the next: the beam after every pass so far
/// (index 0 is the initial beam, formulas of length 1), the keys of every formula scored, and
/// the evaluation count. A search resumed from it ends exactly as an uninterrupted one.
/// </summary>
public sealed record SearchCheckpoint(
    IReadOnlyList<IReadOnlyList<ScoredFormula>> BeamHistory,
    IReadOnlyList<string> SeenKeys,
    long FormulasEvaluated)
{
    public int PassesDone => BeamHistory.Count - 1;
}
