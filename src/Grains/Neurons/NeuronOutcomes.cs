using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Dissection.Search;

namespace NeuronOrleans.Grains.Neurons;

/// <summary>Converts the engine's search result to and from its serialisable form.</summary>
public static class NeuronOutcomes
{
    public static NeuronOutcome From(int neuron, double threshold, SearchResult result) => new()
    {
        Neuron = neuron,
        Threshold = threshold,
        Best = Record(result.Best),
        Intersection = result.BestCounts.Intersection,
        FormulaCells = result.BestCounts.FormulaCells,
        NeuronFormulaProducts = result.BestCounts.NeuronFormulaProducts,
        NeuronCells = result.Neuron.Cells,
        NeuronSquaredCells = result.Neuron.SquaredCells,
        BestSingleLabel = Record(result.BestSingleLabel),
        Candidates = [.. result.Candidates.Select(c => Record(c)!)],
        BeamHistory = [.. result.BeamHistory.Select(beam => (IReadOnlyList<ScoredFormulaRecord>)[.. beam.Select(m => Record(m)!)])],
        FormulasEvaluated = result.FormulasEvaluated,
        ImageCount = result.ImageCount,
        CellsPerImage = result.CellsPerImage,
    };

    public static NeuronOutcome Failure(int neuron, Exception error) => new()
    {
        Neuron = neuron,
        Error = Describe(error),
    };

    /// <summary>
    /// One line, so that status output and the CSV's message column stay one row per neuron. Messages
    /// about a bad input file name it and say what is wrong; anything else keeps its type for diagnosis.
    /// </summary>
    public static string Describe(Exception error) => string.Join(' ',
        (error is BrodenFormatException or InvalidDataException ? error.Message : $"{error.GetType().Name}: {error.Message}")
            .Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    public static SearchResult ToSearchResult(this NeuronOutcome outcome)
    {
        if (outcome.Failed) throw new InvalidOperationException($"Neuron {outcome.Neuron} failed: {outcome.Error}");
        return new SearchResult(
            Scored(outcome.Best),
            new OverlapCounts(outcome.Intersection, outcome.FormulaCells, outcome.NeuronFormulaProducts),
            new NeuronTotals(outcome.NeuronCells, outcome.NeuronSquaredCells),
            Scored(outcome.BestSingleLabel),
            [.. outcome.Candidates.Select(c => Scored(c)!)],
            [.. outcome.BeamHistory.Select(beam => (IReadOnlyList<ScoredFormula>)[.. beam.Select(m => Scored(m)!)])],
            outcome.FormulasEvaluated,
            outcome.ImageCount,
            outcome.CellsPerImage);
    }

    public static ScoredFormulaRecord? Record(ScoredFormula? scored) =>
        scored is null ? null : new ScoredFormulaRecord(FormulaCodec.Encode(scored.Formula), scored.Score);

    public static ScoredFormula? Scored(ScoredFormulaRecord? record) =>
        record is null ? null : new ScoredFormula(FormulaCodec.Decode(record.Formula), record.Score);
}
