using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Probing.Models;
using NeuronOrleans.Probing.Preprocessing;
using NeuronOrleans.Probing.Storage;

namespace NeuronOrleans.Probing.Extraction;

/// <summary>
/// Runs a model over the probe images in batches and stores the probed layer's activations.
/// Resumes an interrupted run from <c>&lt;store&gt;.partial</c>; returns an existing complete store
/// made for the same model and images without recomputing anything. Several processes can fill
/// one store together, shard by shard (<see cref="ExtractShard"/>).
/// </summary>
public static class ActivationExtractor
{
    public static ActivationStoreIdentity Identity(ResNet model, ProbeImageSet images, ExtractionOptions options) => new(
        $"{model.Architecture}, {options.Layer.ToString().ToLowerInvariant()}",
        ModelFingerprint.Of(model, options.Layer),
        $"{images.Count} images under {images.Root}, {options.Normalization} normalisation, {options.ImageSize}×{options.ImageSize}",
        DatasetFingerprint(images, options));

    /// <summary>The store's units and grid, known without running the model.</summary>
    public static (int Units, GridShape Grid) StoreShape(ResNetArchitecture architecture, ExtractionOptions options)
    {
        var (height, width) = ResNet.FeatureSize(options.Layer, options.ImageSize, options.ImageSize);
        return (architecture.Channels(options.Layer), new GridShape(height, width));
    }

    /// <summary>
    /// Extracts into <paramref name="storePath"/> and opens the result. The model is moved to the
    /// chosen device. Cancelling keeps every finished batch for the next call.
    /// </summary>
    public static ActivationStore Extract(
        ResNet model,
        ProbeImageSet images,
        string storePath,
        ExtractionOptions options,
        IProgress<ExtractionProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options.Validate();
        var identity = Identity(model, images, options);
        if (File.Exists(storePath))
        {
            return ActivationStore.Open(storePath, identity);
        }

        var (units, grid) = StoreShape(model.Architecture, options);
        using (var writer = ActivationStoreWriter.OpenOrCreate(storePath, identity, units, images.Count, grid))
        {
            BatchLoop.Run(model, images, options, new ProbeShard(0, 0, images.Count), writer.CompletedImages,
                (start, batch) => writer.WriteBatch(start, batch), progress, cancellationToken);
            writer.Complete();
        }
        return ActivationStore.Open(storePath, identity);
    }

    /// <summary>
    /// Extracts one shard into the sharded store at <paramref name="storePath"/> (see
    /// <see cref="ShardedActivationStore"/>) and marks it done; returns at once when it is done
    /// already. A cancelled or crashed shard is redone from its start. Progress counts the shard's
    /// images. Finish the store with <see cref="ShardedActivationStore.TryFinish"/>.
    /// </summary>
    public static void ExtractShard(
        ResNet model,
        ProbeImageSet images,
        string storePath,
        ExtractionOptions options,
        ProbeShard shard,
        IProgress<ExtractionProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options.Validate();
        if (!shard.Fits(images.Count))
        {
            throw new ArgumentOutOfRangeException(nameof(shard), shard, $"the probe set has images 0..{images.Count - 1}");
        }
        if (ShardedActivationStore.IsShardDone(storePath, shard))
        {
            return;
        }

        var (units, grid) = StoreShape(model.Architecture, options);
        using var writer = ShardedActivationStore.Open(storePath, Identity(model, images, options), units, images.Count, grid);
        BatchLoop.Run(model, images, options, shard, shard.FirstImage,
            (start, batch) => writer.WriteBatch(start, batch), progress, cancellationToken);
        writer.CompleteShard(shard);
    }

    private static byte[] DatasetFingerprint(ProbeImageSet images, ExtractionOptions options)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        hash.AppendData(images.Fingerprint());
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{options.Normalization}\n{options.ImageSize}\n{ImagePreprocessor.Decoding}\n"));
        return hash.GetHashAndReset();
    }
}
