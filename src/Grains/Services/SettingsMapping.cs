using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.MaskBank;
using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Dissection.Search;

namespace NeuronOrleans.Grains.Services;

/// <summary>Maps the serialisable specs onto the engine's settings, naming any bad value.</summary>
public static class SettingsMapping
{
    public static SearchSettings ToSearchSettings(this SearchSpec spec)
    {
        var settings = new SearchSettings
        {
            MaxFormulaLength = spec.MaxFormulaLength,
            BeamSize = spec.BeamSize,
            CandidateCount = spec.CandidateCount,
            Operators = ParseOperators(spec.Operators),
            Score = ParseScore(spec.Score),
            ImrouMultiplier = spec.ImrouMultiplier,
            Abort = spec.Abort,
            EasyMode = spec.EasyMode,
            Mode = ParseMode(spec.Mode),
        };
        settings.Validate();
        return settings;
    }

    public static MaskBankSettings ToMaskBankSettings(this DatasetSpec spec)
    {
        var settings = new MaskBankSettings
        {
            Downsampling = spec.Downsampling switch
            {
                "block" => DownsamplingMode.Block,
                "bilinear" => DownsamplingMode.Bilinear,
                _ => throw new ArgumentException($"Downsampling must be 'block' or 'bilinear', not '{spec.Downsampling}'."),
            },
            DownsamplingThreshold = spec.DownsamplingThreshold,
            Expansions = spec.Expansions,
            ExpansionThreshold = spec.ExpansionThreshold,
            Grid = new GridShape(spec.GridHeight, spec.GridWidth),
        };
        settings.Validate();
        return settings;
    }

    public static ScoreKind ParseScore(string score) => score switch
    {
        "iou" => ScoreKind.Iou,
        "imrou" => ScoreKind.Imrou,
        "imroun" => ScoreKind.Imroun,
        _ => throw new ArgumentException($"Score must be 'iou', 'imrou' or 'imroun', not '{score}'."),
    };

    public static SearchMode ParseMode(string mode) => mode switch
    {
        "original" => SearchMode.Original,
        "thorough" => SearchMode.Thorough,
        _ => throw new ArgumentException($"Search must be 'original' or 'thorough', not '{mode}'."),
    };

    public static OperatorSet ParseOperators(string operators) => operators switch
    {
        "close" => OperatorSet.Close,
        "standard" => OperatorSet.Standard,
        _ => throw new ArgumentException($"Operators must be 'close' or 'standard', not '{operators}'."),
    };
}
