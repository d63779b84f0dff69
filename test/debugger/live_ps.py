"""Runs `coroguard ps`-style commands against a program while it runs, as a user would against
a live service, then lets it finish.

Usage: live_ps.py PROGRAM -- COMMAND [ARG...] [-- COMMAND ...]
The program prints `ready pid=N` once its tasks are parked and finishes when its stdin closes.
Each command runs with `{pid}` replaced; its output and exit status are printed, then the
program's stdin is closed and its exit status printed. A program that never gets ready, or
never finishes, fails the test instead of hanging it.
"""
import subprocess
import sys
import threading


def main():
    args = sys.argv[1:]
    split = args.index("--")
    program, commands, current = args[:split], [], None
    for word in args[split:]:
        if word == "--":
            current = []
            commands.append(current)
        else:
            current.append(word)
    process = subprocess.Popen(program, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    timer = threading.Timer(120, process.kill)
    timer.start()
    pid = None
    for line in process.stdout:
        print("program:", line.rstrip())
        if line.startswith("ready pid="):
            pid = line.split("=", 1)[1].strip()
            break
    if pid is None:
        print("program exited before it was ready")
        return 1
    for command in commands:
        command = [w.replace("{pid}", pid) for w in command]
        print("$", " ".join(command[1:]) if command[0].endswith("coroguard") else " ".join(command), flush=True)
        result = subprocess.run(command, capture_output=True, text=True)
        sys.stdout.write(result.stdout)
        sys.stdout.write(result.stderr)
        print(f"exit {result.returncode}", flush=True)
    process.stdin.close()
    rest = process.stdout.read()
    for line in rest.splitlines():
        print("program:", line)
    code = process.wait()
    timer.cancel()
    print(f"program exit {code}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
