using static TorchSharp.torch;

namespace NeuronOrleans.Probing.Extraction;

/// <summary>Process-wide libtorch settings: CPU thread count and the device to run on.</summary>
internal static class TorchSetup
{
    public static Device Apply(ComputeDevice choice, int threads)
    {
        // libtorch's intra-op pool is global; bounding it keeps a shared machine responsive.
        set_num_threads(threads);
        GlibcHeap.KeepFreedBlocks();
        return choice switch
        {
            ComputeDevice.Cpu => CPU,
            ComputeDevice.Cuda when cuda.is_available() => CUDA,
            ComputeDevice.Cuda => throw new InvalidOperationException("CUDA was requested but TorchSharp finds no GPU (is a libtorch-cuda package referenced?)"),
            _ => cuda.is_available() ? CUDA : CPU,
        };
    }
}
