using System;

namespace Agilant.Emulator;

/// <summary>
/// Told of every change a store makes (seeding too), after the change is stored and before its webhook is queued;
/// the state file saves on it. Handlers run on the thread that made the change.
/// </summary>
internal sealed class StateChanges
{
    public event Action? Stored;

    public void Notify() => Stored?.Invoke();
}
