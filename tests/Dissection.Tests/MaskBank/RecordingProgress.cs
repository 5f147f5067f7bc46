using NeuronOrleans.Dissection.MaskBank;

namespace NeuronOrleans.Dissection.Tests.MaskBank;

/// <summary>Records reports synchronously (unlike <see cref="Progress{T}"/>, which posts them later).</summary>
internal sealed class RecordingProgress : IProgress<MaskBankProgress>
{
    private readonly List<MaskBankProgress> _reports = [];

    public IReadOnlyList<MaskBankProgress> Reports
    {
        get
        {
            lock (_reports) return _reports.ToList();
        }
    }

    public void Report(MaskBankProgress value)
    {
        lock (_reports) _reports.Add(value);
    }
}
