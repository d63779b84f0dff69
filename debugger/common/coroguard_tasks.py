"""What the debugger front ends share: the task model and how a task list is printed.

The front ends (gdb/, lldb/) read the debug runtime's registry into `Task` values; everything
about presenting them lives here, once.
"""
from dataclasses import dataclass
import os
import re

# coroguard::debug::task_state, in declaration order.
STATES = ("created", "running", "suspended", "done")


@dataclass
class Task:
    id: int
    function: str          # source_location::function_name() of the coroutine
    state: str
    created_at: str        # "file:line in function", or "?"
    suspended_at: str      # "file:line", or "" when not suspended
    awaited_by: int        # id of the task awaiting this one, 0 for none
    job: int = 0           # address of the job this frame starts (its first frame), 0 for none
    waits_for_job: int = 0  # address of the job this frame joins, 0 for none
    frame: int = 0         # address of the coroutine frame
    record: int = 0        # address of its debug record


def short_function(signature):
    """'coroguard::task<int> ns::fetch(int)' -> 'ns::fetch(int)': the return type is noise here.
    Clang writes 'queue<int> &' where GCC writes 'queue<int>&': both print as GCC does."""
    signature = signature.replace(" &", "&").replace(" *", "*")
    depth, cut = 0, 0
    for i, c in enumerate(signature):
        if c in "(<":
            if c == "(" and depth == 0:
                break
            depth += 1
        elif c in ")>" and depth > 0:
            depth -= 1
        elif c == " " and depth == 0:
            cut = i + 1
    return signature[cut:]


# GCC names a coroutine body "f(_Z1fv.Frame *)" (the actor); clang "f() (.resume)", or
# "f() [clone .resume]" where the demangler is newer (LLVM 22's binaries under gdb).
_GCC_ACTOR = re.compile(r"^.*\((_Z\w+)\.Frame ?\*\)(?: \(\.actor\))?$")
_CLANG_PART = re.compile(r" (?:\(|\[clone )\.(resume|destroy|cleanup)[)\]]$")


def plain_function(name, demangle):
    """The name users wrote for a coroutine body function; `demangle` maps a mangled name."""
    m = _GCC_ACTOR.match(name)
    if m:
        return demangle(m.group(1)) or name
    return _CLANG_PART.sub("", name)


def short_path(path):
    return os.path.basename(path) if path else "?"


def format_location(path, line, function=None):
    text = f"{short_path(path)}:{line}"
    return f"{text} in {function}" if function else text


def backtrace_index(tasks):
    """What async_backtrace looks tasks up by: build it once for many backtraces."""
    return {t.id: t for t in tasks}, {t.waits_for_job: t for t in tasks if t.waits_for_job}


def async_backtrace(tasks, task_id, index=None):
    """The chain from a task to the root: each frame, then the frame awaiting it; where a chain
    reaches the first frame of a spawned job, it goes on at the frame joining that job."""
    by_id, joiners = index or backtrace_index(tasks)
    chain, seen = [], set()
    t = by_id.get(task_id)
    via = None
    while t is not None and t.id not in seen:
        seen.add(t.id)
        chain.append((t, via))
        if t.awaited_by:
            t, via = by_id.get(t.awaited_by), None
        elif t.job and t.job in joiners:
            t, via = joiners[t.job], "joins"
        else:
            t = None
    return chain


def format_backtrace(tasks, task_id, index=None):
    """`coroguard bt ID`: one line a frame, innermost first, with the line each waits at."""
    chain = async_backtrace(tasks, task_id, index)
    if not chain:
        return f"No live coroguard task #{task_id}."
    lines = [f"Async backtrace of task #{task_id}:"]
    for depth, (t, via) in enumerate(chain):
        where = f"at {t.suspended_at}" if t.suspended_at else f"({t.state})"
        joined = f" [joins task #{chain[depth - 1][0].id}]" if via else ""
        lines.append(f"#{depth:<3} task #{t.id} {short_function(t.function)} {where}{joined}")
    return "\n".join(lines)


def format_task_table(tasks):
    """The `coroguard tasks` listing, one row a task, oldest first, like `info threads`."""
    if not tasks:
        return "No live coroguard tasks."
    rows = [("Id", "State", "Coroutine", "Created at", "Suspended at", "Awaited by")]
    for t in sorted(tasks, key=lambda t: t.id):
        rows.append((str(t.id), t.state, short_function(t.function), t.created_at,
                     t.suspended_at or "-", str(t.awaited_by) if t.awaited_by else "-"))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip() for r in rows]
    lines.append(f"{len(tasks)} live task(s)")
    return "\n".join(lines)
