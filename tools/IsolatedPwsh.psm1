# Runs script text in a child pwsh whose user is a throwaway home, so that what PSResourceGet writes (its repository
# settings, which even Compress-PSResource creates when there are none, and installed modules) and what pwsh reads
# (the user's module folder) stay inside that home and the real user's profile is neither read nor changed.
# Windows takes these folders from its known-folder API, not from HOME: there the isolation does not hold.
# Start- runs a child and Wait- collects it, so that children that do not depend on each other run side by side.

function Start-IsolatedPwsh {
    [CmdletBinding()]
    param(
        # The throwaway home; it and its XDG folders are created if missing.
        [Parameter(Mandatory)] [string] $HomePath,

        # Script text; any error in it fails the run.
        [Parameter(Mandatory)] [string] $Command,

        # Text values the script reads as variables of these names (paths, keys), so it needs no quoting of its own.
        [hashtable] $Variables = @{}
    )

    $userFolders = [ordered]@{
        HOME            = $HomePath
        XDG_CONFIG_HOME = Join-Path $HomePath '.config'
        XDG_DATA_HOME   = Join-Path $HomePath '.local/share'
        XDG_CACHE_HOME  = Join-Path $HomePath '.cache'
    }
    # PSResourceGet writes its settings relative to the working directory when the data folder does not exist yet.
    foreach ($folder in $userFolders.Values) { $null = New-Item -ItemType Directory -Force -Path $folder }

    $assignments = foreach ($name in $Variables.Keys) {
        "`$$name = '$([System.Management.Automation.Language.CodeGeneration]::EscapeSingleQuotedStringContent($Variables[$name]))'"
    }
    $script = @('$ErrorActionPreference = ''Stop''') + $assignments + $Command -join [Environment]::NewLine

    $start = [System.Diagnostics.ProcessStartInfo]::new((Get-Process -Id $PID).Path)
    foreach ($argument in '-NoProfile', '-NonInteractive', '-Command', $script) { $start.ArgumentList.Add($argument) }
    $start.WorkingDirectory = $HomePath
    foreach ($name in $userFolders.Keys) { $start.Environment[$name] = $userFolders[$name] }
    # Without an inherited module path the child builds its own from the throwaway home and its $PSHOME.
    $null = $start.Environment.Remove('PSModulePath')
    # Plain text: the output is read by a script and an error is shown in a test report.
    $start.Environment['NO_COLOR'] = '1'
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $start.UseShellExecute = $false

    $process = [System.Diagnostics.Process]::Start($start)
    # Both streams are drained as they come, so that a child writing much to either never blocks on a full pipe.
    [pscustomobject]@{
        HomePath = $HomePath
        Process  = $process
        Output   = $process.StandardOutput.ReadToEndAsync()
        Error    = $process.StandardError.ReadToEndAsync()
    }
}

# Waits for a child of Start-IsolatedPwsh and returns its output; throws with what it said when it failed.
function Wait-IsolatedPwsh {
    [CmdletBinding()]
    [OutputType([string])]
    param([Parameter(Mandatory, ValueFromPipeline)] [pscustomobject] $Child)

    process {
        $Child.Process.WaitForExit()
        if ($Child.Process.ExitCode -ne 0) {
            throw "pwsh with home $($Child.HomePath) failed with exit code $($Child.Process.ExitCode):$([Environment]::NewLine)$($Child.Error.Result)$($Child.Output.Result)"
        }
        $Child.Output.Result
    }
}

Export-ModuleMember -Function Start-IsolatedPwsh, Wait-IsolatedPwsh
