namespace Agilant.Emulator;

/// <summary>How an attempt to change an account ended; the API answers 200, 404 or 422 from it.</summary>
internal enum AccountUpdate
{
    Updated,
    NotFound,

    /// <summary>The change gave the account the id of another account: nothing was changed.</summary>
    IdTaken,
}
