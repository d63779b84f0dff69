"""The `coroguard` command line: lint (the checks over a build) and demo (the bundled examples)."""
