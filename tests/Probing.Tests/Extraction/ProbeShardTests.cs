using NeuronOrleans.Probing.Extraction;

namespace NeuronOrleans.Probing.Tests.Extraction;

public sealed class ProbeShardTests
{
    [Fact]
    public void Plan_cuts_consecutive_shards_the_last_one_shorter()
    {
        Assert.Equal([new(0, 0, 32), new(1, 32, 32), new(2, 64, 32), new(3, 96, 4)], ProbeShard.Plan(100, 32));
        Assert.Equal([new(0, 0, 32), new(1, 32, 32)], ProbeShard.Plan(64, 32));
        Assert.Equal([new ProbeShard(0, 0, 5)], ProbeShard.Plan(5, 32));
    }

    [Fact]
    public void Plan_refuses_an_empty_split()
    {
        Assert.Throws<ArgumentException>(() => ProbeShard.Plan(0, 32));
        Assert.Throws<ArgumentException>(() => ProbeShard.Plan(10, 0));
    }
}
