using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;

namespace Agilant.Emulator;

/// <summary>
/// Keeps an emulator's state in a JSON file across restarts (<see cref="EmulatorOptions.StateFile"/>, --state): read at
/// start when the file exists, then written whole after every change, before the request that made the change is
/// answered, so that an emulator stopped in any way, killed too, keeps everything it answered.
/// </summary>
internal sealed class StateFile
{
    private static readonly JsonSerializerOptions Format = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // A hand-edited file with a misspelt field fails at start rather than losing that field silently.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private readonly string path;
    private readonly EmulatorState state;
    private readonly Lock gate = new();

    private StateFile(string path, EmulatorState state)
    {
        this.path = path;
        this.state = state;
    }

    /// <summary>The state the file holds, or a new state when there is no file yet; saved now, and after every change from now on.</summary>
    /// <exception cref="ArgumentException">The file is not a state the emulator can load.</exception>
    /// <exception cref="IOException">The file cannot be read or written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read or written.</exception>
    public static EmulatorState Open(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var file = new StateFile(fullPath, File.Exists(fullPath) ? Load(fullPath) : new EmulatorState());
        file.Save();
        file.state.Changes.Stored += file.Save;
        return file.state;
    }

    private static EmulatorState Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var saved = JsonSerializer.Deserialize<StateSnapshot>(stream, Format) ?? throw new JsonException("The file holds null.");
            return new EmulatorState(saved);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            throw new ArgumentException(
                $"The state file '{path}' is not one the emulator can load: {e.Message} Correct it, or give another --state file to start afresh.", e);
        }
    }

    // The whole state to a file beside the real one, then moved over it: a reader never sees half a file.
    private void Save()
    {
        lock (gate)
        {
            var written = path + ".saving";
            File.WriteAllBytes(written, JsonSerializer.SerializeToUtf8Bytes(StateSnapshot.Of(state), Format));
            File.Move(written, path, overwrite: true);
        }
    }
}
