using System;

namespace Agilant.Emulator;

/// <summary>
/// The changes made to the emulator's state that webhooks announce. Handlers run synchronously on the thread
/// that made the change, after the change is stored; they must neither throw nor block.
/// </summary>
public sealed class EmulatorEvents
{
    public event EventHandler<EmulatorEvent>? Raised;

    internal void Raise(EmulatorEvent change) => Raised?.Invoke(this, change);
}
