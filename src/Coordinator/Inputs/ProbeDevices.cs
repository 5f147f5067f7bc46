using NeuronOrleans.Grains;

namespace NeuronOrleans.Coordinator.Inputs;

/// <summary>
/// Which kind of silo probes a new sweep: the GPU kind when the cluster has any, else the CPU.
/// CUDA and CPU kernels differ in the last bits, so the kind is part of the sweep's identity.
/// </summary>
public static class ProbeDevices
{
    private static readonly TimeSpan WaitForWorkers = TimeSpan.FromSeconds(60);

    public static async Task<string> ChooseAsync(IGrainFactory grains, CancellationToken cancellation)
    {
        var registry = grains.GetGrain<ISweepRegistryGrain>(0);
        var deadline = DateTime.UtcNow + WaitForWorkers;
        while (true)
        {
            var workers = await registry.GetWorkers();
            if (workers.Count > 0) return workers.Any(w => w.Kind == ComputeKinds.Gpu) ? ComputeKinds.Gpu : ComputeKinds.Cpu;
            if (DateTime.UtcNow > deadline) throw new InvalidOperationException($"No silo of the cluster has checked in for work within {WaitForWorkers.TotalSeconds:F0} s.");
            await Task.Delay(200, cancellation);
        }
    }
}
