using Microsoft.Win32.SafeHandles;

namespace NeuronOrleans.Probing.Storage;

/// <summary>
/// Writes a batch laid out as the model emits it, <c>[images, units, h×w]</c>, into the
/// neuron-major store: one write per neuron, into that neuron's contiguous range.
/// </summary>
internal static class NeuronScatter
{
    /// <summary>Writes images <paramref name="firstImage"/>.. of <paramref name="batch"/> (not flushed); returns how many.</summary>
    public static int Write(SafeFileHandle file, string path, ActivationStoreHeader header, int firstImage, ReadOnlySpan<float> batch)
    {
        var cells = header.Grid.Cells;
        var count = batch.Length / (header.Units * cells);
        if (count * header.Units * cells != batch.Length || firstImage < 0 || firstImage + count > header.Images)
        {
            throw new ArgumentException($"{path}: batch of {batch.Length} values at image {firstImage} is not whole images of {header.Units}×{cells} values within the {header.Images} images");
        }
        var neuron = new float[count * cells];
        for (var unit = 0; unit < header.Units; unit++)
        {
            for (var image = 0; image < count; image++)
            {
                batch.Slice((image * header.Units + unit) * cells, cells).CopyTo(neuron.AsSpan(image * cells));
            }
            var offset = header.NeuronOffset(unit) + (long)firstImage * cells * sizeof(float);
            RandomAccess.Write(file, System.Runtime.InteropServices.MemoryMarshal.AsBytes(neuron.AsSpan()), offset);
        }
        return count;
    }
}
