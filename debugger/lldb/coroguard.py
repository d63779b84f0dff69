"""lldb front end of the coroguard debugger commands (the logic is in ../common).

  coroguard tasks          every live task: id, state, coroutine, created at, suspended at, awaited by
  coroguard bt [ID|all]    the async backtrace of a task
  coroguard frame ID       a task's frame: its promise and the locals kept in it
and summaries for coroguard::task, join_handle, queue and event_loop.

Load with `command script import debugger/lldb/coroguard.py` (docs/debugger.md has a
~/.lldbinit line). Works on live processes and core files.
"""
import os
import shlex
import sys

import lldb

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
import coroguard_commands  # noqa: E402
from coroguard_memory import Debuggee, DebuggeeError, Memory, frame_type_names  # noqa: E402


class LldbDebuggee(Debuggee):
    def __init__(self, target):
        self.target = target

    def read(self, address, size):
        error = lldb.SBError()
        data = self.target.GetProcess().ReadMemory(address, size, error)
        if not error.Success():
            # A core file leaves out the program's read-only segments (string literals): read
            # them from the executable, as gdb does by itself.
            error = lldb.SBError()
            data = self.target.ReadMemory(self.target.ResolveLoadAddress(address), size, error)
        if not error.Success() or data is None:
            raise DebuggeeError(f"coroguard: cannot read memory at 0x{address:x} ({error.GetCString()})")
        return data

    def global_address(self, name):
        value = self.target.FindFirstGlobalVariable(name)
        if not value.IsValid():
            return None
        address = value.GetLoadAddress()
        return None if address == lldb.LLDB_INVALID_ADDRESS else address

    def _type(self, type_name):
        t = self.target.FindFirstType(type_name)
        if not t.IsValid() or t.GetByteSize() == 0:
            raise KeyError(type_name)
        return t.GetCanonicalType()

    def type_of(self, type_name):
        return self._type(type_name)

    def members(self, t):
        fields = [t.GetFieldAtIndex(i) for i in range(t.GetNumberOfFields())]
        bases = [t.GetDirectBaseClassAtIndex(i) for i in range(t.GetNumberOfDirectBaseClasses())]
        return ([(f.GetName(), f.GetOffsetInBytes(), None) for f in fields] +
                [(b.GetName(), b.GetOffsetInBytes(), b.GetType().GetCanonicalType()) for b in bases])

    def type_size(self, type_name):
        return self._type(type_name).GetByteSize()

    def line_at(self, pc):
        entry = self.target.ResolveLoadAddress(pc).GetLineEntry()
        if not entry.IsValid() or entry.GetLine() == 0:
            return None
        return entry.GetFileSpec().GetFilename(), entry.GetLine()

    def function_at(self, pc):
        function = self.target.ResolveLoadAddress(pc).GetFunction()
        if not function.IsValid():
            return None
        name = function.GetName() or ""
        # lldb names GCC's coroutine actors with a leading '::', and unmangled functions (main)
        # without their parameters: print both as gdb does.
        name = name[2:] if name.startswith("::") else name
        if "(" not in name:
            types = function.GetType().GetFunctionArgumentTypes()
            params = ", ".join(types.GetTypeAtIndex(i).GetName() for i in range(types.GetSize()))
            name = f"{name}({params})".replace(" *", "*").replace(" &", "&")
        return name

    def demangle(self, symbol):
        symbols = self.target.FindSymbols(symbol)
        for i in range(symbols.GetSize()):
            name = symbols.GetContextAtIndex(i).GetSymbol().GetName()
            if name:
                return name
        return None

    def symbol_at(self, address):
        symbol = self.target.ResolveLoadAddress(address).GetSymbol()
        return symbol.GetName() if symbol.IsValid() else None

    def event_loops(self):
        loops = []
        for thread in self.target.GetProcess():
            for frame in thread:
                if (frame.GetFunctionName() or "").startswith("coroguard::event_loop::run_until"):
                    loops.append(frame.FindVariable("this").GetValueAsUnsigned())
                    break
        return loops

    def selected_coroutine_frame(self):
        thread = self.target.GetProcess().GetSelectedThread()
        first = thread.GetSelectedFrame().GetFrameID()
        for i in range(first, thread.GetNumFrames()):
            frame = thread.GetFrameAtIndex(i)
            pointer = frame.FindVariable("frame_ptr")  # GCC's coroutine body
            if pointer.IsValid():
                return pointer.GetValueAsUnsigned()
            value = frame.FindVariable("__coro_frame")  # clang's
            if value.IsValid():
                return value.GetLoadAddress()
        return None

    def resume_function_names(self, pc):
        address = self.target.ResolveLoadAddress(pc)
        return [address.GetSymbol().GetMangledName(), address.GetFunction().GetMangledName(),
                address.GetFunction().GetName()]


