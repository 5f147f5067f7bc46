namespace NeuronOrleans.Probing.Checkpoints.Pickle;

/// <summary>A class or function named by a pickle GLOBAL opcode, e.g. <c>torch._utils._rebuild_tensor_v2</c>.</summary>
public sealed record PickleGlobal(string Module, string Name)
{
    public override string ToString() => $"{Module}.{Name}";
}
