using NeuronOrleans.Probing.Checkpoints;
using static TorchSharp.torch;

namespace NeuronOrleans.Probing.Models;

/// <summary>Loads a ResNet from a torchvision checkpoint (zip or legacy format) and saves one in the zip format.</summary>
public static class ResNetCheckpoint
{
    /// <summary>
    /// Reads the checkpoint, builds the architecture it describes (or <paramref name="expected"/>, whose
    /// mismatches are then listed with expected and found shapes), loads the weights and switches to eval mode.
    /// </summary>
    public static ResNet Load(string path, ResNetArchitecture? expected = null)
    {
        var tensors = CheckpointReader.ReadStateDict(path);
        var model = ResNetFactory.Create(expected ?? ResNetArchitecture.FromStateDict(tensors, path));
        StateDictLoader.Load(model, tensors, path);
        return model;
    }

    /// <summary>Saves the model's state dict as <c>{arch, state_dict}</c> in PyTorch's zip format, atomically.</summary>
    public static void Save(ResNet model, string path) =>
        CheckpointWriter.Write(path, model.Architecture.Name, StateDict(model));

    /// <summary>The model's parameters and buffers as dense float tensors, in registration order.</summary>
    public static IReadOnlyList<(string Name, CheckpointTensor Tensor)> StateDict(ResNet model) =>
        model.state_dict().Select(p =>
        {
            using var scope = NewDisposeScope();
            var values = p.Value.detach().cpu().to(ScalarType.Float32);
            return (p.Key, new CheckpointTensor(p.Value.shape, values.data<float>().ToArray()));
        }).ToList();
}
