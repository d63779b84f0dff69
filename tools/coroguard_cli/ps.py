"""`coroguard ps PID` and `coroguard pstree PID`: the live tasks of a running program, read from
outside without stopping it (debugger/process/coroguard_process.py does the reading).

Exit status: 0 listed, 2 the process cannot be inspected (the message says why)."""
import dataclasses
import json
import mmap
import os
import shutil
import subprocess
import sys
import tempfile
import time

REGISTRY_SYMBOL = b"_ZN9coroguard5debug13task_registryE"


class InspectError(Exception):
    pass


def _paths(source_dir):
    process = os.path.join(source_dir, "debugger", "process")
    common = os.path.join(source_dir, "debugger", "common")
    for p in (process, common):
        if p not in sys.path:
            sys.path.insert(0, p)
    return process


def _process_name(pid):
    try:
        with open(f"/proc/{pid}/comm") as f:
            return f.read().strip()
    except OSError:
        return "?"


def _no_permission(pid, reason):
    scope_file = "/proc/sys/kernel/yama/ptrace_scope"
    hint = "run coroguard ps as the program's user or as root"
    try:
        with open(scope_file) as f:
            scope = int(f.read())
    except (OSError, ValueError):
        scope = 0
    if scope > 0 and os.geteuid() != 0:
        hint = (f"kernel.yama.ptrace_scope is {scope}, which lets only a parent read a process: run "
                "coroguard ps with sudo, or set it to 0 (sysctl kernel.yama.ptrace_scope=0)")
    return InspectError(f"coroguard ps: no permission to read process {pid} ({_process_name(pid)}): {reason}; {hint}")


def _executable(pid):
    """The process's executable (/proc/PID/exe: the file it runs even if since rebuilt)."""
    if not os.path.isdir(f"/proc/{pid}"):
        raise InspectError(f"coroguard ps: no such process: {pid}")
    try:
        with open(f"/proc/{pid}/stat") as f:
            state = f.read().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        state = "?"
    if state in ("Z", "X"):
        raise InspectError(f"coroguard ps: process {pid} has exited (it is a zombie its parent has not reaped)")
    exe = f"/proc/{pid}/exe"
    try:
        os.readlink(exe)
        with open(exe, "rb"):
            pass
    except PermissionError as e:
        raise _no_permission(pid, e.strerror) from None
    except FileNotFoundError:
        raise InspectError(f"coroguard ps: process {pid} has exited, or is a kernel thread") from None
    return exe


def _has_symbol(path, symbol):
    with open(path, "rb") as f:
        with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
            return data.find(symbol) >= 0


def _check_symbols(pid, exe):
    """Clear errors for what gdb would only half-say: a stripped file, no registry, no -g."""
    import elf_image
    name = os.readlink(exe)
    try:
        sections = elf_image.section_names(exe)
    except (elf_image.ElfError, OSError) as e:
        raise InspectError(f"coroguard ps: cannot read {name}: {e}") from None
    files = [exe] + [d for d in [elf_image.separate_debug_file(exe)] if d]
    if ".symtab" not in sections and ".debug_info" not in sections and len(files) == 1:
        raise InspectError(f"coroguard ps: {name} is stripped: it has no symbols or debug info to find the "
                           "task registry by; run an unstripped build (-g), or install its debug symbols")
    if not any(_has_symbol(f, REGISTRY_SYMBOL) for f in files):
        raise InspectError(f"coroguard ps: process {pid} ({name}) is not a coroguard program with a task "
                           "registry: run it with the debug runtime (coroguard::runtime_debug) or build it "
                           "with coroguard-clang++")
    if ".debug_info" not in sections and len(files) == 1:
        raise InspectError(f"coroguard ps: {name} has no debug info (the task records' layout is read from "
                           "it): build it with -g")


def read_tasks(pid, source_dir):
    """The live tasks of process `pid`, as debugger Task values, and the edges of their histograms
    (ns; None when the program has none)."""
    process_dir = _paths(source_dir)
    from coroguard_tasks import Task
    exe = _executable(pid)
    _check_symbols(pid, exe)
    gdb = shutil.which("gdb")
    if gdb is None:
        raise InspectError("coroguard ps: needs gdb to read the program's debug info (apt-get install gdb)")
    with tempfile.TemporaryDirectory(prefix="coroguard-ps-") as tmp:
        out = os.path.join(tmp, "tasks.json")
        script = (f"import sys; sys.path.insert(0, {process_dir!r}); import coroguard_process; "
                  f"coroguard_process.main({pid}, {exe!r}, {out!r})")
        run = subprocess.run([gdb, "-batch", "-nx", "-q", "-iex", "set auto-load python-scripts off",
                              "-iex", "set debuginfod enabled off", "-ex", "python " + script, exe],
                             stdin=subprocess.DEVNULL, capture_output=True, text=True)
        if not os.path.exists(out):
            raise InspectError(f"coroguard ps: gdb could not read {os.readlink(exe)}:\n{run.stderr.strip()}")
        with open(out) as f:
            result = json.load(f)
    if "error" in result:
        message = result["error"].replace("coroguard: ", "", 1)
        if result.get("kind") == "NoPermission":
            raise _no_permission(pid, "process_vm_readv was refused")
        raise InspectError(f"coroguard ps: {message}")
    return [Task(**t) for t in result["tasks"]], result.get("bucket_ends")


def run(args, source_dir):
    _paths(source_dir)
    from coroguard_tasks import format_await_tree, format_histograms, format_task_table, await_tree
    try:
        tasks, bucket_ends = read_tasks(args.pid, source_dir)
    except InspectError as e:
        print(e, file=sys.stderr)
        return 2
    if args.command == "ps":
        if args.json:
            print(json.dumps({"pid": args.pid, "tasks": [dataclasses.asdict(t) for t in tasks]}, indent=2))
        else:
            now = time.monotonic_ns() if args.times else None
            print(format_task_table(tasks, waiting_on=True, times_at=now, slow_ns=args.slow_ms * 1_000_000))
            if args.times and tasks:
                print(format_histograms(tasks, bucket_ends))
        return 0
    if args.json:
        by_id = {t.id: t for t in tasks}
        roots, cycles, children = await_tree(tasks)

        def node(i, skip=()):
            return {**dataclasses.asdict(by_id[i]), "awaits": [node(c) for c in children[i] if c not in skip]}

        print(json.dumps({"pid": args.pid, "roots": [node(r) for r in roots],
                          "cycles": [{"tasks": c, "nodes": [node(i, set(c)) for i in c]} for c in cycles]},
                         indent=2))
    else:
        print(format_await_tree(tasks))
    return 0
