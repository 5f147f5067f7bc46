using System.Runtime.InteropServices;

namespace NeuronOrleans.Probing.Extraction;

/// <summary>
/// glibc malloc settings for the CPU forward pass. libtorch allocates every layer's output afresh,
/// tens of megabytes per batch; by default glibc hands such blocks back to the kernel when they are
/// freed, and the next batch faults every page in again: a third of probing's CPU time went to
/// the kernel. Raising the mmap and trim thresholds keeps the freed blocks in the heap for reuse:
/// the process keeps up to <see cref="KeptFreeMemory"/> of freed memory mapped per heap, about one
/// batch's worth in practice. The settings are process-wide and stay once set.
/// </summary>
internal static class GlibcHeap
{
    // mallopt parameters from glibc's malloc.h.
    private const int TrimThreshold = -1;
    private const int MmapThreshold = -3;

    // A thread's heap in glibc is at most 64 MiB; larger blocks are mapped whatever the threshold.
    private const int LargestHeapBlock = 64 << 20;
    private const int KeptFreeMemory = 512 << 20;

    public static void KeepFreedBlocks()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        try
        {
            Mallopt(MmapThreshold, LargestHeapBlock);
            Mallopt(TrimThreshold, KeptFreeMemory);
        }
        catch (EntryPointNotFoundException)
        {
            // A C library without mallopt keeps its own policy.
        }
    }

    [DllImport("libc", EntryPoint = "mallopt")]
    private static extern int Mallopt(int parameter, int value);
}
