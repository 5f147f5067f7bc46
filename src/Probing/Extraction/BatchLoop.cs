using NeuronOrleans.Probing.Models;
using NeuronOrleans.Probing.Preprocessing;
using System.Runtime.ExceptionServices;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuronOrleans.Probing.Extraction;

/// <summary>
/// Runs a range of probe images through the model in batches of <see cref="ExtractionOptions.BatchSize"/>,
/// decoding the next batch while the current one is in the forward pass. The one-process and the
/// sharded extraction share it, so that both cut and compute their batches alike.
/// </summary>
internal static class BatchLoop
{
    /// <summary>
    /// Computes the images of <paramref name="range"/> from <paramref name="resumeAt"/> on and hands
    /// each batch's <c>[images, units, h×w]</c> values to <paramref name="write"/>, with its first image.
    /// Progress counts images within the range. The model is moved to the chosen device, and on the
    /// CPU its convolution weights are stored channels-last (same values).
    /// </summary>
    public static void Run(
        ResNet model,
        ProbeImageSet images,
        ExtractionOptions options,
        ProbeShard range,
        int resumeAt,
        Action<int, float[]> write,
        IProgress<ExtractionProgress>? progress,
        CancellationToken cancellationToken)
    {
        var device = TorchSetup.Apply(options.Device, options.Threads);
        model.to(device);
        model.eval();
        // On CUDA the default layout stays: whether cuDNN's float32 kernels gain from NHWC depends on the GPU, and none has measured it.
        var channelsLast = device.type == DeviceType.CPU;
        if (channelsLast)
        {
            model.UseChannelsLast();
        }
        var preprocessor = new ImagePreprocessor(options.Normalization, options.ImageSize, options.ImageSize);
        // Decoding runs on the caller's scheduler: a silo extracts on its compute threads, not the thread pool.
        var scheduler = TaskScheduler.Current;
        Task<(int Start, int Count, float[] Pixels)>? Decoding(int start) => start < range.EndImage
            ? Task.Factory.StartNew(() => Decode(images, preprocessor, start, Math.Min(options.BatchSize, range.EndImage - start), options.Threads, scheduler),
                CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler)
            : null;

        progress?.Report(new ExtractionProgress(resumeAt - range.FirstImage, range.ImageCount));
        var next = Decoding(resumeAt);
        while (next is not null)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (start, count, pixels) = next.GetAwaiter().GetResult();
            next = Decoding(start + count);
            write(start, Forward(model, pixels, count, options, device, channelsLast));
            progress?.Report(new ExtractionProgress(start + count - range.FirstImage, range.ImageCount));
        }
    }

    private static (int Start, int Count, float[] Pixels) Decode(ProbeImageSet images, ImagePreprocessor preprocessor, int start, int count, int threads, TaskScheduler scheduler)
    {
        var pixels = new float[count * preprocessor.ValuesPerImage];
        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = threads, TaskScheduler = scheduler },
                i => preprocessor.Load(images.FullPath(start + i), pixels.AsSpan(i * preprocessor.ValuesPerImage, preprocessor.ValuesPerImage)));
        }
        catch (AggregateException e)
        {
            // Surface the first bad image's own exception (it names the file), not the wrapper.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return (start, count, pixels);
    }

    private static float[] Forward(ResNet model, float[] pixels, int count, ExtractionOptions options, Device device, bool channelsLast)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var input = tensor(pixels, [count, 3, options.ImageSize, options.ImageSize]);
        if (channelsLast)
        {
            input = ChannelsLast.Of(input);
        }
        // The features come back channels-last; a contiguous copy is read out in one block.
        return model.Features(input.to(device), options.Layer).contiguous().cpu().data<float>().ToArray();
    }
}