_memories = {}


def memory(target):
    """One Memory per target and stop: its caches hold strings and line table lookups."""
    process = target.GetProcess()
    key = (target.GetExecutable().fullpath, process.GetProcessID(), process.GetStopID())
    if key not in _memories:
        _memories.clear()
        _memories[key] = Memory(LldbDebuggee(target))
    return _memories[key]


def _render(value, depth=0):
    summary, plain = value.GetSummary(), value.GetValue()
    if summary and plain:
        return f"{plain} {summary}"
    if summary or plain:
        return summary or plain
    if depth >= 4:
        return "{...}"
    children = [value.GetChildAtIndex(i) for i in range(value.GetNumChildren())]
    return "{" + ", ".join(f"{c.GetName()} = {_render(c, depth + 1)}" for c in children) + "}"


def _render_frame(target, frame, resume):
    names = LldbDebuggee(target).resume_function_names(resume)
    for type_name in frame_type_names(names):
        t = target.FindFirstType(type_name)
        if not t.IsValid() or t.GetByteSize() == 0:
            continue
        value = target.CreateValueFromAddress("frame", lldb.SBAddress(frame, target), t)
        fields = [value.GetChildAtIndex(i) for i in range(value.GetNumChildren())]
        return type_name, [(f.GetName(), _render(f)) for f in fields if f.GetName()]
    return None


def coroguard_command(debugger, command, result, internal_dict):
    target = debugger.GetSelectedTarget()
    if not target.IsValid() or not target.GetProcess().IsValid():
        result.SetError("coroguard: no process (run the program or load a core file first)")
        return
    try:
        text = coroguard_commands.run(shlex.split(command), memory(target),
                                      lambda frame, resume: _render_frame(target, frame, resume))
    except coroguard_commands.CommandError as e:
        result.SetError(str(e))
        return
    result.PutCString(text)


def _guarded(describe):
    try:
        return describe()
    except DebuggeeError as e:
        return f"<{e}>"


def _address(valobj):
    if valobj.GetType().IsReferenceType():
        valobj = valobj.Dereference()
    address = valobj.GetLoadAddress()
    return None if address == lldb.LLDB_INVALID_ADDRESS else address


def task_summary(valobj, internal_dict):
    target = valobj.GetTarget()
    raw = valobj.GetNonSyntheticValue()
    frame = raw.GetChildMemberWithName("h_").GetChildMemberWithName("_M_fr_ptr").GetValueAsUnsigned()
    promise = target.FindFirstType(raw.GetType().GetCanonicalType().GetName() + "::promise_type")
    align = promise.GetByteAlign() if promise.IsValid() else 8
    return _guarded(lambda: coroguard_commands.describe_task(memory(target), frame, align))


def join_handle_summary(valobj, internal_dict):
    state = valobj.GetNonSyntheticValue().GetChildMemberWithName("state_").GetNonSyntheticValue()
    job = state.GetChildMemberWithName("_M_ptr").GetValueAsUnsigned()
    return _guarded(lambda: coroguard_commands.describe_join_handle(memory(valobj.GetTarget()), job))


def queue_summary(valobj, internal_dict):
    t = valobj.GetType().GetCanonicalType().GetDereferencedType() if valobj.GetType().IsReferenceType() \
        else valobj.GetType().GetCanonicalType()
    address = _address(valobj)
    if address is None:
        return None
    element = t.GetTemplateArgumentType(0).GetByteSize()
    return _guarded(lambda: coroguard_commands.describe_queue(memory(valobj.GetTarget()), address,
                                                              t.GetName(), element))


def loop_summary(valobj, internal_dict):
    address = _address(valobj)
    if address is None:
        return None
    return _guarded(lambda: coroguard_commands.describe_loop(memory(valobj.GetTarget()), address))


def __lldb_init_module(debugger, internal_dict):
    module = __name__
    debugger.HandleCommand(f"command script add -o -h 'coroguard tasks | bt [ID|all] | frame ID' "
                           f"-f {module}.coroguard_command coroguard")
    for pattern, function in (("^coroguard::task<.+>$", "task_summary"),
                              ("^coroguard::join_handle<.+>$", "join_handle_summary"),
                              ("^coroguard::queue<.+>$", "queue_summary"),
                              ("^coroguard::event_loop$", "loop_summary")):
        debugger.HandleCommand(f"type summary add -w coroguard -x '{pattern}' -F {module}.{function}")
    debugger.HandleCommand("type category enable coroguard")
