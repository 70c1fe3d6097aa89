using System;

namespace Agilant.Emulator;

internal sealed class ServerClock(TimeSpan offset)
{
    public DateTimeOffset Now => DateTimeOffset.UtcNow + offset;
}
