"""Seconds since this process began, for the start-up benchmark. No Qt, no SQL: the bare
baseline window imports it too."""

import os
import time

_IMPORTED = time.perf_counter()


def seconds_since_process_start() -> float:
    """From the process's birth (Linux /proc), else from this module's import. The birth is
    counted in clock ticks since boot (10 ms); now is read from the same clock to the
    nanosecond (CLOCK_BOOTTIME; /proc/uptime, its fallback, has 10 ms steps too)."""
    try:
        with open("/proc/self/stat") as f:
            ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        try:
            uptime = time.clock_gettime(time.CLOCK_BOOTTIME)
        except (AttributeError, OSError):
            with open("/proc/uptime") as f:
                uptime = float(f.read().split()[0])
        return uptime - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _IMPORTED
