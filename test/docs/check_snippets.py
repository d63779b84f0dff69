"""Compiles every C++ code block of the docs (```cpp), as the docs show it.

usage: check_snippets.py CXX INCLUDE_DIR MARKDOWN...
A block is compiled as it stands when it has an #include (a whole program); otherwise after
snippet_context.hpp, which declares what the snippets use without declaring it. A block
preceded by `<!-- compile: body -->` is a coroutine's statements: it is compiled inside
`coroguard::task<int> snippet(int id) { int total = 0; ... co_return total; }`.
Prints one line per block and exits 1 when any fails to compile.
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
BLOCK = re.compile(r"^```(?:cpp|c\+\+)\n(.*?)^```$", re.M | re.S)
MODE = re.compile(r"<!-- compile: (\w+) -->\s*$")


def blocks(path):
    text = open(path).read()
    for m in BLOCK.finditer(text):
        before = text[:m.start()].rstrip("\n").rsplit("\n", 1)[-1]
        mode = MODE.search(before)
        line = text.count("\n", 0, m.start()) + 2
        yield line, m.group(1), mode.group(1) if mode else ("program" if "#include" in m.group(1) else "file")


def source(code, mode):
    if mode == "program":
        return code
    head = f'#include "{os.path.join(HERE, "snippet_context.hpp")}"\n'
    if mode == "file":
        return head + code
    if mode == "body":
        return head + "coroguard::task<int> snippet(int id) {\n  int total = 0;\n" + code + "  co_return total;\n}\n"
    raise ValueError(f"unknown compile mode '{mode}' (file, body, program)")


def main():
    cxx, include, docs = sys.argv[1], sys.argv[2], sys.argv[3:]
    failed = total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for doc in docs:
            for line, code, mode in blocks(doc):
                total += 1
                where = f"{os.path.relpath(doc)}:{line}"
                try:
                    text = source(code, mode)
                except ValueError as e:
                    print(f"{where}: error: {e}")
                    failed += 1
                    continue
                path = os.path.join(tmp, f"snippet{total}.cpp")
                with open(path, "w") as f:
                    f.write(text)
                result = subprocess.run([cxx, "-std=c++20", "-fsyntax-only", "-Wno-unused-result",
                                         "-Wno-unused-variable", "-I", include, path],
                                        capture_output=True, text=True)
                if result.returncode == 0:
                    print(f"{where}: compiles ({mode})")
                else:
                    failed += 1
                    print(f"{where}: error: does not compile ({mode}):\n{result.stderr}")
    print(f"{total} snippet(s), {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
