"""The `coroguard` commands, written once for every debugger.

A front end passes the command's words, a Memory over its Debuggee, and a `render_frame`
callback that prints a coroutine frame with the debugger's own value printer (the one thing
that is not plain memory): render_frame(frame address, resume function address)
-> (type name, [(field, text)]) or None. The result is the text to print; CommandError is a usage error.
"""
import re

from coroguard_memory import (DebuggeeError, NoRegistry, Registry, deque_size, frame_chain, frame_function, is_root,
                              job_identity, loop_jobs, record_in_promise, vector_size)
from coroguard_tasks import backtrace_index, format_backtrace, format_task_table, short_function

USAGE = """coroguard tasks           every live task: id, state, coroutine, created at, suspended at, awaited by
coroguard bt [ID|all]     async backtrace of a task (default: the running task, else the newest)
coroguard frame ID        a task's coroutine frame: its promise and the locals kept in the frame
In a release build (no registry): `tasks` lists each job of the running loops with its frames,
`bt` starts at the coroutine on the selected stack; `bt 0xFRAME` and `frame 0xFRAME` work in any build."""


class CommandError(Exception):
    pass


def run(words, memory, render_frame):
    if not words or words[0] in ("help", "-h", "--help"):
        return USAGE
    name, args = words[0], words[1:]
    try:
        if name == "tasks":
            _no_args(name, args)
            try:
                return format_task_table(Registry(memory).tasks())
            except NoRegistry:
                return _release_tasks(memory)
        if name == "bt":
            if args and args[0].lower().startswith("0x"):
                return _frame_backtrace(memory, args)
            try:
                tasks = Registry(memory).tasks()
            except NoRegistry:
                return _frame_backtrace(memory, args)
            return _backtraces(tasks, args)
        if name == "frame":
            return _frame(memory, args, render_frame)
    except DebuggeeError as e:
        raise CommandError(str(e)) from None
    raise CommandError(f"coroguard: unknown command '{name}'\n{USAGE}")


def _no_args(name, args):
    if args:
        raise CommandError(f"coroguard {name}: takes no arguments")


def _task_id(name, text):
    try:
        return int(text.lstrip("#"))
    except ValueError:
        raise CommandError(f"coroguard {name}: '{text}' is not a task id") from None


def _backtraces(tasks, args):
    if len(args) > 1:
        raise CommandError("coroguard bt: takes one task id, or 'all'")
    if args and args[0] == "all":
        # One backtrace per innermost task: one no task awaits and that joins no live job.
        jobs = {t.job for t in tasks if t.job}
        awaited = {t.awaited_by for t in tasks}
        ids = sorted(t.id for t in tasks if t.id not in awaited and t.waits_for_job not in jobs)
    elif args:
        try:
            ids = [int(args[0].lstrip("#"))]
        except ValueError:
            raise CommandError(f"coroguard bt: '{args[0]}' is not a task id (or 'all')") from None
    else:
        running = [t.id for t in tasks if t.state == "running"]
        ids = [max(running)] if running else ([max(t.id for t in tasks)] if tasks else [])
    if not ids:
        return "No live coroguard tasks."
    index = backtrace_index(tasks)
    return "\n".join(format_backtrace(tasks, i, index) for i in ids)


def _release_tasks(memory):
    loops = memory.d.event_loops()
    if not loops:
        raise CommandError("coroguard tasks: no task registry (release runtime), and no thread is "
                           "running an event loop")
    lines = []
    for loop in loops:
        jobs = loop_jobs(memory, loop)
        lines.append(f"Event loop 0x{loop:x}: {len(jobs)} job(s). Release runtime: frames found "
                     "from the loop (link coroguard::runtime_debug for ids, creation sites and lines)")
        for n, (job, parked_in, chain) in enumerate(jobs, 1):
            lines.append(f"Job {n} (0x{job:x}), " + (f"waits in {parked_in}:" if parked_in else "ready or running:"))
            lines.extend(_format_chain(chain))
    return "\n".join(lines)


def _frame_backtrace(memory, args):
    """`bt 0xFRAME` in any build, `bt` in a release build: from a frame through its awaiters."""
    if len(args) > 1:
        raise CommandError("coroguard bt: takes one frame address")
    if args:
        try:
            frame = int(args[0], 16)
        except ValueError:
            raise CommandError(f"coroguard bt: '{args[0]}' is not a frame address") from None
    else:
        frame = memory.d.selected_coroutine_frame()
        if frame is None:
            raise CommandError("coroguard bt: no task registry (release runtime) and no coroutine "
                               "on the selected stack; give a frame address (coroguard bt 0x...)")
    return "\n".join([f"Async backtrace from frame 0x{frame:x}:"] + _format_chain(frame_chain(memory, frame)))


def _format_chain(chain):
    return [f"#{depth:<3} " + ("(job root)" if is_root(function) else f"frame 0x{frame:x} {short_function(function)}")
            for depth, (frame, function) in enumerate(chain)]


# Fields of a frame that are the compiler's bookkeeping, not the user's state.
_BOOKKEEPING = {"_Coro_resume_fn", "_Coro_destroy_fn", "_Coro_self_handle", "_Coro_resume_index",
                "_Coro_frame_needs_free", "_Coro_initial_await_resume_called", "_Coro_actor_continue",
                "__resume_fn", "__destroy_fn", "__coro_index"}
