using NeuronOrleans.Grains.Sweeps;

namespace NeuronOrleans.Grains.Tests;

public sealed class RecentWorkersTests
{
    [Fact]
    public void Workers_count_as_current_within_the_memory_and_keep_what_they_said_last()
    {
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var workers = new RecentWorkers(TimeSpan.FromSeconds(5));
        workers.Heard(new WorkerInfo("B", ComputeKinds.Gpu, "gpu", 2, 1), start);
        workers.Heard(new WorkerInfo("A", ComputeKinds.Cpu, "cpu", 1, 1), start.AddSeconds(3));
        workers.Heard(new WorkerInfo("B", ComputeKinds.Gpu, "gpu", 0, 1), start.AddSeconds(4));

        Assert.Equal(["A", "B"], workers.Current(start.AddSeconds(6)).Select(w => w.Silo));
        Assert.Equal(0, workers.Current(start.AddSeconds(6)).Single(w => w.Silo == "B").FreeSearchSlots);
        Assert.Equal(["B"], workers.Current(start.AddSeconds(8.5)).Select(w => w.Silo)); // A heard 5.5 s before
        Assert.Equal(2, workers.Latest.Count); // everyone ever heard, for the per-silo status
    }
}
