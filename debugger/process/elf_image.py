"""What `coroguard ps` needs of an ELF executable without a debugger: whether it has symbols and
debug info, and where it was linked to load (to relocate a PIE's addresses into the process)."""
import os
import struct

PT_LOAD = 1


class ElfError(Exception):
    pass


def _header(f):
    ident = f.read(64)
    if len(ident) < 64 or ident[:4] != b"\x7fELF":
        raise ElfError("not an ELF file")
    if ident[4] != 2 or ident[5] != 1:
        raise ElfError("not a 64-bit little-endian ELF file")
    (phoff, shoff) = struct.unpack_from("<QQ", ident, 32)
    (phentsize, phnum, shentsize, shnum, shstrndx) = struct.unpack_from("<HHHHH", ident, 54)
    return phoff, phentsize, phnum, shoff, shentsize, shnum, shstrndx


def section_names(path):
    """The names of the file's sections ('.symtab', '.debug_info', ...)."""
    with open(path, "rb") as f:
        _, _, _, shoff, shentsize, shnum, shstrndx = _header(f)
        if shoff == 0 or shstrndx >= shnum:
            return set()
        f.seek(shoff)
        table = f.read(shentsize * shnum)
        sections = [struct.unpack_from("<IIQQQQ", table, i * shentsize) for i in range(shnum)]
        _, _, _, _, strings_offset, strings_size = sections[shstrndx]
        f.seek(strings_offset)
        strings = f.read(strings_size)
        return {strings[s[0]:strings.index(b"\0", s[0])].decode("ascii", "replace") for s in sections}


def link_base(path):
    """The lowest address a PT_LOAD segment asks for (0 for a position-independent executable)."""
    with open(path, "rb") as f:
        phoff, phentsize, phnum, *_ = _header(f)
        f.seek(phoff)
        table = f.read(phentsize * phnum)
    loads = [struct.unpack_from("<IIQQ", table, i * phentsize) for i in range(phnum)]
    addresses = [vaddr - offset for kind, _, offset, vaddr in loads if kind == PT_LOAD]
    if not addresses:
        raise ElfError("no loadable segment")
    return min(addresses)


def separate_debug_file(path):
    """The debug file Debian's -dbgsym packages install for it (by build id), or None."""
    with open(path, "rb") as f:
        data = f.read(1 << 16)  # the note is among the first sections
    # The build id note: namesz 4, descsz, type 3 (NT_GNU_BUILD_ID), "GNU\0", the id.
    at = data.find(b"\x04\x00\x00\x00\x14\x00\x00\x00\x03\x00\x00\x00GNU\x00")
    if at < 0:
        return None
    build_id = data[at + 16:at + 36].hex()
    candidate = f"/usr/lib/debug/.build-id/{build_id[:2]}/{build_id[2:]}.debug"
    return candidate if os.path.exists(candidate) else None


def image_mappings(pid, exe):
    """[(start, end, file offset)] of the executable's mappings in the process, by inode (so a
    rebuilt or deleted file still matches what the process runs)."""
    target = os.stat(exe)
    found = []
    with open(f"/proc/{pid}/maps") as maps:
        for line in maps:
            parts = line.split()
            if len(parts) < 6 or int(parts[4]) != target.st_ino:
                continue
            start, end = (int(x, 16) for x in parts[0].split("-"))
            found.append((start, end, int(parts[2], 16)))
    if not any(offset == 0 for _, _, offset in found):
        raise ElfError("the executable is not mapped in the process")
    return found
