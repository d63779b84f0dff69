#!/usr/bin/env python3
"""The real-code suite: `coroguard lint`, every check (opt-in ones too), over coroutine code
nobody here wrote, installed from Debian packages (scripts/bootstrap), compared with
expected.txt.

  realcode.py --coroguard BIN/coroguard --expected expected.txt --out DIR [--write]

Each corpus gets its own compile_commands.json under DIR. The suite fails on a finding that
expected.txt does not list, on a listed one that is gone, and on any TU the checks could not
analyse (a crash is reported by `coroguard lint` as an error). --write prints the findings in
expected.txt's format (every one to be read and given a verdict by hand before it is listed).
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

BOOST_EXAMPLES = "/usr/share/doc/libboost1.81-doc/examples/libs"
ASIO_EXAMPLES = "/usr/share/doc/libasio-dev/examples"
QCORO_HEADERS = "/usr/include/qcoro6/qcoro"
QT = "/usr/include/x86_64-linux-gnu/qt6"
EVERY_CHECK = "-*,coroguard-*"


def qcoro_unit(out):
    """One TU including every public QCoro header whose Qt module is installed: QCoro's own
    templates (Task, the awaitable wrappers, generators) are analysed as user code."""
    headers = sorted(h for h in glob.glob(os.path.join(QCORO_HEADERS, "*.h"))
                     if not h.endswith(("_p.h", "_export.h")) and not re.search(r"qml|quick|websocket|image", h))
    directory = os.path.join(out, "qcoro")
    os.makedirs(directory, exist_ok=True)
    path = os.path.join(directory, "qcoro_all.cpp")
    with open(path, "w") as f:
        f.write("".join(f'#include "{os.path.basename(h)}"\n' for h in headers))
    # clang-tidy reports what is in headers only when asked: QCoro's headers are the code here.
    with open(os.path.join(directory, ".clang-tidy"), "w") as f:
        f.write("HeaderFilterRegex: '/usr/include/qcoro6/.*'\n")
    return [path]


QCORO_EXAMPLES = "/usr/share/doc/qcoro-doc/examples"


def qcoro_examples(out):
    """QCoro's examples (qcoro-doc) as its users build them: moc's output and QCoro's source-tree
    include paths are what their CMake provides. The .moc files moc would generate are empty
    here (they hold meta-object tables, no coroutine code), and `qcoro/<module>/x.h` forwards to
    the installed header."""
    sources = sorted(glob.glob(f"{QCORO_EXAMPLES}/**/*.cpp", recursive=True))
    generated = os.path.join(out, "qcoro-examples", "generated")
    os.makedirs(generated, exist_ok=True)
    for src in sources:
        for include in re.findall(r'#include\s+[<"]([^>"]+)[>"]', open(src, errors="replace").read()):
            target = os.path.join(generated, include)
            if include.endswith(".moc"):
                open(target, "w").close()
            elif include.startswith("qcoro/") and include.count("/") == 2:
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(target, "w") as f:
                    f.write(f"#include <{os.path.basename(include)}>\n")
    return sources


def header_units(out):
    """The no-crash sweep: every header of Boost.Asio, Beast and standalone Asio in one TU each,
    analysed with system headers on (their templates, the awaitable machinery, the operators)."""
    directory = os.path.join(out, "headers")
    os.makedirs(directory, exist_ok=True)
    units = {"boost_all.cpp": ["boost/asio.hpp", "boost/asio/experimental/awaitable_operators.hpp",
                               "boost/asio/experimental/channel.hpp", "boost/beast.hpp"],
             "asio_all.cpp": ["asio.hpp", "asio/experimental/awaitable_operators.hpp",
                              "asio/experimental/as_tuple.hpp", "asio/experimental/channel.hpp"]}
    for name, headers in units.items():
        with open(os.path.join(directory, name), "w") as f:
            f.write("".join(f"#include <{h}>\n" for h in headers))
    with open(os.path.join(directory, ".clang-tidy"), "w") as f:
        f.write("SystemHeaders: true\nHeaderFilterRegex: '.*'\n")
    return [os.path.join(directory, name) for name in sorted(units)]


# name: (package, how to find its TUs, compiler flags)
CORPORA = {
    "boost-asio": ("libboost1.81-doc", lambda out: sorted(
        glob.glob(f"{BOOST_EXAMPLES}/asio/example/cpp20/**/*.cpp", recursive=True)
        + glob.glob(f"{BOOST_EXAMPLES}/asio/example/cpp17/coroutines_ts/*.cpp")), ["-std=c++20"]),
    "boost-beast": ("libboost1.81-doc", lambda out: sorted(
        f for f in glob.glob(f"{BOOST_EXAMPLES}/beast/example/**/*.cpp", recursive=True) if "awaitable" in f),
        # advanced_server_flex_awaitable.cpp uses std::list without including <list>.
        ["-std=c++20", f"-I{BOOST_EXAMPLES}/beast", "-include", "list"]),
    # Asio 1.22 turns its coroutines on for clang only when clang says __cpp_coroutines (clang 19
    # does not): its users define the macros themselves.
    "asio": ("libasio-doc", lambda out: sorted(glob.glob(f"{ASIO_EXAMPLES}/cpp17/coroutines_ts/*.cpp")),
             ["-std=c++20", "-DASIO_HAS_CO_AWAIT=1", "-DASIO_HAS_STD_COROUTINE=1"]),
    "qcoro": ("qcoro-qt6-dev", qcoro_unit,
              ["-std=c++20", "-fPIC", f"-I{QCORO_HEADERS}", "-I/usr/include/qcoro6", f"-I{QT}",
               *(f"-I{QT}/{m}" for m in ("QtCore", "QtNetwork", "QtDBus", "QtConcurrent", "QtGui"))]),
    "qcoro-examples": ("qcoro-doc", qcoro_examples,
                       ["-std=c++20", "-fPIC", "-I/usr/include/qcoro6/QCoro", f"-I{QCORO_HEADERS}",
                        "-I/usr/include/qcoro6", f"-I{QT}", f"-I{QCORO_EXAMPLES}/dbus",
                        "-I{out}/qcoro-examples/generated",
                        *(f"-I{QT}/{m}"
                          for m in ("QtCore", "QtNetwork", "QtDBus", "QtConcurrent", "QtGui", "QtWidgets"))]),
    "headers": ("libboost1.81-dev", header_units,
                ["-std=c++20", "-DASIO_HAS_CO_AWAIT=1", "-DASIO_HAS_STD_COROUTINE=1"]),
}
PREFIXES = [(f"{BOOST_EXAMPLES}/asio/example/", "boost-asio/"), (f"{BOOST_EXAMPLES}/beast/example/", "boost-beast/"),
            (f"{ASIO_EXAMPLES}/", "asio/"), (f"{QCORO_EXAMPLES}/", "qcoro-examples/"),
            ("/usr/include/qcoro6/", "qcoro/"), ("/usr/include/", "system/")]


def short(path):
    for prefix, name in PREFIXES:
        if path.startswith(prefix):
            return name + path[len(prefix):]
    return path


def lint(coroguard, out, name, files, flags):
    directory = os.path.join(out, name)
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, "compile_commands.json"), "w") as f:
        json.dump([{"directory": directory, "file": src, "arguments": ["g++-12", *flags, "-c", src]}
                   for src in files], f, indent=1)
    proc = subprocess.run([coroguard, "lint", "-q", "-p", directory, f"--checks={EVERY_CHECK}", "--format", "json",
                           "--fail-on", "never"], capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"realcode: coroguard lint failed on {name} (exit {proc.returncode}):\n{proc.stderr}")
    report = json.loads(proc.stdout)
    return report["files"], report["findings"], report.get("errors", [])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--coroguard", required=True)
    parser.add_argument("--expected", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--only", action="append", choices=sorted(CORPORA),
                        help="lint only this corpus (repeatable); the listing is then checked for it only")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    found, errors, units, lines = {}, [], 0, 0
    corpora = {n: c for n, c in CORPORA.items() if not args.only or n in args.only}
    for name, (package, sources, flags) in corpora.items():
        files = sources(args.out)
        flags = [f.replace("{out}", args.out) for f in flags]
        if not files:
            sys.exit(f"realcode: no sources for {name}: install Debian's {package} (scripts/bootstrap does)")
        analysed, findings, failed = lint(args.coroguard, args.out, name, files, flags)
        units += len(analysed)
        lines += sum(sum(1 for _ in open(f, errors="replace")) for f in analysed)
        errors += [f"{short(e['file'])}: {e['message'].strip()}" for e in failed]
        for d in findings:
            found[f"{short(d['file'])}:{d['line']}: {d['check']}"] = d["message"]

    if args.write:
        for key, message in sorted(found.items()):
            print(f"{key} | VERDICT  ({message})")
        return 0

    expected = {}
    with open(args.expected, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                key, _, verdict = line.partition(" | ")
                if not args.only or key.split("/", 1)[0] in args.only:
                    expected[key.strip()] = verdict.strip()
    new = sorted(set(found) - set(expected))
    gone = sorted(set(expected) - set(found))
    for e in errors:
        print(f"realcode: ERROR (crash or parse failure): {e}")
    for key in new:
        print(f"realcode: NEW finding, not in expected.txt: {key}  ({found[key]})")
    for key in gone:
        print(f"realcode: GONE, listed in expected.txt but not found: {key} | {expected[key]}")
    real = sum(1 for k in found if expected.get(k, "").startswith("real bug"))
    false = sum(1 for k in found if expected.get(k, "").startswith("false positive"))
    print(f"realcode: {units} TU(s), {lines} lines (main files), {len(found)} finding(s): {real} real bug(s), "
          f"{len(found) - real - false} hazard(s) by design, {false} false positive(s) "
          f"({false * 10000 / max(lines, 1):.1f} per 10 kLOC), {len(errors)} error(s)")
    return 1 if new or gone or errors else 0


if __name__ == "__main__":
    sys.exit(main())
