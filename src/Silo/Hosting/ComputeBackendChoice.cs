using NeuronOrleans.Compute.Torch;
using NeuronOrleans.Dissection.Compute;

namespace NeuronOrleans.Silo.Hosting;

/// <summary>
/// Picks the silo's compute backend once at start-up: the GPU when there is one and its
/// self-test matches the CPU engine exactly, else the CPU engine.
/// </summary>
public static class ComputeBackendChoice
{
    public static ICountBackend Choose(bool tryGpu, out string report)
    {
        if (!tryGpu)
        {
            report = "GPU compute switched off (NeuronOrleans:Gpu=false); using the CPU engine.";
            return CpuCountBackend.Instance;
        }
        var gpu = TorchCountBackend.StartGpu(out report);
        return gpu ?? (ICountBackend)CpuCountBackend.Instance;
    }
}
