using BenchmarkDotNet.Attributes;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Search;

namespace NeuronOrleans.Benchmarks;

/// <summary>
/// One neuron's whole search, close operators, on the label masks of a full-size synthetic
/// Broden dataset (22,210 images, about 1,200 labels): the unit of work of a sweep.
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
        _bank = FullSizeDataset.Bank();
        // A neuron that fires on a planted composition of frequent labels plus noise, like a real unit.
        var frequent = _bank.Labels.All.Where(l => _bank.Plain(l.Number) is not null)
            .OrderByDescending(l => _bank.Plain(l.Number)!.Sum(w => (long)System.Numerics.BitOperations.PopCount(w)))
            .Select(l => _bank.Plain(l.Number)!).ToList();
        var random = new Random(3);
        var bits = new ulong[_bank.WordCount];
        MaskOps.Or(frequent[3], frequent[7], bits);
        MaskOps.AndNot(bits, frequent[11], bits);
        for (int i = 0; i < bits.Length; i++)
            if (random.NextDouble() < 0.02) bits[i] |= 1UL << random.Next(49);
        _neuron = new NeuronMask(bits, _bank.ImageCount, _bank.Grid);
    }

    [Benchmark]
    public SearchResult Search() =>
        new BeamSearch(_bank, new SearchSettings { MaxFormulaLength = MaxFormulaLength, Operators = OperatorSet.Close }).Run(_neuron);
}
