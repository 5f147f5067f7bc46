using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Probing.Models;
using NeuronOrleans.Probing.Preprocessing;
using NeuronOrleans.Probing.Storage;
using System.Runtime.ExceptionServices;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuronOrleans.Probing.Extraction;

/// <summary>
/// Runs a model over the probe images in batches and stores the probed layer's activations.
/// Resumes an interrupted run from <c>&lt;store&gt;.partial</c>; returns an existing complete store
/// made for the same model and images without recomputing anything.
/// </summary>
public static class ActivationExtractor
{
    public static ActivationStoreIdentity Identity(ResNet model, ProbeImageSet images, ExtractionOptions options) => new(
        $"{model.Architecture}, {options.Layer.ToString().ToLowerInvariant()}",
        ModelFingerprint.Of(model, options.Layer),
        $"{images.Count} images under {images.Root}, {options.Normalization} normalisation, {options.ImageSize}×{options.ImageSize}",
        DatasetFingerprint(images, options));

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

        var device = TorchSetup.Apply(options.Device, options.Threads);
        model.to(device);
        model.eval();
        var (height, width) = ResNet.FeatureSize(options.Layer, options.ImageSize, options.ImageSize);
        var units = model.Architecture.Channels(options.Layer);
        var preprocessor = new ImagePreprocessor(options.Normalization, options.ImageSize, options.ImageSize);

        using (var writer = ActivationStoreWriter.OpenOrCreate(storePath, identity, units, images.Count, new GridShape(height, width)))
        {
            var first = writer.CompletedImages;
            progress?.Report(new ExtractionProgress(first, images.Count));
            // Decoding the next batch overlaps with the forward pass of the current one.
            var next = first < images.Count ? Task.Run(() => Decode(images, preprocessor, first, options)) : null;
            while (next is not null)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (start, count, pixels) = next.GetAwaiter().GetResult();
                var following = start + count;
                next = following < images.Count ? Task.Run(() => Decode(images, preprocessor, following, options)) : null;
                writer.WriteBatch(start, Run(model, pixels, count, options, device));
                progress?.Report(new ExtractionProgress(following, images.Count));
            }
            writer.Complete();
        }
        return ActivationStore.Open(storePath, identity);
    }

    private static (int Start, int Count, float[] Pixels) Decode(ProbeImageSet images, ImagePreprocessor preprocessor, int start, ExtractionOptions options)
    {
        var count = Math.Min(options.BatchSize, images.Count - start);
        var pixels = new float[count * preprocessor.ValuesPerImage];
        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = options.Threads },
                i => preprocessor.Load(images.FullPath(start + i), pixels.AsSpan(i * preprocessor.ValuesPerImage, preprocessor.ValuesPerImage)));
        }
        catch (AggregateException e)
        {
            // Surface the first bad image's own exception (it names the file), not the wrapper.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return (start, count, pixels);
    }

    private static float[] Run(ResNet model, float[] pixels, int count, ExtractionOptions options, Device device)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var input = tensor(pixels, [count, 3, options.ImageSize, options.ImageSize]).to(device);
        return model.Features(input, options.Layer).cpu().data<float>().ToArray();
    }

    private static byte[] DatasetFingerprint(ProbeImageSet images, ExtractionOptions options)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        hash.AppendData(images.Fingerprint());
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{options.Normalization}\n{options.ImageSize}\n"));
        return hash.GetHashAndReset();
    }
}
