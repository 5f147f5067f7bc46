using NeuronOrleans.Dissection.MaskBank;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Reports.Output;

namespace NeuronOrleans.Coordinator.Cli;

/// <summary>
/// Every setting of a job: its inputs, and the library's own records for the search, the label masks
/// (whose grid the activations decide) and the reports. Read from an optional settings file, then
/// overridden by the options given on the command line.
/// </summary>
public sealed record JobSettings
{
    public JobInputs Inputs { get; init; } = new();
    public SearchSettings Search { get; init; } = new();
    public MaskBankSettings MaskBank { get; init; } = new();
    public ReportOptions Report { get; init; } = new();
}
