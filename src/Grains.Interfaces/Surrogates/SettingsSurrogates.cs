using NeuronOrleans.Dissection.MaskBank;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Reports.Output;

namespace NeuronOrleans.Grains.Surrogates;

// The library's settings records cross the grain boundary as themselves; these are their wire forms.

[GenerateSerializer]
public struct SearchSettingsSurrogate
{
    [Id(0)] public int MaxFormulaLength;
    [Id(1)] public int BeamSize;
    [Id(2)] public int CandidateCount;
    [Id(3)] public int Operators;
    [Id(4)] public int Score;
    [Id(5)] public double ImrouMultiplier;
    [Id(6)] public double ComplexityPenalty;
    [Id(7)] public double MinimumCoverage;
    [Id(8)] public bool Abort;
    [Id(9)] public int CutoffImages;
    [Id(10)] public double CutoffFactor;
    [Id(11)] public int Mode;
    [Id(12)] public bool EasyMode;
}

[RegisterConverter]
public sealed class SearchSettingsConverter : IConverter<SearchSettings, SearchSettingsSurrogate>
{
    public SearchSettings ConvertFromSurrogate(in SearchSettingsSurrogate surrogate) => new()
    {
        MaxFormulaLength = surrogate.MaxFormulaLength,
        BeamSize = surrogate.BeamSize,
        CandidateCount = surrogate.CandidateCount,
        Operators = (OperatorSet)surrogate.Operators,
        Score = (ScoreKind)surrogate.Score,
        ImrouMultiplier = surrogate.ImrouMultiplier,
        ComplexityPenalty = surrogate.ComplexityPenalty,
        MinimumCoverage = surrogate.MinimumCoverage,
        Abort = surrogate.Abort,
        CutoffImages = surrogate.CutoffImages,
        CutoffFactor = surrogate.CutoffFactor,
        Mode = (SearchMode)surrogate.Mode,
        EasyMode = surrogate.EasyMode,
    };

    public SearchSettingsSurrogate ConvertToSurrogate(in SearchSettings value) => new()
    {
        MaxFormulaLength = value.MaxFormulaLength,
        BeamSize = value.BeamSize,
        CandidateCount = value.CandidateCount,
        Operators = (int)value.Operators,
        Score = (int)value.Score,
        ImrouMultiplier = value.ImrouMultiplier,
        ComplexityPenalty = value.ComplexityPenalty,
        MinimumCoverage = value.MinimumCoverage,
        Abort = value.Abort,
        CutoffImages = value.CutoffImages,
        CutoffFactor = value.CutoffFactor,
        Mode = (int)value.Mode,
        EasyMode = value.EasyMode,
    };
}

[GenerateSerializer]
public struct MaskBankSettingsSurrogate
{
    [Id(0)] public int Downsampling;
    [Id(1)] public int DownsamplingThreshold;
    [Id(2)] public bool Expansions;
    [Id(3)] public int ExpansionThreshold;
    [Id(4)] public int GridHeight;
    [Id(5)] public int GridWidth;
}

[RegisterConverter]
public sealed class MaskBankSettingsConverter : IConverter<MaskBankSettings, MaskBankSettingsSurrogate>
{
    public MaskBankSettings ConvertFromSurrogate(in MaskBankSettingsSurrogate surrogate) => new()
    {
        Downsampling = (DownsamplingMode)surrogate.Downsampling,
        DownsamplingThreshold = surrogate.DownsamplingThreshold,
        Expansions = surrogate.Expansions,
        ExpansionThreshold = surrogate.ExpansionThreshold,
        Grid = new GridShape(surrogate.GridHeight, surrogate.GridWidth),
    };

    public MaskBankSettingsSurrogate ConvertToSurrogate(in MaskBankSettings value) => new()
    {
        Downsampling = (int)value.Downsampling,
        DownsamplingThreshold = value.DownsamplingThreshold,
        Expansions = value.Expansions,
        ExpansionThreshold = value.ExpansionThreshold,
        GridHeight = value.Grid.Height,
        GridWidth = value.Grid.Width,
    };
}

[GenerateSerializer]
public struct ReportOptionsSurrogate
{
    [Id(0)] public int ReportScore;
    [Id(1)] public bool Html;
}

[RegisterConverter]
public sealed class ReportOptionsConverter : IConverter<ReportOptions, ReportOptionsSurrogate>
{
    public ReportOptions ConvertFromSurrogate(in ReportOptionsSurrogate surrogate) => new() { ReportScore = (ScoreKind)surrogate.ReportScore, Html = surrogate.Html };

    public ReportOptionsSurrogate ConvertToSurrogate(in ReportOptions value) => new() { ReportScore = (int)value.ReportScore, Html = value.Html };
}
