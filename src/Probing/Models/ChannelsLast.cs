using static TorchSharp.torch;

namespace NeuronOrleans.Probing.Models;

/// <summary>
/// libtorch's channels-last (NHWC) memory format for 4-D tensors. TorchSharp has no
/// <c>memory_format</c> argument, but libtorch reads the format from the strides, so a permuted
/// contiguous copy is a channels-last tensor with the same logical values.
/// </summary>
public static class ChannelsLast
{
    /// <summary>The values of the <c>[N, C, H, W]</c> tensor <paramref name="tensor"/> with channels-last strides.</summary>
    public static Tensor Of(Tensor tensor) => tensor.permute(0, 2, 3, 1).contiguous().permute(0, 3, 1, 2);

    /// <summary>Whether <paramref name="tensor"/> is laid out channels-last; as in libtorch, the strides of size-1 dimensions do not count.</summary>
    public static bool Is(Tensor tensor)
    {
        var (shape, strides) = (tensor.shape, tensor.stride());
        long expected = 1;
        foreach (var dimension in (ReadOnlySpan<int>)[1, 3, 2, 0])
        {
            if (shape[dimension] != 1 && strides[dimension] != expected)
            {
                return false;
            }
            expected *= shape[dimension];
        }
        return true;
    }
}
