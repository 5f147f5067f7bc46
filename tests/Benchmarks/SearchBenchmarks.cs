using BenchmarkDotNet.Attributes;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Search;

namespace NeuronOrleans.Benchmarks;

/// <summary>
/// One neuron's whole search, close operators, on a full-size bank (22,210 images, 1,200
/// labels): the unit of work of a sweep.
/// </summary>
public class SearchBenchmarks
{
    private LabelMaskBank _bank = null!;
    private NeuronMask _neuron = null!;

    [Params(3, 10)]
    public int MaxFormulaLength { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _bank = BlobBank.Create(BlobBank.FullImages, 1_200, seed: 2);
        // A neuron that fires on a planted composition plus noise, like a real unit.
        var random = new Random(3);
        var bits = new ulong[_bank.WordCount];
        MaskOps.Or(_bank.Plain(7)!, _bank.Plain(11)!, bits);
        MaskOps.AndNot(bits, _bank.Plain(13)!, bits);
        for (int i = 0; i < bits.Length; i++)
            if (random.NextDouble() < 0.02) bits[i] |= 1UL << random.Next(49);
        _neuron = new NeuronMask(bits, _bank.ImageCount, _bank.Grid);
    }

    [Benchmark]
    public SearchResult Search() =>
        new BeamSearch(_bank, new SearchSettings { MaxFormulaLength = MaxFormulaLength, Operators = OperatorSet.Close }).Run(_neuron);
}
