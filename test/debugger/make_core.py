"""Writes a core file of a hung program, as `gcore PID` does to a hung service.

Usage: make_core.py GDB PROGRAM CORE
The program prints `hung pid=N` just before it gets stuck; once its main thread sleeps in the
kernel (the loop waiting for a timer that is hours away), gdb, which runs it, is interrupted
and writes the core. Running it under gdb avoids attaching, which ptrace restrictions may forbid.
"""
import os
import signal
import subprocess
import sys
import threading
import time


def wait_until_asleep(pid, limit=30.0):
    """Until the main thread blocks (state S): after its last line it only returns to the loop."""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        with open(f"/proc/{pid}/stat") as f:
            if f.read().rsplit(")", 1)[1].split()[0] == "S":
                return
        time.sleep(0.01)


def main():
    gdb, program, core = sys.argv[1:4]
    command = [gdb, "-batch", "-nx", "-iex", "set auto-load python-scripts off",
               "-ex", "run", "-ex", f"gcore {core}", "-ex", "kill", program]
    gdb_process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    # A program that never says it hung must not hang the test suite.
    timer = threading.Timer(120, gdb_process.kill)
    timer.start()
    output = []
    for line in gdb_process.stdout:
        output.append(line)
        if line.startswith("hung pid="):
            pid = int(line.split("=", 1)[1])
            wait_until_asleep(pid)
            os.kill(pid, signal.SIGINT)
    gdb_process.wait()
    timer.cancel()
    if not os.path.exists(core):
        sys.exit("make_core: no core file written; gdb said:\n" + "".join(output))


if __name__ == "__main__":
    main()
