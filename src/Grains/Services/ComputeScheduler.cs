using System.Collections.Concurrent;

namespace NeuronOrleans.Grains.Services;

/// <summary>
/// Silo-local: dedicated threads for the heavy work (searches, probing, mask banks, reports), so
/// that it never occupies the .NET thread pool that Orleans' own messaging and membership checks
/// run on. The libraries' parallel loops run on their caller's scheduler (.NET's own default is the
/// thread pool), so inside these tasks they stay on these threads.
/// </summary>
public sealed class ComputeScheduler : TaskScheduler, IDisposable
{
    private readonly BlockingCollection<Task> _queue = new();
    private readonly Thread[] _threads;

    public ComputeScheduler(int threads)
    {
        _threads = [.. Enumerable.Range(0, Math.Max(1, threads)).Select(i => new Thread(Work)
        {
            IsBackground = true,
            Name = $"compute-{i}",
            // Below the runtime's own threads: a busy silo still answers its membership probes.
            Priority = ThreadPriority.BelowNormal,
        })];
        foreach (var thread in _threads) thread.Start();
    }

    public override int MaximumConcurrencyLevel => _threads.Length;

    /// <summary>Runs <paramref name="work"/> on a compute thread.</summary>
    public Task<T> Run<T>(Func<T> work, CancellationToken cancellation = default) =>
        Task.Factory.StartNew(work, cancellation, TaskCreationOptions.DenyChildAttach, this);

    public Task Run(Action work, CancellationToken cancellation = default) =>
        Task.Factory.StartNew(work, cancellation, TaskCreationOptions.DenyChildAttach, this);

    protected override void QueueTask(Task task) => _queue.Add(task);

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        _threads.Contains(Thread.CurrentThread) && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();

    private void Work()
    {
        foreach (var task in _queue.GetConsumingEnumerable()) TryExecuteTask(task);
    }

    public void Dispose() => _queue.CompleteAdding();
}