_PROMISE = {"_Coro_promise", "__promise"}
# Frame slots with no variable behind them: GCC's D.n temporaries and its initial, final and
# co_await awaiters (Is, Fs, Awn); clang names such slots after their type (struct_x_3, __int_32_5).
_TEMPORARY = re.compile(r"^(D\.\d+|Is|Fs|Aw\d+)(_\d+)*$"
                        r"|^(struct|class|union)_|^(PointerType|UnknownType|__int_\d+|__float_\d+)(_\d+)?$")
# GCC suffixes a local kept in the frame with its scope numbers: h_1_2 is `h`.
_GCC_SCOPE = re.compile(r"(_\d+_\d+)$")


def _frame(memory, args, render_frame):
    if len(args) != 1:
        raise CommandError("coroguard frame: takes one task id, or a frame address (0x...)")
    if args[0].lower().startswith("0x"):  # any build: a frame by its address
        try:
            frame = int(args[0], 16)
        except ValueError:
            raise CommandError(f"coroguard frame: '{args[0]}' is not a frame address") from None
        header = f"Frame at 0x{frame:x}: {short_function(frame_function(memory, frame))}"
    else:
        task_id = _task_id("frame", args[0])
        task = next((t for t in Registry(memory).tasks() if t.id == task_id), None)
        if task is None:
            return f"No live coroguard task #{task_id}."
        frame = task.frame
        where = f"suspended at {task.suspended_at}" if task.suspended_at else task.state
        header = f"Task #{task.id} {short_function(task.function)} ({where}), frame at 0x{frame:x}"
    rendered = render_frame(frame, memory.u64(frame))
    if rendered is None:
        return header + "\n(no debug info for this frame's layout: build it with -g)"
    type_name, fields = rendered
    lines = [f"{header}, type {type_name}"]
    promise = [(n, v) for n, v in fields if n in _PROMISE]
    rest = [(n, v) for n, v in fields if n not in _PROMISE and n not in _BOOKKEEPING]
    own = [(_GCC_SCOPE.sub("", n), v) for n, v in rest if not _TEMPORARY.match(n)]
    lines.extend(f"promise = {v}" for n, v in promise)
    lines.append("locals kept in the frame:" if own else "no named locals kept in the frame")
    lines.extend(f"  {n} = {v}" for n, v in own)
    if len(rest) > len(own):
        lines.append(f"  (and {len(rest) - len(own)} compiler temporaries: awaiters, spilled values)")
    return "\n".join(lines)


# What the pretty-printers show, given where the value is (front ends find the address and the
# few type facts the layout depends on).

def describe_task(memory, frame, promise_align):
    if frame == 0:
        return "coroguard::task (empty)"
    try:
        registry = Registry(memory)
        record = record_in_promise(memory, frame, promise_align,
                                   memory.layout("coroguard::detail::promise_base", ("record_",))["record_"])
        t = registry.task_at(record)
    except DebuggeeError:  # a release build: no registry, name the coroutine from its frame
        return f"coroguard::task {short_function(frame_function(memory, frame))} (frame 0x{frame:x})"
    where = f" at {t.suspended_at}" if t.suspended_at else ""
    return f"coroguard::task #{t.id} {short_function(t.function)} ({t.state}{where})"


def describe_join_handle(memory, job):
    if job == 0:
        return "coroguard::join_handle (empty or detached)"
    done_offset = memory.layout("coroguard::detail::job", ("done_",))["done_"]
    done = "done" if memory.d.read(job + done_offset, 1) != b"\0" else "not done"
    try:
        task_id, function = job_identity(memory, job)
    except DebuggeeError:  # release build
        return f"coroguard::join_handle ({done})"
    if task_id == 0:
        return "coroguard::join_handle (spawned, not started yet)"
    name = short_function(function) if function else "?"
    return f"coroguard::join_handle of task #{task_id} {name} ({done})"


def describe_queue(memory, address, type_name, element_size):
    f = memory.layout(type_name, ("items_", "max_size_", "closed_"))
    size = deque_size(memory, address + f["items_"], element_size)
    capacity = memory.u64(address + f["max_size_"])
    closed = ", closed" if memory.d.read(address + f["closed_"], 1) != b"\0" else ""
    count = f"{size} of {capacity} item(s)" if capacity else f"{size} item(s), unbounded"
    return f"coroguard::queue ({count}{closed})"


def describe_loop(memory, address):
    f = memory.layout("coroguard::event_loop", ("ready_", "timers_", "roots_", "virtual_clock_"))
    heap = memory.layout("coroguard::detail::timer_queue", ("heap_",))["heap_"]
    next_root = memory.layout("coroguard::detail::root_promise", ("next_",))["next_"]
    ready = deque_size(memory, address + f["ready_"], 8)
    timers = vector_size(memory, address + f["timers_"] + heap, 8)
    roots, node = 0, memory.u64(address + f["roots_"])
    while node and roots < 10_000_000:
        roots += 1
        node = memory.u64(node + next_root)
    clock = ", virtual clock" if memory.d.read(address + f["virtual_clock_"], 1) != b"\0" else ""
    return f"coroguard::event_loop ({ready} ready, {timers} timer(s), {roots} job(s) running{clock})"
