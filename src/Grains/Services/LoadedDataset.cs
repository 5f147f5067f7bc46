using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Grains.Services;

/// <summary>A Broden dataset with its label-mask bank, loaded once per silo.</summary>
public sealed record LoadedDataset(BrodenDataset Dataset, LabelMaskBank Bank)
{
    public IReadOnlyList<string> ImagePaths { get; } = [.. Dataset.Images.Select(Dataset.ImagePath)];
}
