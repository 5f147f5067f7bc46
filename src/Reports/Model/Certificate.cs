using NeuronOrleans.Dissection.Search;

namespace NeuronOrleans.Reports.Model;

/// <summary>
/// A neuron's answer checked against every formula of length ≤ 2 the search's rules allow
/// (ALGORITHM §6.8): the best of them by penalised optimisation score, or why it could not be found.
/// </summary>
public sealed record Certificate(ScoredFormula? BestOfLengthTwo, string? Error = null)
{
    /// <summary>
    /// The best score of length ≤ 2 less the answer's, both penalised: above 0 when a formula of length ≤ 2
    /// beats the answer, 0 or below when none does. Null without an answer.
    /// </summary>
    public double? Gap(SearchResult? answer) => BestOfLengthTwo is { } best && answer?.Best is { } found ? best.Score - found.Score : null;
}
