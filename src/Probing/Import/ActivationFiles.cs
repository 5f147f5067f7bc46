using NeuronOrleans.Probing.Storage;

namespace NeuronOrleans.Probing.Import;

/// <summary>Opens any supported activation file by its kind: our store, a numpy array, or the original's cache.</summary>
public static class ActivationFiles
{
    public const string OriginalShapeFile = "inspected_neurons_shape.npy";

    /// <exception cref="FileNotFoundException">The file, or the original's shape file beside it, does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is none of the supported kinds, or its header or size is inconsistent.</exception>
    public static INeuronActivations Open(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Activation file {path} does not exist.", path);
        if (path.EndsWith(".npy", StringComparison.OrdinalIgnoreCase)) return StridedActivationFile.OpenNpy(path);
        if (path.EndsWith(".mmap", StringComparison.OrdinalIgnoreCase))
        {
            var shape = Path.Combine(Path.GetDirectoryName(path) ?? ".", OriginalShapeFile);
            if (!File.Exists(shape))
                throw new FileNotFoundException($"{path} needs its shape file {shape} beside it: {StridedActivationFile.OriginalLayout}. Give another program's activations as a float32 .npy [images, units, h, w] instead.", shape);
            return StridedActivationFile.OpenOriginalMmap(path, shape);
        }
        return new StoreActivations(ActivationStore.Open(path));
    }

    private sealed class StoreActivations(ActivationStore store) : INeuronActivations
    {
        public int Units => store.Units;
        public int Images => store.Images;
        public Dissection.Masks.GridShape Grid => store.Grid;
        public void ReadNeuron(int unit, Span<float> destination) => store.ReadNeuron(unit, destination);
        public void Dispose() => store.Dispose();
    }
}
