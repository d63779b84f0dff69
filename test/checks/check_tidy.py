#!/usr/bin/env python3
"""Runs one check over a lit test file and FileChecks what it says and what its fix-its write.

  check_tidy.py --tidy TIDY [--suffix S[,S…]] [--config YAML] FILE CHECKS TMP [-- COMPILER_ARGS]

The test file carries its expectations next to the code:
  // CHECK-MESSAGES[-S]: :[[@LINE-1]]:3: warning: ...    what the check must print
  // CHECK-FIXES[-S]: co_await fetch();                   a line the fixed file must contain
--suffix picks the prefixes of this run; an empty item means the plain ones, so `--suffix=,OPT`
checks the plain expectations and the OPT ones together.
Any warning or error not expected by a CHECK-MESSAGES line fails the test, so negative cases
are simply code with no expectation. The file is analysed with its CHECK lines blanked out, so
the fixed copy can be checked without matching the expectations themselves.
"""
import argparse
import os
import re
import subprocess
import sys

CHECK_COMMENT = re.compile(r"//\s*CHECK-[A-Z0-9-]*:[^\r\n]*")


def present(prefixes, text):
    return [p for p in prefixes if re.search(re.escape(p) + r":", text)]


def filecheck(input_text, check_file, prefixes, extra=()):
    proc = subprocess.run(["FileCheck", check_file, f"--check-prefixes={','.join(prefixes)}",
                           "--dump-input=fail", *extra],
                          input=input_text, text=True, capture_output=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
    return proc.returncode == 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tidy", required=True)
    parser.add_argument("--suffix", default="", help="comma-separated; empty item = no suffix")
    parser.add_argument("--config", default=None, help="clang-tidy --config text (CheckOptions)")
    parser.add_argument("file")
    parser.add_argument("checks")
    parser.add_argument("tmp")
    argv = sys.argv[1:]
    compiler_args = []
    if "--" in argv:
        i = argv.index("--")
        argv, compiler_args = argv[:i], argv[i + 1:]
    args = parser.parse_args(argv)
    suffixes = [f"-{s}" if s else "" for s in args.suffix.split(",")]
    messages_prefixes = [f"CHECK-MESSAGES{s}" for s in suffixes]
    fixes_prefixes = [f"CHECK-FIXES{s}" for s in suffixes]

    with open(args.file, encoding="utf-8") as f:
        original = f.read()
    tmp = args.tmp + ".cpp"
    os.makedirs(os.path.dirname(os.path.abspath(tmp)), exist_ok=True)
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(CHECK_COMMENT.sub("//", original))

    cmd = [args.tidy, tmp, "-fix", f"-checks=-*,{args.checks}", "--quiet"]
    if args.config:
        cmd.append(f"--config={args.config}")
    cmd += ["--", *compiler_args]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    output = proc.stdout
    print(" ".join(cmd))
    print(output)
    if proc.returncode != 0:
        sys.stderr.write(f"check_tidy: {args.tidy} exited with {proc.returncode}:\n{proc.stderr}")
        return 1

    ok = True
    messages = present(messages_prefixes, original)
    # Without expectations, the run must print nothing at all.
    implicit = ["--implicit-check-not={{warning|error}}:"]
    if messages:
        ok &= filecheck(output, args.file, messages, implicit)
    elif re.search(r"(warning|error):", output):
        sys.stderr.write(f"check_tidy: unexpected diagnostics (no {'/'.join(messages_prefixes)} lines):\n{output}")
        ok = False
    fixes = present(fixes_prefixes, original)
    if fixes:
        with open(tmp, encoding="utf-8") as f:
            fixed = f.read()
        ok &= filecheck(fixed, args.file, fixes)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
