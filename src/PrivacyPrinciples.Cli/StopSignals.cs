using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace PrivacyPrinciples.Cli;

/// <summary>
/// The signals that would end the process, handled in one place: each runs a clean-up first and
/// then ends the process as the signal would (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2,
/// SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU), except SIGXFSZ, which is handled so that a write past the
/// file size limit (<c>ulimit -f</c>) fails as a full disk does, with a message, instead of killing
/// the process with no word and its temporary file left behind.
/// </summary>
internal static class StopSignals
{
    /// <summary>
    /// Registers <paramref name="cleanUp"/> for every signal that ends the process, and handles
    /// SIGXFSZ; disposing the result removes the registrations.
    /// </summary>
    public static IDisposable Register(Action cleanUp)
    {
        var registrations = new List<PosixSignalRegistration>();
        foreach (var signal in (PosixSignal[])[PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT])
        {
            registrations.Add(PosixSignalRegistration.Create(signal, _ => cleanUp()));
        }

        if (Numbers() is { } numbers)
        {
            foreach (var number in numbers.Stopping)
            {
                // Raw numbers: PosixSignal names only the signals every system shares.
                registrations.Add(PosixSignalRegistration.Create((PosixSignal)number, _ => cleanUp()));
            }

            // Handled, not ignored by default: the write that passes the limit then fails with EFBIG.
            registrations.Add(PosixSignalRegistration.Create((PosixSignal)numbers.FileSizeLimit, context => context.Cancel = true));
        }

        return new Registrations(registrations);
    }

    // The signals' numbers, which differ between systems: Linux's (x86, ARM) and the BSDs' and macOS's.
    private static (int[] Stopping, int FileSizeLimit)? Numbers() =>
        OperatingSystem.IsLinux() ? ([10, 12, 14, 26, 27, 24], 25) // SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU; SIGXFSZ
        : OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD() ? ([30, 31, 14, 26, 27, 24], 25)
        : null;

    private sealed class Registrations(List<PosixSignalRegistration> registrations) : IDisposable
    {
        public void Dispose()
        {
            foreach (var registration in registrations)
            {
                registration.Dispose();
            }
        }
    }
}
