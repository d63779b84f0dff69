"""Compiles every code block of the docs as the docs show it: C++ (```cpp) with the compiler,
Python (```python) with Python's compiler, JSON (```json) with a parser.

usage: check_snippets.py CXX INCLUDE_DIR MARKDOWN...
A block is compiled as it stands when it has an #include (a whole program); otherwise after
snippet_context.hpp, which declares what the snippets use without declaring it. A block
preceded by `<!-- compile: body -->` is a coroutine's statements: it is compiled inside
`coroguard::task<int> snippet(int id, std::string greeting) { int total = 0; ... co_return total; }`.
Prints one line per block and exits 1 when any fails to compile.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
BLOCK = re.compile(r"^```(cpp|c\+\+|python|json)\n(.*?)^```$", re.M | re.S)
MODE = re.compile(r"<!-- compile: (\w+) -->\s*$")


def blocks(path):
    text = open(path).read()
    for m in BLOCK.finditer(text):
        before = text[:m.start()].rstrip("\n").rsplit("\n", 1)[-1]
        mode = MODE.search(before)
        line = text.count("\n", 0, m.start()) + 2
        language, code = m.group(1), m.group(2)
        if language in ("python", "json"):
            yield line, code, language
        else:
            yield line, code, mode.group(1) if mode else ("program" if "#include" in code else "file")


def source(code, mode):
    """The translation unit for a block; all but whole programs get the context by -include."""
    if mode in ("program", "file"):
        return code
    if mode == "body":
        return ("coroguard::task<int> snippet(int id, std::string greeting) {\n  int total = 0;\n" + code +
                "  co_return total;\n}\n")
    raise ValueError(f"unknown compile mode '{mode}' (file, body, program)")


def check_other(code, language, where):
    """None when a Python or JSON block is valid, else what is wrong."""
    try:
        if language == "python":
            compile(code, where, "exec")
        else:
            json.loads(code)
    except (SyntaxError, ValueError) as e:
        return f"invalid {language}: {e}"
    return None


def main():
    cxx, include, docs = sys.argv[1], sys.argv[2], sys.argv[3:]
    failed = total = 0
    flags = ["-std=c++20", "-Wno-unused-result", "-Wno-unused-variable", "-I", include]
    with tempfile.TemporaryDirectory() as tmp:
        # The context, precompiled once: GCC finds context.hpp.gch and clang context.hpp.pch
        # next to the header it is told to -include.
        context = os.path.join(tmp, "context.hpp")
        shutil.copy(os.path.join(HERE, "snippet_context.hpp"), context)
        pch = context + (".pch" if "clang" in os.path.basename(cxx) else ".gch")
        subprocess.run([cxx, *flags, "-x", "c++-header", context, "-o", pch], check=True)
        for doc in docs:
            for line, code, mode in blocks(doc):
                total += 1
                where = f"{os.path.relpath(doc)}:{line}"
                if mode in ("python", "json"):
                    problem = check_other(code, mode, where)
                    print(f"{where}: error: {problem}" if problem else f"{where}: compiles ({mode})")
                    failed += bool(problem)
                    continue
                try:
                    text = source(code, mode)
                except ValueError as e:
                    print(f"{where}: error: {e}")
                    failed += 1
                    continue
                path = os.path.join(tmp, f"snippet{total}.cpp")
                with open(path, "w") as f:
                    f.write(text)
                with_context = [] if mode == "program" else ["-include", context]
                result = subprocess.run([cxx, *flags, "-fsyntax-only", *with_context, path],
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
