using Microsoft.Extensions.Configuration;
using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Dissection.Search;

/// <summary>
/// Every knob of the per-neuron beam search (ALGORITHM §5–6), defaults as published. A settings file
/// names a knob by its configuration key: the original's short name where it had one.
/// </summary>
public sealed record SearchSettings
{
    /// <summary>Longest formula, in label leaves; each pass adds one (published runs: 3 and 10).</summary>
    [ConfigurationKeyName("maxLength")]
    public int MaxFormulaLength { get; init; } = 3;

    /// <summary>Formulas kept between passes.</summary>
    [ConfigurationKeyName("beam")]
    public int BeamSize { get; init; } = 4;

    /// <summary>Best primitives that may be combined into the beam.</summary>
    [ConfigurationKeyName("candidates")]
    public int CandidateCount { get; init; } = 50;

    /// <summary>The connectors formulas are built with.</summary>
    public OperatorSet Operators { get; init; } = OperatorSet.Close;

    /// <summary>The score the search maximises.</summary>
    public ScoreKind Score { get; init; } = ScoreKind.Imroun;

    /// <summary>The r of ImRoU_r.</summary>
    [ConfigurationKeyName("r")]
    public double ImrouMultiplier { get; init; } = 0.75;

    /// <summary>Penalised score = s·(1 − ComplexityPenalty·(length − 1)).</summary>
    public double ComplexityPenalty { get; init; } = 0.001;

    /// <summary>New formulas with fewer true cells than this fraction of all cells are discarded.</summary>
    public double MinimumCoverage { get; init; } = 1e-4;

    /// <summary>Abandon CLOSE/CLOSE TO formulas whose score on the first images is hopeless.</summary>
    public bool Abort { get; init; } = true;

    /// <summary>Images scored before the abort decision.</summary>
    public int CutoffImages { get; init; } = 4000;

    /// <summary>Abort below this fraction of the beam's lowest penalised score.</summary>
    public double CutoffFactor { get; init; } = 0.5;

    /// <summary>Original (parity with the original program) or thorough (every primitive an operand).</summary>
    [ConfigurationKeyName("search")]
    public SearchMode Mode { get; init; } = SearchMode.Original;

    /// <summary>Restrict masks to the images where the neuron fires; no abort, no coverage filter.</summary>
    [ConfigurationKeyName("easy")]
    public bool EasyMode { get; init; }

    /// <summary>Throws when a knob is out of range, naming it.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; <see cref="ArgumentException.ParamName"/> names it.</exception>
    public void Validate()
    {
        Require(Enum.IsDefined(Operators), nameof(Operators), "must be close or standard");
        Require(Enum.IsDefined(Score), nameof(Score), "must be iou, imrou or imroun");
        Require(Enum.IsDefined(Mode), nameof(Mode), "must be original or thorough");
        Require(MaxFormulaLength >= 1, nameof(MaxFormulaLength), "must be at least 1");
        Require(BeamSize >= 1, nameof(BeamSize), "must be at least 1");
        Require(CandidateCount >= 1, nameof(CandidateCount), "must be at least 1");
        Require(ImrouMultiplier is >= 0 and <= 1, nameof(ImrouMultiplier), "must lie in [0, 1]");
        Require(ComplexityPenalty is >= 0 and < 1, nameof(ComplexityPenalty), "must lie in [0, 1)");
        Require(MinimumCoverage >= 0, nameof(MinimumCoverage), "must not be negative");
        Require(CutoffImages >= 0, nameof(CutoffImages), "must not be negative");
    }

    private static void Require(bool condition, string setting, string rule)
    {
        if (!condition) throw new ArgumentException($"Search setting {setting} {rule}.", setting);
    }
}
