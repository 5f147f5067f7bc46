using System.Net;
using System.Net.Sockets;

namespace NeuronOrleans.TestSupport;

public static class FreePorts
{
    /// <summary>Distinct loopback ports free right now (the OS picks them; held together so they differ).</summary>
    public static int[] Take(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        listeners.ForEach(l => l.Start());
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }
}
