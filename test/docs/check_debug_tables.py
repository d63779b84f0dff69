"""The tables of docs/debug-mode.md against the lists they document: the options table row by
row from runtime/src/debug/core/options.inc, the report kinds (first column, in order) from
runtime/include/coroguard/debug/report_kinds.inc. Prints the rows as they should read on a
difference. Usage: check_debug_tables.py SOURCE_DIR"""
import re
import sys


def macro_calls(path, macro):
    """The argument lists of every `macro(...)` in a .inc file, comments dropped."""
    text = re.sub(r"//[^\n]*", "", open(path).read())
    calls = []
    for m in re.finditer(re.escape(macro) + r"\(", text):
        depth, i = 1, m.end()
        while depth:
            depth += {"(": 1, ")": -1}.get(text[i], 0)
            i += 1
        args, current, quoted = [], "", False
        for c in text[m.end():i - 1]:
            if c == '"':
                quoted = not quoted
            if c == "," and not quoted:
                args.append(current.strip())
                current = ""
            else:
                current += c
        args.append(current.strip())
        calls.append(args)
    return calls


def c_string(arg):
    """The value of adjacent C string literals ("a" "b")."""
    return "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', arg))


def table(doc, header):
    """The rows (lists of cells) of the markdown table whose header row starts with `header`."""
    lines = doc.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(header))
    rows = []
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split(" | ")])
    return rows


def main(source):
    doc = open(f"{source}/docs/debug-mode.md").read()
    failures = 0
    options = [[f"`{a[1]}`", c_string(a[5]), c_string(a[6])]
               for a in macro_calls(f"{source}/runtime/src/debug/core/options.inc", "COROGUARD_OPTION")]
    documented = table(doc, "| option |")
    if documented != options:
        failures += 1
        print("docs/debug-mode.md: the options table differs from options.inc; it should read:")
        for row in options:
            print("| " + " | ".join(row) + " |")
    kinds = [f"`{c_string(a[1])}`" for a in macro_calls(
        f"{source}/runtime/include/coroguard/debug/report_kinds.inc", "COROGUARD_REPORT_KIND")]
    documented_kinds = [row[0] for row in table(doc, "| kind |")]
    if sorted(documented_kinds) != sorted(kinds):
        failures += 1
        print(f"docs/debug-mode.md: the kinds table lists {documented_kinds}; report_kinds.inc has {kinds}")
    print(f"{len(options)} option(s), {len(kinds)} report kind(s), {failures} table(s) differ")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
