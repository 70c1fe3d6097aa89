using System;
using System.Collections.Generic;
using System.Linq;

namespace Agilant.Emulator;

/// <summary>How services get their line numbers when the caller gives none.</summary>
internal static class ServiceLines
{
    /// <summary>
    /// Numbers the services of a new account: a given number is kept, and each service without one (0) takes, in
    /// order, the lowest number from 1 that no other service of the account has, so that none given means 1, 2, 3.
    /// </summary>
    /// <exception cref="ArgumentException">Two services have the same number, or one has a negative number.</exception>
    public static IReadOnlyList<Service> NumberNew(IReadOnlyList<Service> services)
    {
        var taken = new HashSet<int>();
        foreach (var service in services.Where(service => service.LineNumber != 0))
        {
            ArgumentOutOfRangeException.ThrowIfNegative(service.LineNumber);
            if (!taken.Add(service.LineNumber))
            {
                throw new ArgumentException($"Two services have line number {service.LineNumber}.", nameof(services));
            }
        }

        if (taken.Count == services.Count)
        {
            return services;
        }

        var next = 1;
        return services.Select(service =>
        {
            if (service.LineNumber != 0)
            {
                return service;
            }

            while (taken.Contains(next))
            {
                next++;
            }

            return service with { LineNumber = next++ };
        }).ToList();
    }

    /// <summary>The number of a service added to an existing account: one past the account's highest.</summary>
    public static int Next(IReadOnlyList<Service> services) => services.Count == 0 ? 1 : services.Max(service => service.LineNumber) + 1;
}
