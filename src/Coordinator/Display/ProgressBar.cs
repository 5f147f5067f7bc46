namespace NeuronOrleans.Coordinator.Display;

/// <summary>
/// A one-line progress bar: redrawn in place on a terminal, printed every few seconds (and at
/// the end) when the output is a file or a pipe.
/// </summary>
public sealed class ProgressBar(TextWriter output, string title) : IDisposable
{
    private const int Width = 30;
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);
    private readonly bool _interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
    private DateTime _lastPlain = DateTime.MinValue;
    private string _last = "";

    public void Show(long done, long total, string unit, string? detail)
    {
        double fraction = total == 0 ? 1 : Math.Clamp((double)done / total, 0, 1);
        int filled = (int)Math.Round(fraction * Width);
        var line = $"{title,-8} [{new string('#', filled)}{new string('.', Width - filled)}] {done}/{total} {unit}{(detail is null ? "" : "  " + detail)}";
        if (line == _last) return;
        _last = line;
        if (_interactive)
        {
            output.Write("\r" + line.PadRight(Console.WindowWidth > 0 ? Math.Min(Console.WindowWidth - 1, 160) : line.Length));
        }
        else if (DateTime.UtcNow - _lastPlain >= PlainInterval || done == total)
        {
            output.WriteLine(line);
            _lastPlain = DateTime.UtcNow;
        }
    }

    public void Dispose()
    {
        if (_interactive && _last.Length > 0) output.WriteLine();
    }
}
