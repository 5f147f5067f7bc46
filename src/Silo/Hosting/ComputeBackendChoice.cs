using NeuronOrleans.Compute.Torch;
using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Silo.Configuration;

namespace NeuronOrleans.Silo.Hosting;

/// <summary>
/// Picks the silo's compute backend once at start-up: the GPU when there is one and its
/// self-test matches the CPU engine exactly, else the CPU engine.
/// </summary>
public static class ComputeBackendChoice
{
    public static ICountBackend Choose(SiloSettings settings, out string report)
    {
        if (settings.TensorBackendOnCpu)
        {
            report = "Tensor backend on CPU tensors (NeuronOrleans:TensorBackendOnCpu=true); this silo counts as the GPU kind.";
            return new TorchCountBackend(TorchSharp.torch.CPU);
        }
        if (!settings.Gpu)
        {
            report = "GPU compute switched off (NeuronOrleans:Gpu=false); using the CPU engine.";
            return CpuCountBackend.Instance;
        }
        var gpu = TorchCountBackend.StartGpu(out report);
        return gpu ?? (ICountBackend)CpuCountBackend.Instance;
    }
}
