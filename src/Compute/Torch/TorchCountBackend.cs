using System.Collections.Concurrent;
using NeuronOrleans.Compute.Conformance;
using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Masks;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuronOrleans.Compute.Torch;

/// <summary>
/// Counts whole beam passes with libtorch tensor kernels on one device (CUDA on a GPU silo; the
/// CPU device runs the very same kernels in tests). One instance per silo and device: it keeps
/// each bank's primitives resident on the device and lets any number of sessions share them.
/// Grids that need more than one word per image (or all 64 bits of it) are counted by the CPU
/// engine instead.
/// </summary>
public sealed class TorchCountBackend : ICountBackend, IDisposable
{
    private readonly ConcurrentDictionary<GridShape, Lazy<WordKernels>> _kernels = new();
    private readonly SemaphoreSlim _batches;

    public TorchCountBackend(Device device, TorchCountOptions? options = null)
    {
        Options = options ?? new TorchCountOptions();
        Options.Validate();
        Device = device;
        Banks = new DeviceBankCache(device, Options.IdleBanksKept);
        _batches = new SemaphoreSlim(Options.MaxConcurrentBatches);
    }

    public Device Device { get; }

    public TorchCountOptions Options { get; }

    public string Name => IsGpu ? "gpu" : "torch-cpu";

    /// <summary>The batch budget in bytes: the option, or the device's default.</summary>
    public long BatchBytes => Options.MaxBatchBytes ?? TorchCountOptions.DefaultBatchBytes(IsGpu);

    private bool IsGpu => Device.type == DeviceType.CUDA;

    internal DeviceBankCache Banks { get; }

    /// <summary>Whether the tensor kernels handle <paramref name="grid"/>: one word per image, sign bit unused (7×7 and smaller).</summary>
    public static bool Supports(GridShape grid) => grid.Cells < 64;

    /// <summary>
    /// A backend on the first CUDA device that has passed <see cref="SelfTest"/>, or null when there
    /// is no usable GPU or the test failed; <paramref name="report"/> says which, for the silo log.
    /// </summary>
    public static TorchCountBackend? StartGpu(out string report, TorchCountOptions? options = null)
    {
        if (!TorchDevices.TryCuda(out var device, out string reason))
        {
            report = $"No GPU compute: {reason}.";
            return null;
        }
        var backend = new TorchCountBackend(device, options);
        if (backend.SelfTest(out report)) return backend;
        backend.Dispose();
        return null;
    }

    public ICountSession Open(LabelMaskBank bank, NeuronMask neuron) =>
        Supports(bank.Grid) ? new TorchCountSession(this, bank, neuron) : CpuCountBackend.Instance.Open(bank, neuron);

    /// <summary>
    /// Compares this backend's counts with the CPU engine's on a small random bank, for every
    /// connector and nesting the search produces, and runs one beam search on both. A silo
    /// advertises its GPU only after this returned true.
    /// </summary>
    public bool SelfTest(out string report) => BackendSelfTest.Run(this, out report);

    public void Dispose()
    {
        Banks.Dispose();
        foreach (var kernels in _kernels.Values.Where(k => k.IsValueCreated)) kernels.Value.Dispose();
        _batches.Dispose();
    }

    internal WordKernels KernelsFor(GridShape grid) =>
        _kernels.GetOrAdd(grid, g => new Lazy<WordKernels>(() => new WordKernels(g, Device))).Value;

    /// <summary>Waits for a device slot; dispose the result to free it.</summary>
    internal BatchTurn EnterBatch()
    {
        _batches.Wait();
        return new BatchTurn(_batches);
    }

    internal readonly struct BatchTurn(SemaphoreSlim batches) : IDisposable
    {
        public void Dispose() => batches.Release();
    }
}
