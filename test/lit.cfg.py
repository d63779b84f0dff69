# lit configuration for every coroguard suite (checks/, debug/, debugger/, tools/).
import os
import shlex

import lit.formats

site = {}
site_path = lit_config.params.get("site_config")
if not site_path:
    lit_config.fatal("run through ctest, or pass --param site_config=BUILD/test/lit.site.cfg.py")
with open(site_path) as f:
    exec(f.read(), site)

config.name = "coroguard"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".cpp", ".test"]
config.excludes = ["Inputs", "cxx_cached.py", "check_tidy.py", "no_crash.py", "check_sarif.py", "check_report_json.py",
                   "check_trace.py", "make_core.py", "check_snippets.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(site["build_dir"], "test", "lit-output")

src, build = site["source_dir"], site["build_dir"]
config.coroguard_site = site  # for the suites' lit.local.cfg
config.environment["PATH"] = os.pathsep.join([site["llvm_tools_dir"],
                                              config.environment.get("PATH", os.environ["PATH"])])
# Reports must not depend on the developer's options.
config.environment.pop("COROGUARD_OPTIONS", None)

# Test programs compile through ccache (cxx_cached.py), which needs its settings: all of them
# (a read-only cache needs CCACHE_READONLY and CCACHE_TEMPDIR, as in scripts/fresh-check).
for var, value in os.environ.items():
    if var in ("HOME", "XDG_CACHE_HOME") or var.startswith("CCACHE_"):
        config.environment[var] = value

runtime_include = os.path.join(src, "runtime", "include")
# The build's own flags (the sanitizer legs): test programs link the runtime built with them.
build_flags = shlex.split(site["cxx_flags"])
cached_cxx = ["python3", os.path.join(src, "test", "cxx_cached.py"), site["cxx"]]
debug_cxx = [*cached_cxx, *build_flags, "-std=c++20", "-g", "-O0", "-fno-omit-frame-pointer", "-DCOROGUARD_DEBUG=1",
             "-Wno-unused-result", "-I" + runtime_include,
             "-Wl,--whole-archive", site["runtime_debug_lib"], "-Wl,--no-whole-archive", "-pthread", "-ldl",
             *shlex.split(site["runtime_debug_link_flags"])]

release_cxx = [*cached_cxx, *build_flags, "-std=c++20", "-O1", "-Wno-unused-result", "-I" + runtime_include,
               "-Wl,--whole-archive", site["runtime_lib"], "-Wl,--no-whole-archive", "-pthread", "-ldl"]

tidy = os.path.join(build, "bin", "coroguard-tidy")
# Real libraries' headers for the checks' tests (Debian's qcoro-qt6-dev, libasio-dev).
qt = "/usr/include/x86_64-linux-gnu/qt6"
qcoro_flags = ["-fPIC", "-I/usr/include/qcoro6/QCoro", "-I/usr/include/qcoro6/qcoro", "-I/usr/include/qcoro6",
               "-I" + qt,
               *("-I%s/%s" % (qt, m) for m in ("QtCore", "QtNetwork", "QtConcurrent"))]
config.substitutions += [
    ("%qcoro_flags", shlex.join(qcoro_flags)),
    ("%standalone_asio_flags", "-DASIO_HAS_CO_AWAIT=1 -DASIO_HAS_STD_COROUTINE=1"),
    ("%coroguard_tidy", tidy),
    ("%tidy_plugin", os.path.join(build, "lib", "libcoroguard-tidy.so")),
    ("%clang_tidy", site["clang_tidy"]),
    ("%check_tidy", shlex.join(["python3", os.path.join(src, "test", "checks", "check_tidy.py"), "--tidy", tidy])),
    ("%runtime_include", runtime_include),
    ("%no_crash", shlex.join(["python3", os.path.join(src, "test", "checks", "no_crash.py"), tidy, runtime_include,
                              os.path.join(src, "test", "checks", "Inputs"), "--"])),
    ("%debug_cxx", shlex.join(debug_cxx)),
    ("%release_cxx", shlex.join(release_cxx)),
    ("%pitfalls", os.path.join(src, "examples", "pitfalls")),
    ("%check_report_json", shlex.join(["python3", os.path.join(src, "test", "debug", "check_report_json.py")])),
    ("%coroguard_clangd", shlex.join(["python3", os.path.join(src, "test", "tools", "Inputs", "lsp_client.py"),
                                      os.path.join(build, "bin", "coroguard-clangd")])),
    ("%coroguard", os.path.join(build, "bin", "coroguard")),
    # The scripts by hand, as users without auto-load do (autoload.test covers the section).
    ("%gdb", shlex.join([site["gdb"], "-batch", "-nx", "-iex", "set auto-load python-scripts off",
                         "-x", os.path.join(src, "debugger", "gdb", "coroguard.py")])),
    ("%plain_gdb", shlex.join([site["gdb"], "-batch", "-nx"])),
    ("%lldb", shlex.join([site["lldb"], "--batch", "--no-lldbinit", "-o",
                          "command script import " + os.path.join(src, "debugger", "lldb", "coroguard.py")])),
    ("%make_core", shlex.join(["python3", os.path.join(src, "test", "debugger", "make_core.py"), site["gdb"]])),
    # The coroutine sanitizer's wrapper (not through ccache: the cache does not see the plugin change).
    ("%san_cxx", shlex.join([os.path.join(build, "bin", "coroguard-clang++"), "-std=c++20", "-Wno-unused-result"])),
    ("%asio_cpp20", "/usr/share/doc/libboost1.81-doc/examples/libs/asio/example/cpp20"),
    ("%qcoro_examples", "/usr/share/doc/qcoro-doc/examples"),
    ("%qt_moc", "/usr/lib/qt6/libexec/moc"),
    ("%source_dir", src),
    ("%cxx", site["cxx"]),
    ("%llvm_clangxx", site["llvm_clangxx"]),  # the clang of the checks' LLVM
    ("%build_dir", build),
]
if site["build_checks"]:
    config.available_features.add("checks")
if site["default_runtime"] == "coroguard::runtime_debug":
    config.available_features.add("debug-runtime")
if os.geteuid() == 0:
    config.available_features.add("root")
if "-fsanitize" in site["cxx_flags"]:
    config.available_features.add("sanitizer")
# A Debian clang-tidy of the other supported LLVM, to show the plugin refuses it.
for version in ("19", "22"):
    other = f"/usr/lib/llvm-{version}/bin/clang-tidy"
    if os.path.dirname(site["clang_tidy"]) != os.path.dirname(other) and os.access(other, os.X_OK):
        config.available_features.add("foreign-clang-tidy")
        config.substitutions.append(("%foreign_clang_tidy", other))
