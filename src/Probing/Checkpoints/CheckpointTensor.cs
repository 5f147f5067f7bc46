namespace NeuronOrleans.Probing.Checkpoints;

/// <summary>A dense, row-major tensor read from a checkpoint, converted to float.</summary>
public sealed record CheckpointTensor(long[] Shape, float[] Values)
{
    public string ShapeText => $"[{string.Join(", ", Shape)}]";
}
