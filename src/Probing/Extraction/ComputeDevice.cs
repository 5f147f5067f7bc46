namespace NeuronOrleans.Probing.Extraction;

/// <summary>Where extraction runs; <see cref="Auto"/> takes CUDA when TorchSharp finds a GPU.</summary>
public enum ComputeDevice
{
    Auto,
    Cpu,
    Cuda,
}
