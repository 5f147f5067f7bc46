using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Probing.Import;

/// <summary>
/// Raw little-endian float32 activations laid out either image-major <c>[images, units, h, w]</c>
/// (a numpy export) or neuron-major <c>[units, images, h, w]</c> (the original program's
/// <c>inspected_neurons.mmap</c>). Reading a neuron touches only its own values.
/// </summary>
public sealed class StridedActivationFile : INeuronActivations
{
    private readonly SafeFileHandle _file;
    private readonly long _dataOffset;
    private readonly bool _neuronMajor;

    private StridedActivationFile(string path, long dataOffset, int images, int units, GridShape grid, bool neuronMajor)
    {
        long values = (long)images * units * grid.Cells;
        long expected = dataOffset + values * sizeof(float);
        long actual = new FileInfo(path).Length;
        if (actual != expected)
        {
            // A float64 cache under the original's names would otherwise read as float32 garbage.
            string hint = actual == dataOffset + values * sizeof(double) ? " It has the size of float64 values: save the activations as float32." : "";
            throw new InvalidDataException($"{path}: holds {actual} bytes, but {images} images × {units} units × {grid} float32 values take exactly {expected}.{hint}");
        }
        _file = File.OpenHandle(path);
        _dataOffset = dataOffset;
        _neuronMajor = neuronMajor;
        Images = images;
        Units = units;
        Grid = grid;
    }

    public int Units { get; }
    public int Images { get; }
    public GridShape Grid { get; }

    /// <summary>A numpy float32 array of shape <c>[images, units, h, w]</c>.</summary>
    public static StridedActivationFile OpenNpy(string path)
    {
        var header = NpyHeader.Read(path);
        if (header.Descr != "<f4" || header.FortranOrder || header.Shape.Length != 4)
            throw new InvalidDataException($"{path}: expected a C-ordered float32 array [images, units, h, w], found {header.Descr} with shape ({string.Join(", ", header.Shape)}).");
        var s = header.Shape;
        return new StridedActivationFile(path, header.DataOffset, checked((int)s[0]), checked((int)s[1]), new GridShape((int)s[2], (int)s[3]), neuronMajor: false);
    }

    /// <summary>The original's cache layout in words, for messages about files that don't fit it.</summary>
    public const string OriginalLayout =
        "the original writes inspected_neurons.mmap as raw float32, neuron-major [units, images, h, w], with inspected_neurons_shape.npy holding the image-major shape [images, units, h, w]";

    /// <summary>
    /// The original's cache: raw neuron-major floats, while the shape file beside it holds the
    /// image-major shape <c>[images, units, h, w]</c> (ALGORITHM §3).
    /// </summary>
    public static StridedActivationFile OpenOriginalMmap(string path, string shapePath)
    {
        var shape = NpyArrays.ReadVector(shapePath);
        if (shape.Length != 4)
            throw new InvalidDataException($"{shapePath}: expected 4 numbers [images, units, h, w], found {shape.Length}.");
        return new StridedActivationFile(path, 0, (int)shape[0], (int)shape[1], new GridShape((int)shape[2], (int)shape[3]), neuronMajor: true);
    }

    public void ReadNeuron(int unit, Span<float> destination)
    {
        if (unit < 0 || unit >= Units)
            throw new ArgumentOutOfRangeException(nameof(unit), unit, $"The activation file has units 0..{Units - 1}.");
        int cells = Grid.Cells;
        var bytes = MemoryMarshal.AsBytes(destination[..(Images * cells)]);
        if (_neuronMajor)
        {
            RandomAccess.Read(_file, bytes, _dataOffset + (long)unit * Images * cells * sizeof(float));
            return;
        }
        int rowBytes = cells * sizeof(float);
        for (int image = 0; image < Images; image++)
        {
            long offset = _dataOffset + ((long)image * Units + unit) * rowBytes;
            RandomAccess.Read(_file, bytes.Slice(image * rowBytes, rowBytes), offset);
        }
    }

    /// <summary>
    /// Images <paramref name="firstImage"/>.. of an image-major file, <c>[images, units, h·w]</c>, into
    /// <paramref name="destination"/> in one sequential read; the number of images read.
    /// </summary>
    public int ReadImages(int firstImage, Span<float> destination)
    {
        if (_neuronMajor) throw new InvalidOperationException("Whole images are contiguous only in an image-major file.");
        int perImage = Units * Grid.Cells;
        int count = Math.Min(destination.Length / perImage, Images - firstImage);
        var bytes = MemoryMarshal.AsBytes(destination[..(count * perImage)]);
        RandomAccess.Read(_file, bytes, _dataOffset + (long)firstImage * perImage * sizeof(float));
        return count;
    }

    public void Dispose() => _file.Dispose();
}
