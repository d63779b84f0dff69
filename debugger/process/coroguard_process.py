"""The third back end of the coroguard commands, for `coroguard ps PID` (tools/coroguard_cli/ps.py).

The process keeps running: its memory is read with process_vm_readv, never ptrace-stopped.
The symbols, types and lines come from its executable's ELF file and DWARF, which gdb reads
from the file alone (no process attached); addresses are moved by where the process loaded
the executable. Run as `gdb -batch -nx EXE -ex 'python ...main(PID, EXE, OUT)'`: it writes
{"tasks": [...]} or {"error": ..., "kind": ...} as JSON to OUT.
"""
import ctypes
import dataclasses
import errno
import json
import os
import signal
import sys
import time

_here = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [_here, os.path.join(_here, "..", "gdb"), os.path.join(_here, "..", "common")]
import coroguard as gdb_back_end  # noqa: E402  (its type, symbol and line lookups)
import elf_image  # noqa: E402
from coroguard_memory import DebuggeeError, Memory, NoRegistry, Registry, RegistryChanging  # noqa: E402


class ProcessGone(DebuggeeError):
    pass


class NoPermission(DebuggeeError):
    pass


class _iovec(ctypes.Structure):
    _fields_ = [("base", ctypes.c_void_p), ("length", ctypes.c_size_t)]


_libc = ctypes.CDLL(None, use_errno=True)
_libc.process_vm_readv.restype = ctypes.c_ssize_t
_libc.process_vm_readv.argtypes = [ctypes.c_int, ctypes.POINTER(_iovec), ctypes.c_ulong,
                                   ctypes.POINTER(_iovec), ctypes.c_ulong, ctypes.c_ulong]


def _kill_and_wait(pid):
    """Kills `pid` and waits until its memory is gone (it is a zombie or reaped)."""
    os.kill(pid, signal.SIGKILL)
    for _ in range(1000):
        try:
            with open(f"/proc/{pid}/stat") as f:
                if f.read().rsplit(")", 1)[1].split()[0] in ("Z", "X"):
                    return
        except FileNotFoundError:
            return
        time.sleep(0.01)


class ProcessDebuggee(gdb_back_end.GdbDebuggee):
    def __init__(self, pid, exe):
        self.pid = pid
        mappings = elf_image.image_mappings(pid, exe)
        start = min(s for s, _, offset in mappings if offset == 0)
        self.bias = start - elf_image.link_base(exe)
        self.image = [(s, e) for s, e, _ in mappings]
        # For tests of a process that exits mid-inspection: it is killed after this many reads.
        self.kill_after = int(os.environ.get("COROGUARD_PS_KILL_AFTER_READS", "0"))
        self.reads = 0

    def read(self, address, size):
        self.reads += 1
        if self.reads == self.kill_after:
            _kill_and_wait(self.pid)
        buffer = ctypes.create_string_buffer(size)
        local = _iovec(ctypes.cast(buffer, ctypes.c_void_p), size)
        remote = _iovec(address, size)
        done = _libc.process_vm_readv(self.pid, ctypes.byref(local), 1, ctypes.byref(remote), 1, 0)
        if done == size:
            return buffer.raw
        error = ctypes.get_errno() if done < 0 else errno.EFAULT
        if error == errno.ESRCH:
            raise ProcessGone(f"coroguard: process {self.pid} exited during the inspection")
        if error == errno.EPERM:
            raise NoPermission(f"coroguard: no permission to read the memory of process {self.pid}")
        raise DebuggeeError(f"coroguard: cannot read memory at 0x{address:x} of process {self.pid} "
                            f"({os.strerror(error)})")

    def _in_image(self, address):
        return any(s <= address < e for s, e in self.image)

    def global_address(self, name):
        address = super().global_address(name)
        return None if address is None else address + self.bias

    def line_at(self, pc):
        return super().line_at(pc - self.bias) if self._in_image(pc) else None

    def function_at(self, pc):
        return super().function_at(pc - self.bias) if self._in_image(pc) else None

    def symbol_at(self, address):
        return super().symbol_at(address - self.bias) if self._in_image(address) else None


def main(pid, exe, out):
    try:
        registry = Registry(Memory(ProcessDebuggee(pid, exe)))
        tasks = registry.snapshot()
        result = {"tasks": [dataclasses.asdict(t) for t in tasks], "bucket_ends": registry.bucket_ends()}
    except NoRegistry as e:
        result = {"error": str(e), "kind": "no-registry"}
    except (ProcessGone, NoPermission, RegistryChanging) as e:
        result = {"error": str(e), "kind": type(e).__name__}
    except (DebuggeeError, elf_image.ElfError, OSError) as e:
        result = {"error": str(e), "kind": "read"}
    with open(out, "w") as f:
        json.dump(result, f)
