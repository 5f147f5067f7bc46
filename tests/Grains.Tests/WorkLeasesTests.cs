using NeuronOrleans.Grains.Sweeps;

namespace NeuronOrleans.Grains.Tests;

/// <summary>Leases expire when their silo goes quiet or leaves, and only their holder renews them.</summary>
public sealed class WorkLeasesTests
{
    private static readonly DateTime Start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_lease_not_renewed_within_the_timeout_is_handed_out_again()
    {
        var leases = new WorkLeases(TimeSpan.FromSeconds(30));
        leases.Grant(WorkKind.Search, 7, "A", Start);
        leases.Grant(WorkKind.Search, 8, "A", Start);
        Assert.True(leases.Renew(WorkKind.Search, 8, "A", Start.AddSeconds(20)));

        Assert.Equal(1, leases.Expire(Start.AddSeconds(31), _ => true));
        Assert.False(leases.IsLeased(WorkKind.Search, 7));
        Assert.True(leases.IsLeased(WorkKind.Search, 8)); // renewed 11 s before
    }

    [Fact]
    public void A_lease_of_a_silo_that_left_expires_at_once()
    {
        var leases = new WorkLeases(TimeSpan.FromSeconds(30));
        leases.Grant(WorkKind.Search, 1, "A", Start);
        leases.Grant(WorkKind.ProbeShard, 1, "B", Start);
        Assert.Equal(1, leases.Expire(Start.AddSeconds(1), silo => silo != "B"));
        Assert.Equal([1], leases.Leased(WorkKind.Search));
        Assert.Empty(leases.Leased(WorkKind.ProbeShard));
    }

    [Fact]
    public void Only_the_holder_renews_and_kinds_do_not_mix()
    {
        var leases = new WorkLeases(TimeSpan.FromSeconds(30));
        leases.Grant(WorkKind.Search, 3, "A", Start);
        Assert.False(leases.Renew(WorkKind.Search, 3, "B", Start.AddSeconds(1)));
        Assert.False(leases.Renew(WorkKind.ProbeShard, 3, "A", Start.AddSeconds(1)));
        Assert.False(leases.IsLeased(WorkKind.ProbeShard, 3));
        leases.Release(WorkKind.Search, 3);
        Assert.False(leases.Renew(WorkKind.Search, 3, "A", Start.AddSeconds(2)));
    }
}
