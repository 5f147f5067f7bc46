using System.Diagnostics;
using System.Text;

namespace NeuronOrleans.TestSupport;

/// <summary>
/// A program the tests start: output and errors kept for assertions and failure messages, the
/// whole process tree killed (SIGKILL) on dispose so that nothing outlives its test.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private ChildProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(_output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(_error, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output => Read(_output);
    public string Error => Read(_error);
    public string AllOutput => Output + Error;
    public bool HasExited => _process.HasExited;

    /// <param name="environment">Variables set for the child on top of this process's.</param>
    public static ChildProcess Start(string program, IEnumerable<string> arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) info.Environment[name] = value;
        return new ChildProcess(Process.Start(info) ?? throw new InvalidOperationException($"Could not start {program}."));
    }

    /// <summary>Runs a program to its end within <paramref name="timeout"/>.</summary>
    public static async Task<ProcessResult> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        using var child = Start(program, arguments, workingDirectory, environment);
        int exitCode = await child.WaitAsync(timeout);
        return new ProcessResult(exitCode, child.Output, child.Error);
    }

    /// <summary>Waits for the exit; a process that overruns is killed and reported.</summary>
    public async Task<int> WaitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw new TimeoutException($"{_process.StartInfo.FileName} ran longer than {timeout}:\n{AllOutput}");
        }
        _process.WaitForExit(); // drains the redirected output
        return _process.ExitCode;
    }

    /// <summary>kill -9 of the whole tree: no shutdown code runs.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null) return;
        lock (buffer) buffer.AppendLine(line);
    }

    private static string Read(StringBuilder buffer)
    {
        lock (buffer) return buffer.ToString();
    }
}

public sealed record ProcessResult(int ExitCode, string Output, string Error)
{
    public string AllOutput => Output + Error;
}
