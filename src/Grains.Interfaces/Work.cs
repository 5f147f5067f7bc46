namespace NeuronOrleans.Grains;

/// <summary>A silo asking for work: who it is and what it can take now.</summary>
/// <param name="Kind"><see cref="ComputeKinds"/>: what the silo searches and probes with.</param>
/// <param name="Backend">The backend's own name (cpu, gpu, torch-cpu), for status and metrics.</param>
[GenerateSerializer, Immutable]
public sealed record WorkerInfo(
    [property: Id(0)] string Silo,
    [property: Id(1)] string Kind,
    [property: Id(2)] string Backend,
    [property: Id(3)] int FreeSearchSlots,
    [property: Id(4)] int FreeProbeSlots);

[GenerateSerializer]
public enum WorkKind
{
    Search,
    ProbeShard,
}

/// <summary>One unit of a sweep's work, leased to one silo: a neuron's search or a probe shard.</summary>
/// <param name="Index">The neuron, or the shard's index.</param>
[GenerateSerializer, Immutable]
public sealed record WorkItem(
    [property: Id(0)] string SweepId,
    [property: Id(1)] WorkKind Kind,
    [property: Id(2)] int Index,
    [property: Id(3)] SweepSpec Spec);

/// <summary>Where a probe shard stands on the silo that leased it.</summary>
/// <param name="StoreComplete">True once the whole store is complete (the last shard's silo finished it).</param>
/// <param name="Error">A fault of the inputs (unreadable model or image): fails the sweep as a whole.</param>
[GenerateSerializer, Immutable]
public sealed record ShardProgress(
    [property: Id(0)] int Shard,
    [property: Id(1)] int ImagesDone,
    [property: Id(2)] bool Done,
    [property: Id(3)] bool StoreComplete,
    [property: Id(4)] string? Error,
    [property: Id(5)] double ImagesPerSecond);

/// <summary>A worker's periodic account of the work it holds for one sweep; it also renews the leases.</summary>
[GenerateSerializer, Immutable]
public sealed record WorkReport(
    [property: Id(0)] WorkerInfo Worker,
    [property: Id(1)] IReadOnlyList<NeuronProgress> Neurons,
    [property: Id(2)] IReadOnlyList<ShardProgress> Shards);

/// <summary>One silo's share of a sweep, as the sweep sees it.</summary>
[GenerateSerializer, Immutable]
public sealed record SiloWork(
    [property: Id(0)] string Silo,
    [property: Id(1)] string Backend,
    [property: Id(2)] int NeuronsRunning,
    [property: Id(3)] int NeuronsDone,
    [property: Id(4)] int ShardsDone,
    [property: Id(5)] double ImagesPerSecond);
