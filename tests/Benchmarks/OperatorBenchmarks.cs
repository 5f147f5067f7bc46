using BenchmarkDotNet.Attributes;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Benchmarks;

/// <summary>
/// One formula evaluation = combine two full-size (22,210-image) masks and count the result
/// against a neuron, as the search does for every new formula. Evaluations per second per core
/// = 1 / mean time.
/// </summary>
[MemoryDiagnoser]
public class OperatorBenchmarks
{
    private ulong[] _a = [], _b = [], _dilatedA = [], _dilatedB = [], _destination = [];
    private NeuronMask _neuron = null!;
    private readonly GridShape _grid = GridShape.Seven;

    [GlobalSetup]
    public void Setup()
    {
        var bank = BlobBank.Create(BlobBank.FullImages, 40, seed: 1);
        _a = bank.Plain(2)!;
        _b = bank.Plain(3)!;
        _dilatedA = new ulong[_a.Length];
        _dilatedB = new ulong[_a.Length];
        MaskOps.Dilate(_a, _dilatedA, _grid);
        MaskOps.Dilate(_b, _dilatedB, _grid);
        _destination = new ulong[_a.Length];
        var neuron = new ulong[_a.Length];
        MaskOps.Or(bank.Plain(4)!, bank.Plain(5)!, neuron);
        _neuron = new NeuronMask(neuron, _a.Length, _grid);
    }

    [Benchmark]
    public OverlapCounts Or() => Count(() => MaskOps.Or(_a, _b, _destination));

    [Benchmark]
    public OverlapCounts And() => Count(() => MaskOps.And(_a, _b, _destination));

    [Benchmark]
    public OverlapCounts AndNot() => Count(() => MaskOps.AndNot(_a, _b, _destination));

    [Benchmark]
    public OverlapCounts With() => Count(() => MaskOps.With(_a, _b, _destination, _grid));

    /// <summary>CLOSE TO with the right operand's dilation cached, as for beam members and candidates.</summary>
    [Benchmark]
    public OverlapCounts CloseToCached() => Count(() => MaskOps.CloseTo(_a, _dilatedB, _destination));

    /// <summary>CLOSE TO of a right operand that is new in this pass: its dilation is computed too.</summary>
    [Benchmark]
    public OverlapCounts CloseToFresh() => Count(() =>
    {
        MaskOps.Dilate(_b, _destination, _grid);
        MaskOps.CloseTo(_a, _destination, _destination);
    });

    [Benchmark]
    public OverlapCounts Close() => Count(() => MaskOps.Close(_a, _dilatedA, _b, _dilatedB, _destination));

    [Benchmark]
    public OverlapCounts Expand() => Count(() => MaskOps.Expand(_a, _destination, _grid, 3));

    private OverlapCounts Count(Action combine)
    {
        combine();
        return OverlapCounter.Count(_neuron, _destination, 0, _neuron.ImageCount);
    }
}
