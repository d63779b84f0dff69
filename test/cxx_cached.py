#!/usr/bin/env python3
"""Builds a test program as `CXX ARGS...` would, in one compile-and-link command, but through
ccache when it is installed: ccache does not cache a command that also links, so each source is
compiled alone (`-c`, cached) and the objects are linked with the original arguments, in their
places. The lit suites build dozens of programs against the runtime's headers; unchanged ones
then cost a link, not a compile. Usage: cxx_cached.py CXX ARGS..."""
import os
import shutil
import subprocess
import sys

SOURCE_SUFFIXES = (".cpp", ".cc", ".cxx", ".c")


def is_link_only(arg):
    return arg.startswith(("-Wl,", "-l")) or arg.endswith((".a", ".so", ".o"))


def main(argv):
    cxx, args = argv[0], argv[1:]
    ccache = shutil.which("ccache")
    sources = [a for a in args if a.endswith(SOURCE_SUFFIXES) and os.path.isfile(a)]
    if not ccache or "-o" not in args or not sources or "-c" in args or "-x" in args:
        return subprocess.call([cxx, *args])
    out = args[args.index("-o") + 1]
    compile_flags, skip = [], False
    for a in args:
        if skip:
            skip = False
        elif a == "-o":
            skip = True
        elif a not in sources and not is_link_only(a):
            compile_flags.append(a)
    objects = {}
    for i, source in enumerate(sources):
        objects[source] = f"{out}.{i}.o"
        status = subprocess.call([ccache, cxx, *compile_flags, "-c", source, "-o", objects[source]])
        if status != 0:
            return status
    status = subprocess.call([cxx, *[objects.get(a, a) for a in args]])
    for obj in objects.values():
        os.remove(obj)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
