#!/usr/bin/env python3
"""Proves the layering that src/README.md states is the one the build enforces.

1. The "may use" column of src/README.md's table and the USES of each motcua_module() call in
   CMakeLists.txt name the same modules, so the documentation cannot drift from the build.
2. For every pair of modules (m, x), a file compiled with module m's own flags (taken from
   compile_commands.json) that includes one of x's headers preprocesses cleanly exactly when m
   may use x, directly or through the modules it uses. A forbidden include is a build error.

Usage: check-layers.py SOURCE_DIR BUILD_DIR
"""
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile


def fail(message):
    print(f"layers: {message}")
    sys.exit(1)


def readme_uses(source):
    """module -> set of modules from the '| `module/` | owns | may use | ... |' rows."""
    uses = {}
    with open(os.path.join(source, "src", "README.md"), encoding="utf-8") as f:
        for line in f:
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) < 3:
                continue
            name = re.fullmatch(r"`([a-z]+)/`", cells[0])
            if not name:
                continue
            may_use = re.findall(r"`([a-z]+)`", cells[2])
            uses[name.group(1)] = set(may_use)
    return uses


def cmake_uses(source):
    with open(os.path.join(source, "CMakeLists.txt"), encoding="utf-8") as f:
        text = f.read()
    uses = {}
    for call in re.finditer(r"motcua_module\(\s*([a-z]+)([^)]*)\)", text):
        words = call.group(2).split()
        listed, collecting = set(), False
        for w in words:
            if w in ("USES", "EXTERNAL", "EXTRA", "EXCLUDE"):
                collecting = w == "USES"
            elif collecting:
                listed.add(w)
        uses[call.group(1)] = listed
    return uses


def closure(uses, module):
    seen, todo = set(), [module]
    while todo:
        for used in uses.get(todo.pop(), ()):
            if used not in seen:
                seen.add(used)
                todo.append(used)
    return seen


def module_flags(build, source, modules):
    """module -> argv (without output and input) of one of its translation units."""
    with open(os.path.join(build, "compile_commands.json"), encoding="utf-8") as f:
        entries = json.load(f)
    flags = {}
    for e in entries:
        rel = os.path.relpath(e["file"], source)
        if "/main.cpp" in rel:
            continue
        argv = shlex.split(e["command"]) if "command" in e else list(e["arguments"])
        # A module's own file, or one of its unity batches (CMakeFiles/motcua_<m>.dir/Unity/).
        parts = rel.split(os.sep)
        module = parts[1] if len(parts) >= 3 and parts[0] == "src" else None
        if module is None and "-o" in argv:
            batch = re.search(r"CMakeFiles/motcua_(\w+)\.dir/Unity/", argv[argv.index("-o") + 1])
            module = batch.group(1) if batch else None
        if module not in modules or module in flags:
            continue
        kept, skip = [], False
        for a in argv:
            if skip:
                skip = False
            elif a in ("-o", "-c", "-MT", "-MF"):
                skip = True
            elif a in ("-MD", "-MMD") or a == e["file"] or a.endswith("ccache"):
                continue
            else:
                kept.append(a)
        flags[module] = (kept, e["directory"])
    return flags


def probe_header(source, module, user):
    """A header that belongs to `module`, spelled as `user` would include it: a public one as
    "motcua/<module>/x.hpp"; a private one by bare name in its own module, else by its path
    below src/ (which only app has on its include path)."""
    public = os.path.join(source, "include", "motcua", module)
    if os.path.isdir(public):
        names = sorted(n for n in os.listdir(public) if n.endswith(".hpp"))
        if names:
            return f"motcua/{module}/{names[0]}"
    private = os.path.join(source, "src", module)
    names = sorted(n for n in os.listdir(private) if n.endswith(".hpp"))
    if not names:
        return None
    return names[0] if user == module else f"{module}/{names[0]}"


def main():
    source, build = (os.path.abspath(p) for p in sys.argv[1:3])
    documented, built = readme_uses(source), cmake_uses(source)
    if not built:
        fail("no motcua_module() call found in CMakeLists.txt")
    if set(documented) != set(built):
        fail(f"modules in src/README.md {sorted(documented)} differ from CMakeLists.txt "
             f"{sorted(built)}")
    for m in sorted(built):
        if documented[m] != built[m]:
            fail(f"{m}: src/README.md says it may use {sorted(documented[m])}, "
                 f"CMakeLists.txt links {sorted(built[m])}")

    flags = module_flags(build, source, set(built))
    missing = set(built) - set(flags)
    if missing:
        fail(f"no compile command for {sorted(missing)}: configure the build first")

    checked, wrong = 0, []
    with tempfile.TemporaryDirectory() as tmp:
        for m in sorted(built):
            allowed = closure(built, m) | {m}
            argv, directory = flags[m]
            for x in sorted(built):
                header = probe_header(source, x, m)
                if header is None:
                    continue
                probe = os.path.join(tmp, f"{m}_uses_{x}.cpp")
                with open(probe, "w", encoding="utf-8") as f:
                    f.write(f'#include "{header}"\n')
                run = subprocess.run(argv + ["-E", "-o", os.devnull, probe], cwd=directory,
                                     capture_output=True, text=True)
                compiles = run.returncode == 0
                expected = x in allowed
                checked += 1
                if compiles != expected:
                    detail = run.stderr.strip().splitlines()[:1]
                    wrong.append(f"{m} including {header}: "
                                 f"{'compiles' if compiles else 'fails'}, expected "
                                 f"{'to compile' if expected else 'to fail'} {detail}")
    if wrong:
        fail("\n  ".join(["the build does not enforce the table:"] + wrong))
    print(f"layers hold: {len(built)} modules, {checked} includes probed, "
          f"each allowed exactly as src/README.md says")


if __name__ == "__main__":
    main()
