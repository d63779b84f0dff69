#!/usr/bin/env python3
"""How long the debugger commands take over many live tasks, in gdb and lldb batch mode, next to
the program listing the same tasks itself (dump_tasks, the in-process floor) in the same run.

usage: bench/debugger/run.py build/dev/bench/debugger/bench_debugger_tasks [--tasks 10000]

Target (issue 6): 10,000 live tasks listed in a few seconds. Exits non-zero when a command
takes over 5 s or lists the wrong number of tasks.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEBUGGER = os.path.join(HERE, "..", "..", "debugger")
LIMIT_SECONDS = 5.0

# Each debugger times its own command, so start-up and symbol loading are not counted.
GDB_TIMED = ("python import time; t0 = time.perf_counter(); "
             "out = gdb.execute('coroguard {cmd}', to_string=True); "
             "print('timed {cmd}: %.3f s, %d lines' % (time.perf_counter() - t0, out.count(chr(10))))")
LLDB_TIMED = ("script import time; t0 = time.perf_counter(); r = lldb.SBCommandReturnObject(); "
              "lldb.debugger.GetCommandInterpreter().HandleCommand('coroguard {cmd}', r); "
              "print('timed {cmd}: %.3f s, %d lines' % (time.perf_counter() - t0, r.GetOutput().count(chr(10))))")
COMMANDS = ("tasks", "bt all")


def gdb_times(program, tasks):
    cmd = ["gdb", "-batch", "-nx", "-iex", "set auto-load python-scripts off",
           "-x", os.path.join(DEBUGGER, "gdb", "coroguard.py"), "-ex", "break stop_here", "-ex", "run"]
    for c in COMMANDS:
        cmd += ["-ex", GDB_TIMED.format(cmd=c)]
    cmd += ["-ex", "kill", "--args", program, str(tasks)]
    return parse(subprocess.run(cmd, capture_output=True, text=True).stdout)


def lldb_times(program, tasks, lldb):
    cmd = [lldb, "--batch", "--no-lldbinit", "-o",
           "command script import " + os.path.join(DEBUGGER, "lldb", "coroguard.py"),
           "-o", "b stop_here", "-o", "run"]
    for c in COMMANDS:
        cmd += ["-o", LLDB_TIMED.format(cmd=c)]
    cmd += ["-o", "kill", "--", program, str(tasks)]
    return parse(subprocess.run(cmd, capture_output=True, text=True).stdout)


def parse(output):
    found = {m.group(1): (float(m.group(2)), int(m.group(3)))
             for m in re.finditer(r"^timed ([\w ]+): ([\d.]+) s, (\d+) lines", output, re.M)}
    if len(found) != len(COMMANDS):
        sys.exit("run.py: a debugger did not run the commands:\n" + output[-3000:])
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("program", help="bench_debugger_tasks")
    ap.add_argument("--tasks", type=int, default=10000)
    args = ap.parse_args()
    env = dict(os.environ, COROGUARD_OPTIONS="exitcode=0")
    os.environ.update(env)
    floor = subprocess.run([args.program, str(args.tasks), "--dump"], capture_output=True, text=True, env=env)
    m = re.search(r"dump_tasks: ([\d.]+) s", floor.stdout)
    if not m:
        sys.exit("run.py: the program did not run:\n" + floor.stdout + floor.stderr)
    in_process = float(m.group(1))
    lldb = shutil.which("lldb-19") or shutil.which("lldb")
    results = {"gdb": gdb_times(args.program, args.tasks)}
    if lldb:
        results["lldb"] = lldb_times(args.program, args.tasks, lldb)
    live = args.tasks + 1  # and the main task
    print(f"{live} live tasks; in-process dump_tasks {in_process:.3f} s")
    print(f"  {'debugger':8} {'command':10} {'seconds':>8} {'lines':>7} {'vs dump_tasks':>14}")
    failed = 0
    for debugger, timings in results.items():
        for command, (seconds, lines) in timings.items():
            ratio = seconds / in_process if in_process > 0 else float("inf")
            verdict = ""
            if seconds > LIMIT_SECONDS:
                verdict, failed = f"  over {LIMIT_SECONDS:.0f} s", failed + 1
            if command == "tasks" and lines != live + 2:  # header and count lines
                verdict, failed = f"  expected {live} rows", failed + 1
            print(f"  {debugger:8} {command:10} {seconds:8.3f} {lines:7d} {ratio:13.1f}x{verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
