coroguard::task<int> this_does_not_compile(
