using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuronOrleans.Compute.Torch;

/// <summary>
/// One neuron's mask and per-image counts N_i on the device, and the counting of formula masks
/// against them: per row ΣI, ΣL and Σ N_i·L_i on the abort prefix and on all images, summed in
/// int64 on the device so that only six numbers per formula come back.
/// </summary>
internal sealed class DeviceNeuron : IDisposable
{
    private readonly Tensor _bits;
    private readonly Tensor _imageCounts;
    private readonly int _imageCount;

    public DeviceNeuron(NeuronMask neuron, Device device)
    {
        _bits = HostWords.ToDevice(neuron.Bits, device).DetachFromDisposeScope();
        _imageCounts = HostWords.ToDevice(neuron.ImageCounts, device).DetachFromDisposeScope();
        _imageCount = neuron.ImageCount;
    }

    /// <summary>Counts every row of <paramref name="masks"/> ([rows, images]) on images [0, prefix) and on all images.</summary>
    public FormulaCounts[] Count(Tensor masks, int prefixImages, WordKernels kernels)
    {
        int prefix = Math.Clamp(prefixImages, 0, _imageCount);
        using var scope = torch.NewDisposeScope();
        var intersection = kernels.PopCount(masks.bitwise_and(_bits));
        var cells = kernels.PopCount(masks);
        var products = cells * _imageCounts;
        Tensor[] sums =
        [
            PrefixSum(intersection, prefix), PrefixSum(cells, prefix), PrefixSum(products, prefix),
            intersection.sum(1), cells.sum(1), products.sum(1),
        ];
        var table = HostWords.Read(torch.stack(sums, 1));
        var counts = new FormulaCounts[masks.shape[0]];
        for (int i = 0; i < counts.Length; i++)
        {
            var row = table.AsSpan(i * sums.Length, sums.Length);
            counts[i] = new FormulaCounts(new OverlapCounts(row[0], row[1], row[2]), new OverlapCounts(row[3], row[4], row[5]));
        }
        return counts;
    }

    public void Dispose()
    {
        _bits.Dispose();
        _imageCounts.Dispose();
    }

    private static Tensor PrefixSum(Tensor perImage, int prefix) => perImage.narrow(1, 0, prefix).sum(1);
}
