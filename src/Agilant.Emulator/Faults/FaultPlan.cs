using System;
using System.Collections.Generic;
using System.Threading;
using Agilant.Emulator.Http;

namespace Agilant.Emulator;

/// <summary>The faults waiting to be injected; the first added that matches a request is the one applied.</summary>
public sealed class FaultPlan
{
    private readonly Lock gate = new();
    private readonly List<PlannedFault> planned = [];

    public void Add(Fault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        fault.Validate();
        lock (gate)
        {
            planned.Add(new PlannedFault(fault, fault.Times));
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            planned.Clear();
        }
    }

    /// <summary>Takes one use of the first fault that matches, or returns null.</summary>
    internal Fault? Take(string method, string path, string body)
    {
        lock (gate)
        {
            var index = planned.FindIndex(entry => Matches(entry.Fault, method, path, body));
            if (index < 0)
            {
                return null;
            }

            var (fault, remaining) = planned[index];
            if (remaining == 1)
            {
                planned.RemoveAt(index);
            }
            else
            {
                planned[index] = new PlannedFault(fault, remaining - 1);
            }

            return fault;
        }
    }

    private static bool Matches(Fault fault, string method, string path, string body) =>
        (fault.Method is null || fault.Method.Equals(method, StringComparison.OrdinalIgnoreCase))
        && PathPrefix.Matches(path, fault.PathPrefix)
        && (fault.BodyContains is null || body.Contains(fault.BodyContains, StringComparison.Ordinal));

    private sealed record PlannedFault(Fault Fault, int Remaining);
}
