using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Dissection.Search;

namespace NeuronOrleans.Grains.Surrogates;

// The search's records cross the grain boundary and go to grain storage as themselves; these are
// their wire forms. A formula travels in the engine's name-free encoding (FormulaCodec).

[GenerateSerializer]
public struct ScoredFormulaSurrogate
{
    [Id(0)] public string Formula;
    [Id(1)] public double Score;
}

[RegisterConverter]
public sealed class ScoredFormulaConverter : IConverter<ScoredFormula, ScoredFormulaSurrogate>
{
    public ScoredFormula ConvertFromSurrogate(in ScoredFormulaSurrogate surrogate) => new(FormulaCodec.Decode(surrogate.Formula), surrogate.Score);

    public ScoredFormulaSurrogate ConvertToSurrogate(in ScoredFormula value) => new() { Formula = FormulaCodec.Encode(value.Formula), Score = value.Score };
}

[GenerateSerializer]
public struct SearchCheckpointSurrogate
{
    [Id(0)] public ScoredFormula[][] BeamHistory;
    [Id(1)] public string[] SeenKeys;
    [Id(2)] public long FormulasEvaluated;
}

[RegisterConverter]
public sealed class SearchCheckpointConverter : IConverter<SearchCheckpoint, SearchCheckpointSurrogate>
{
    public SearchCheckpoint ConvertFromSurrogate(in SearchCheckpointSurrogate surrogate) => new(surrogate.BeamHistory, surrogate.SeenKeys, surrogate.FormulasEvaluated);

    public SearchCheckpointSurrogate ConvertToSurrogate(in SearchCheckpoint value) => new()
    {
        BeamHistory = [.. value.BeamHistory.Select(beam => beam.ToArray())],
        SeenKeys = [.. value.SeenKeys],
        FormulasEvaluated = value.FormulasEvaluated,
    };
}

[GenerateSerializer]
public struct SearchResultSurrogate
{
    [Id(0)] public ScoredFormula? Best;
    [Id(1)] public long Intersection;
    [Id(2)] public long FormulaCells;
    [Id(3)] public long NeuronFormulaProducts;
    [Id(4)] public long NeuronCells;
    [Id(5)] public long NeuronSquaredCells;
    [Id(6)] public ScoredFormula? BestSingleLabel;
    [Id(7)] public ScoredFormula[] Candidates;
    [Id(8)] public ScoredFormula[][] BeamHistory;
    [Id(9)] public long FormulasEvaluated;
    [Id(10)] public int ImageCount;
    [Id(11)] public int CellsPerImage;
}

[RegisterConverter]
public sealed class SearchResultConverter : IConverter<SearchResult, SearchResultSurrogate>
{
    public SearchResult ConvertFromSurrogate(in SearchResultSurrogate surrogate) => new(
        surrogate.Best,
        new OverlapCounts(surrogate.Intersection, surrogate.FormulaCells, surrogate.NeuronFormulaProducts),
        new NeuronTotals(surrogate.NeuronCells, surrogate.NeuronSquaredCells),
        surrogate.BestSingleLabel,
        surrogate.Candidates,
        surrogate.BeamHistory,
        surrogate.FormulasEvaluated,
        surrogate.ImageCount,
        surrogate.CellsPerImage);

    public SearchResultSurrogate ConvertToSurrogate(in SearchResult value) => new()
    {
        Best = value.Best,
        Intersection = value.BestCounts.Intersection,
        FormulaCells = value.BestCounts.FormulaCells,
        NeuronFormulaProducts = value.BestCounts.NeuronFormulaProducts,
        NeuronCells = value.Neuron.Cells,
        NeuronSquaredCells = value.Neuron.SquaredCells,
        BestSingleLabel = value.BestSingleLabel,
        Candidates = [.. value.Candidates],
        BeamHistory = [.. value.BeamHistory.Select(beam => beam.ToArray())],
        FormulasEvaluated = value.FormulasEvaluated,
        ImageCount = value.ImageCount,
        CellsPerImage = value.CellsPerImage,
    };
}
