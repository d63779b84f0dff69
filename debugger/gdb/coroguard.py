"""gdb front end of the coroguard debugger commands (the logic is in ../common).

  coroguard tasks          every live task: id, state, coroutine, created at, suspended at, awaited by
  coroguard bt [ID|all]    the async backtrace of a task
  coroguard frame ID       a task's frame: its promise and the locals kept in it
and pretty-printers for coroguard::task, join_handle, queue and event_loop.

Load with `source debugger/gdb/coroguard.py`, or let gdb auto-load it from the program's
.debug_gdb_scripts section (docs/debugger.md). Works on live processes and core files.
"""
import os
import re
import shlex
import sys

import gdb

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
import coroguard_commands  # noqa: E402
from coroguard_memory import Debuggee, Memory, Registry  # noqa: E402
from coroguard_tasks import async_backtrace, backtrace_index, short_function  # noqa: E402
from gdb.FrameDecorator import FrameDecorator  # noqa: E402


class GdbDebuggee(Debuggee):
    def read(self, address, size):
        try:
            return gdb.selected_inferior().read_memory(address, size).tobytes()
        except gdb.MemoryError as e:
            raise coroguard_commands.DebuggeeError(f"coroguard: cannot read memory at 0x{address:x} ({e})")

    def global_address(self, name):
        # By symbol, not by expression: the selected frame may be in C code (libc's epoll_wait),
        # where gdb would parse `coroguard::...` as C.
        symbol = gdb.lookup_global_symbol(name) or gdb.lookup_static_symbol(name)
        if symbol is None:
            return None
        address = symbol.value().address
        return None if address is None else int(address)  # a constant the compiler kept as its value

    def global_array(self, name):
        symbol = gdb.lookup_global_symbol(name) or gdb.lookup_static_symbol(name)
        if symbol is None:
            return None
        value = symbol.value()
        low, high = value.type.strip_typedefs().range()
        return [int(value[i]) for i in range(low, high + 1)]

    def _type(self, type_name):
        try:
            return gdb.lookup_type(type_name).strip_typedefs()
        except gdb.error:
            raise KeyError(type_name) from None

    def type_of(self, type_name):
        return self._type(type_name)

    def members(self, t):
        # Static members have no position.
        return [(f.name, f.bitpos // 8, f.type.strip_typedefs() if f.is_base_class else None)
                for f in t.fields() if hasattr(f, "bitpos")]

    def type_size(self, type_name):
        return self._type(type_name).sizeof

    def line_at(self, pc):
        sal = gdb.find_pc_line(pc)
        return (sal.symtab.filename, sal.line) if sal.symtab is not None else None

    def _function(self, pc):
        block = gdb.block_for_pc(pc)
        while block is not None and block.function is None:
            block = block.superblock
        return block.function if block is not None else None

    def function_at(self, pc):
        function = self._function(pc)
        return function.print_name if function is not None else None

    def symbol_at(self, address):
        text = gdb.execute(f"info symbol {address:#x}", to_string=True)
        return None if text.startswith("No symbol") else text.split(" in section")[0]

    def event_loops(self):
        loops = []
        with _selection_kept():
            for thread in gdb.selected_inferior().threads():
                thread.switch()
                frame = gdb.newest_frame()
                while frame is not None:
                    if (frame.name() or "").startswith("coroguard::event_loop::run_until"):
                        loops.append(int(frame.read_var("this")))
                        break
                    frame = frame.older()
        return loops

    def selected_coroutine_frame(self):
        frame = gdb.selected_frame()
        while frame is not None:
            coroutine = coroutine_frame_of(frame)
            if coroutine is not None:
                return coroutine
            frame = frame.older()
        return None

    def demangle(self, symbol):
        try:
            return gdb.execute(f"demangle -l c++ -- {symbol}", to_string=True).strip()
        except gdb.error:
            return None


def coroutine_frame_of(frame):
    """The coroutine frame a stack frame runs the body of (None for other functions): GCC's
    actor gets it as the `frame_ptr` parameter, clang's resume function as `__coro_frame`."""
    for name, is_pointer in (("frame_ptr", True), ("__coro_frame", False)):
        try:
            value = frame.read_var(name)
        except (ValueError, RuntimeError):
            continue
        return int(value) if is_pointer else int(value.address)
    return None


class _selection_kept:
    """Restores the selected thread and frame after walking other threads' stacks."""

    def __enter__(self):
        self.thread, self.frame = gdb.selected_thread(), gdb.selected_frame()

    def __exit__(self, *exc):
        self.thread.switch()
        self.frame.select()


_memory = None


def memory():
    """One Memory per stop: its caches hold the program's strings and line table lookups."""
    global _memory
    if _memory is None:
        _memory = Memory(GdbDebuggee())
    return _memory


def _forget(_event):
    global _memory
    _memory = None


gdb.events.stop.connect(_forget)
gdb.events.new_objfile.connect(_forget)


def _frame_type(resume):
    """The frame's type, from the resume function's own view of it: clang's `__coro_frame`
    local, GCC's `frame_ptr` parameter (gdb cannot look their dotted type names up by name)."""
    block = gdb.block_for_pc(resume)
    for name in ("__coro_frame", "frame_ptr"):
        symbol = gdb.lookup_symbol(name, block)[0] if block is not None else None
        if symbol is not None:
            t = symbol.type.strip_typedefs()
            return t.target() if t.code == gdb.TYPE_CODE_PTR else t
    return None


def _render_frame(frame, resume):
    frame_type = _frame_type(resume)
    if frame_type is None:
        return None
    value = gdb.Value(frame).cast(frame_type.pointer()).dereference()
    return frame_type.name, [(f.name, str(value[f])) for f in frame_type.fields() if f.name]


class CoroguardCommand(gdb.Command):
    """coroguard tasks | bt [ID|all] | frame ID: coroutine tasks of a coroguard program."""

    def __init__(self):
        super().__init__("coroguard", gdb.COMMAND_STACK)

    def invoke(self, arg, from_tty):
        try:
            text = coroguard_commands.run(shlex.split(arg), memory(), _render_frame)
        except coroguard_commands.CommandError as e:
            raise gdb.GdbError(str(e))
        gdb.write(text + "\n")

    def complete(self, text, word):
        return [c for c in ("tasks", "bt", "frame") if c.startswith(text)]


def _address(value):
    return int(value.address) if value.address is not None else None


class Printer:
    def __init__(self, describe):
        self.describe = describe

    def to_string(self):
        try:
            return self.describe()
        except coroguard_commands.DebuggeeError as e:
            return f"<{e}>"


def _lookup_printer(value):
    if value.type.code in (gdb.TYPE_CODE_REF, gdb.TYPE_CODE_RVALUE_REF):
        value = value.referenced_value()
    t = value.type.strip_typedefs().unqualified()
    name = t.name or ""
    if not name.startswith("coroguard::") or "::" in name[len("coroguard::"):].rsplit(">", 1)[-1]:
        return None  # not ours, or a type nested in one of ours
    m = memory()
    if name.startswith("coroguard::task<"):
        promise = gdb.lookup_type(f"{name}::promise_type")
        return Printer(lambda: coroguard_commands.describe_task(
            m, int(value["h_"]["_M_fr_ptr"]), promise.alignof))
    if name.startswith("coroguard::join_handle<"):
        return Printer(lambda: coroguard_commands.describe_join_handle(m, int(value["state_"]["_M_ptr"])))
    if name.startswith("coroguard::queue<") and _address(value) is not None:
        return Printer(lambda: coroguard_commands.describe_queue(
            m, _address(value), name, t.template_argument(0).sizeof))
    if name == "coroguard::event_loop" and _address(value) is not None:
        return Printer(lambda: coroguard_commands.describe_loop(m, _address(value)))
    return None


def _without_parameters(name):
    """'ns::f<int>(int, char)' -> 'ns::f<int>': gdb prints the arguments after the name."""
    name = re.sub(r"(?:\s*(?:const|volatile|&&|&))+$", "", name) if name else name
    if not name or not name.endswith(")"):
        return name
    depth = 0
    for i in range(len(name) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(name[i], 0)
        if depth == 0:
            return name[:i] if i > 0 and not name[:i].endswith("operator") else name
    return name


class _StackFrame(FrameDecorator):
    """A frame on the stack, named as gdb names it without a frame filter."""

    def function(self):
        name = super().function()
        return _without_parameters(name) if isinstance(name, str) else name


class _AsyncFrame(FrameDecorator):
    """A frame of `bt` that is not on the stack: a task awaiting the coroutine above it."""

    def __init__(self, base, task):
        super().__init__(base)
        self.task = task

    def function(self):
        return f"[async] {_without_parameters(short_function(self.task.function))}"

    def address(self):
        return None

    def filename(self):
        return self.task.suspended_at.rsplit(":", 1)[0] if self.task.suspended_at else None

    def line(self):
        return int(self.task.suspended_at.rsplit(":", 1)[1]) if self.task.suspended_at else None

    def frame_args(self):
        return None

    def frame_locals(self):
        return None


class AsyncFrameFilter:
    """Plain `bt` goes on past a coroutine's frame with the tasks awaiting it, innermost first,
    as `coroguard bt` shows them (what LLVM's coroutine gdb script does for clang)."""

    def __init__(self):
        self.name = "coroguard-async-frames"
        self.priority = 100
        self.enabled = True
        gdb.frame_filters[self.name] = self

    def filter(self, frames):
        index = None
        for decorator in frames:
            decorator = _StackFrame(decorator)
            yield decorator
            try:
                coroutine = coroutine_frame_of(decorator.inferior_frame())
                if coroutine is None:
                    continue
                if index is None:
                    tasks = Registry(memory()).tasks()
                    index = ({t.frame: t for t in tasks}, tasks, backtrace_index(tasks))
                by_frame, tasks, lookup = index
                task = by_frame.get(coroutine)
                chain = async_backtrace(tasks, task.id, lookup)[1:] if task else []
            except (coroguard_commands.DebuggeeError, gdb.error):
                continue  # no registry (release build) or unreadable: the stack as gdb has it
            for awaiting, _ in chain:
                yield _AsyncFrame(decorator, awaiting)


CoroguardCommand()
AsyncFrameFilter()
gdb.pretty_printers.append(_lookup_printer)
