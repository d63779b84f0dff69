#!/bin/sh
# A clang-tidy that crashes the way LLVM's do: a finding, then the stack dump, then SIGSEGV.
echo "$1:3:1: warning: something [coroguard-unawaited-task]"
cat >&2 <<'DUMP'
PLEASE submit a bug report to https://github.com/llvm/llvm-project/issues/ and include the crash backtrace.
Stack dump:
0.	Program arguments: clang-tidy x.cpp
1.	<eof> parser at end of file
2.	ASTMatcher: Processing 'coroguard-unbounded-spawn' against:
	CXXMethodDecl : <x.cpp:1:1>
 #0 0x00007f0000000000 llvm::sys::PrintStackTrace(llvm::raw_ostream&, int)
DUMP
kill -SEGV $$
