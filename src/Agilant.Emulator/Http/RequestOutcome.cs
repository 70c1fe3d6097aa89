namespace Agilant.Emulator;

public enum RequestOutcome
{
    /// <summary>A response was written: see <see cref="RecordedRequest.StatusCode"/>.</summary>
    Answered,

    /// <summary>The emulator aborted the connection without answering (a DropConnection fault, or the emulator stopping).</summary>
    Dropped,

    /// <summary>The client went away before the answer was written.</summary>
    ClientAborted,
}
