using System.Diagnostics.CodeAnalysis;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuronOrleans.Compute.Torch;

/// <summary>Finds out, without throwing, whether libtorch loads and sees a CUDA device.</summary>
public static class TorchDevices
{
    public static bool TryCuda([NotNullWhen(true)] out Device? device, out string reason)
    {
        device = null;
        try
        {
            if (!cuda.is_available())
            {
                reason = "libtorch sees no CUDA device (a CPU-only libtorch, or no GPU and driver)";
                return false;
            }
            device = CUDA;
            reason = $"{cuda.device_count()} CUDA device(s)";
            return true;
        }
        catch (Exception error) when (error is DllNotFoundException or NotSupportedException or InvalidOperationException or TypeInitializationException or EntryPointNotFoundException)
        {
            reason = $"libtorch did not load ({error.GetType().Name}: {FirstLine(error.Message)})";
            return false;
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
