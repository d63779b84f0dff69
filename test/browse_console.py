"""Opens the live console of a running program as a user would: its JSON documents with
urllib, its page in headless Chromium (the rows of the task table as the page drew them, and a
screenshot), then stops the program and prints its exit status.

Usage: browse_console.py [--connect] [--wait-for COROUTINE] [--screenshot PNG] [--wait SECONDS]
                         -- PROGRAM [ARG...]
The program runs with `console=127.0.0.1:0` added to COROGUARD_OPTIONS and prints a line with
`http://127.0.0.1:PORT` on stdout once it serves (that port gets a held-open connection with
--connect; --wait-for then waits until a task of that coroutine is live). After the page was
read its stdin is closed, and it is stopped with SIGTERM unless that ends it within 2 s.
"""
import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import urllib.error
import urllib.request


def fetch(url, method="GET"):
    request = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def short(path):
    return os.path.basename(path) if path else ""


def print_tasks(base):
    status, body = fetch(base + "tasks.json")
    doc = json.loads(body)
    print(f"tasks.json {status}: {len(doc['tasks'])} task(s), buckets {' '.join(doc['buckets'])}")
    for t in sorted(doc["tasks"], key=lambda t: t["id"]):
        line = f"task #{t['id']} {t['coroutine']} ({t['state']})"
        if t["state"] == "running":
            line += f" running for {t['running_for_ns'] / 1e6:.0f}ms"
        if t["state"].startswith("created"):
            line += f" scheduled for {t['times']['scheduled_ns'] / 1e6:.0f}ms"
        if "suspended_at" in t:
            line += f" at {short(t['suspended_at'])}, waiting for {t['waiting_for']}"
        if t["awaited_by"] is not None:
            line += f", awaited by #{t['awaited_by']}"
        line += f"; {t['times']['steps']} step(s)"
        for w in t["warnings"]:
            line += f"; warning: {w}"
        print(line)
    for f in sorted(doc["functions"], key=lambda f: f["coroutine"]):
        print(f"function {f['coroutine']}: {f['frames']} frame(s), {sum(f['times']['step_durations'])} step(s)")


def print_documents(base):
    print_tasks(base)
    status, body = fetch(base + "memory.json")
    sites = json.loads(body)["sites"]
    print(f"memory.json {status}: {len(sites)} site(s), {sum(s['bytes'] for s in sites)} bytes")
    status, body = fetch(base + "reports.json")
    reports = json.loads(body)
    print(f"reports.json {status}: {reports['total']} report(s)")
    for r in reports["reports"]:
        print(f"report {r['kind']}: {r['message']}")
    status, body = fetch(base + "timeline.json")
    print(f"timeline.json {status}: {'points' in json.loads(body)}")
    print("unknown page:", fetch(base + "nothing")[0])
    print("POST:", fetch(base + "tasks.json", method="POST")[0])


def chromium(args, profile):
    exe = shutil.which("chromium")
    if not exe:
        print("chromium is missing (scripts/bootstrap installs it)")
        sys.exit(1)
    command = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
               f"--user-data-dir={profile}", "--virtual-time-budget=4000", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def browse(base, screenshot):
    with tempfile.TemporaryDirectory() as profile:
        dom = chromium(["--dump-dom", base], profile).stdout
        print("page loaded:", 'data-loaded="1"' in dom)
        for row in re.findall(r'<tr data-id="(\d+)" class="([^"]*)">(.*?)</tr>', dom, re.S):
            cells = re.findall(r"<td[^>]*>(.*?)</td>", row[2], re.S)
            print(f"row #{row[0]} {cells[1]} [{row[1]}] {cells[2]}")
        stalls = re.findall(r'<p class="stall">(.*?)</p>', dom)
        for s in stalls:
            print("stall:", s)
        if screenshot:
            chromium(["--window-size=1500,1500", f"--screenshot={screenshot}", base], profile)
            size = os.path.getsize(screenshot) if os.path.exists(screenshot) else 0
            print("screenshot:", "saved" if size > 10000 else f"missing ({size} bytes)")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--connect", action="store_true")
    parser.add_argument("--screenshot")
    parser.add_argument("--wait", type=float, default=0)
    parser.add_argument("--wait-for")
    parser.add_argument("program", nargs=argparse.REMAINDER)
    a = parser.parse_args()
    program = a.program[1:] if a.program[:1] == ["--"] else a.program
    env = dict(os.environ)
    env["COROGUARD_OPTIONS"] = ":".join(filter(None, [env.get("COROGUARD_OPTIONS", ""), "console=127.0.0.1:0"]))
    process = subprocess.Popen(program, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=env)
    timer = threading.Timer(180, process.kill)
    timer.start()
    base = None
    for line in process.stderr:
        if m := re.search(r"coroguard: console at (http://127\.0\.0\.1:\d+/)", line):
            base = m.group(1)
            print("console at http://127.0.0.1:PORT/")
            break
        print("program stderr:", line.rstrip())
    service = process.stdout.readline()
    print("program:", re.sub(r":\d+/", ":PORT/", service.rstrip()))
    if not base:
        print("the program printed no console address")
        return 1
    held = None
    if a.connect:
        port = int(re.search(r"http://127\.0\.0\.1:(\d+)", service).group(1))
        held = socket.create_connection(("127.0.0.1", port))  # a client that has not sent its request yet
    if a.wait:
        threading.Event().wait(a.wait)
    for _ in range(100):
        tasks = json.loads(fetch(base + "tasks.json")[1])["tasks"]
        if not a.wait_for or any(t["coroutine"] == a.wait_for for t in tasks):
            break
        threading.Event().wait(0.1)
    print_documents(base)
    browse(base, a.screenshot)
    if held:
        held.close()
    try:  # communicate closes stdin first: a program may finish then
        rest = process.communicate(timeout=2)[1]
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGTERM)
        rest = process.communicate()[1]
    code = process.returncode
    timer.cancel()
    for line in rest.splitlines():
        print("program stderr:", line)
    print(f"program exit {code}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
