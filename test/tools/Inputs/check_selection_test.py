"""coroguard_cli/tidy.py's with_coroguard_checks against test/tools/Inputs/check-selection.txt."""
import os
import sys

sys.path.insert(0, os.path.join(sys.argv[1], "tools"))
from coroguard_cli.tidy import with_coroguard_checks  # noqa: E402

rows = failed = 0
for line in open(sys.argv[2]):
    if not line.strip() or line.startswith("#"):
        continue
    project, defaults, expected = (cell.strip() for cell in line.rstrip("\n").split(" | "))
    got = with_coroguard_checks(project, defaults)
    rows += 1
    if got != expected:
        failed += 1
        print(f"'{project}': got {got}, want {expected}")
print(f"tidy.py: {rows} row(s), {failed} failed")
sys.exit(1 if failed else 0)
