using NeuronOrleans.Grains.Neurons;
using NeuronOrleans.Grains.Services;
using NeuronOrleans.Reports.Model;
using NeuronOrleans.Reports.Output;

namespace NeuronOrleans.Grains.Sweeps;

/// <summary>Writes a sweep's CSV, history and HTML report (ALGORITHM §7) with the Reports library, on the silo's compute threads.</summary>
public sealed class ReportsSweepOutputs(DatasetCache datasets, ComputeScheduler compute) : ISweepOutputs
{
    public string OutputFolder(SweepSpec spec) => OutputFolderSettings.FolderFor(spec);

    public async Task WriteAsync(SweepSpec spec, IReadOnlyList<NeuronOutcome> outcomes, CancellationToken cancellation)
    {
        if (outcomes.Count == 0) return;
        var dataset = await datasets.GetAsync(spec.Dataset);
        var context = new ReportContext
        {
            Labels = dataset.Bank.Labels,
            Search = spec.Search,
            Report = spec.Outputs.Report,
            ImagePaths = dataset.ImagePaths,
            Certified = spec.Certify,
        };
        var reports = outcomes.Select(o => o.Failed
            ? new NeuronReport(o.Neuron, o.Threshold, null, o.Error)
            : new NeuronReport(o.Neuron, o.Threshold, o.Result)
            {
                Samples = o.Samples,
                Certificate = o.Certified ? new Certificate(o.BestOfLengthTwo, o.CertificateError) : null,
            }).ToList();
        var folder = OutputFolder(spec);
        await compute.Run(() =>
        {
            OutputFolderSettings.Claim(spec);
            SweepReportWriter.Write(folder, reports, context);
        }, cancellation);
    }
}
