"""Says `ready pid=N` of a child that has exited and is not reaped yet (a zombie), then waits
for stdin to close."""
import subprocess
import sys
import time

child = subprocess.Popen(["true"])
while True:
    with open(f"/proc/{child.pid}/stat") as f:
        if f.read().rsplit(")", 1)[1].split()[0] == "Z":
            break
    time.sleep(0.01)
print(f"ready pid={child.pid}", flush=True)
sys.stdin.read()
child.wait()
