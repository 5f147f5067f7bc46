using NeuronOrleans.Compute.Conformance;
using NeuronOrleans.Compute.Torch;
using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Compute.Tests.Conformance;

public class BackendSelfTestTests
{
    [Fact]
    public void The_cpu_tensor_backend_passes()
    {
        Assert.True(TorchCpu.Shared.SelfTest(out string report), report);
        Assert.Contains("torch-cpu self-test passed", report);
    }

    [Fact]
    public void A_backend_that_miscounts_one_formula_kind_fails_and_says_which()
    {
        Assert.False(BackendSelfTest.Run(new MiscountingBackend(), out string report));
        Assert.Contains("count differently from the CPU engine", report);
        Assert.Contains("CLOSE TO", report);
    }

    [SkippableFact]
    public void Without_a_usable_gpu_no_backend_is_started_and_the_reason_is_given()
    {
        Skip.If(TorchDevices.TryCuda(out _, out _), "This machine has a GPU: tests/gpu/check.sh covers the GPU backend.");
        Assert.Null(TorchCountBackend.StartGpu(out string report));
        Assert.StartsWith("No GPU compute:", report);
    }

    /// <summary>The CPU engine with one formula in CLOSE TO off by one cell.</summary>
    private sealed class MiscountingBackend : ICountBackend
    {
        public string Name => "miscounting";

        public ICountSession Open(LabelMaskBank bank, NeuronMask neuron) => new Session(CpuCountBackend.Instance.Open(bank, neuron));

        private sealed class Session(ICountSession inner) : ICountSession
        {
            public void BeginPass(IReadOnlyList<Formula> beam, IReadOnlyList<Formula> candidates) => inner.BeginPass(beam, candidates);

            public void Count(IReadOnlyList<Formula> formulas, int prefixImages, Span<FormulaCounts> results, Func<Formula, OverlapCounts, bool>? dropsAfterPrefix = null)
            {
                inner.Count(formulas, prefixImages, results);
                for (int i = 0; i < formulas.Count; i++)
                    if (formulas[i] is CloseToFormula { Right.Length: 2 })
                        results[i] = results[i] with { Total = results[i].Total + new OverlapCounts(0, 1, 0) };
            }

            public void Dispose() => inner.Dispose();
        }
    }
}
