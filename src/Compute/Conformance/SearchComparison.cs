using NeuronOrleans.Dissection.Search;

namespace NeuronOrleans.Compute.Conformance;

/// <summary>Whether two searches found the same thing: best formula, scores, counts, candidates and every beam.</summary>
public static class SearchComparison
{
    /// <summary>The first difference, or null when the results are identical.</summary>
    public static string? FirstDifference(SearchResult expected, SearchResult actual)
    {
        if (Describe(expected.Best) != Describe(actual.Best)) return $"best: {Describe(expected.Best)} vs {Describe(actual.Best)}";
        if (expected.BestCounts != actual.BestCounts) return $"best counts: {expected.BestCounts} vs {actual.BestCounts}";
        if (!expected.Candidates.Select(Describe).SequenceEqual(actual.Candidates.Select(Describe))) return "candidates differ";
        if (expected.BeamHistory.Count != actual.BeamHistory.Count) return $"passes: {expected.BeamHistory.Count} vs {actual.BeamHistory.Count}";
        for (int pass = 0; pass < expected.BeamHistory.Count; pass++)
        {
            var a = string.Join(", ", expected.BeamHistory[pass].Select(Describe));
            var b = string.Join(", ", actual.BeamHistory[pass].Select(Describe));
            if (a != b) return $"beam after pass {pass}: [{a}] vs [{b}]";
        }
        if (expected.FormulasEvaluated != actual.FormulasEvaluated) return $"formulas evaluated: {expected.FormulasEvaluated} vs {actual.FormulasEvaluated}";
        return null;
    }

    public static string Describe(ScoredFormula? scored) => scored is null ? "none" : $"{scored.Formula} {scored.Score:R}";
}
