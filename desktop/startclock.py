"""Seconds since this process began, for the start-up benchmark. No Qt, no SQL: the bare
baseline window imports it too."""

import os
import time

_IMPORTED = time.perf_counter()


def seconds_since_process_start() -> float:
    """From the process's birth (Linux /proc), else from this module's import."""
    try:
        with open("/proc/self/stat") as f:
            ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as f:
            uptime = float(f.read().split()[0])
        return uptime - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.perf_counter() - _IMPORTED
