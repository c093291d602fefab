#!/usr/bin/env python3
"""Where the bytes of a WebAssembly module go: each section's size (raw and gzip), then the code
section's function bodies summed by Java package (or by class, with --classes), named from the module's
"name" section.

TeaVM writes no name section into the shipped build (minified); build a copy with names first, e.g. in a
scratch copy of the project with the wasm-gc execution's <minifying>false</minifying> and
<debugInformationGenerated>true</debugInformationGenerated> (docs/benchmarks.md, "Where classes.wasm's
bytes go"). The bodies are the same code either way; only the names differ.

Usage: python3 tools/wasm-size.py path/to/classes.wasm [--classes] [--top N]
"""
import gzip
import sys
from collections import defaultdict

SECTIONS = {0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global",
            7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount", 13: "tag"}


def leb(b, i):
    result, shift = 0, 0
    while True:
        x = b[i]
        i += 1
        result |= (x & 0x7F) << shift
        shift += 7
        if x < 0x80:
            return result, i


def name_of(b, i):
    n, i = leb(b, i)
    return b[i:i + n].decode("utf-8", "replace"), i + n


def imported_functions(b, start, end):
    count, i = leb(b, start)
    funcs = 0
    for _ in range(count):
        _, i = name_of(b, i)
        _, i = name_of(b, i)
        kind = b[i]
        i += 1
        if kind == 0:  # function: type index
            _, i = leb(b, i)
            funcs += 1
        elif kind == 1:  # table: reftype, limits
            i += 1
            flags = b[i]
            i += 1
            _, i = leb(b, i)
            if flags & 1:
                _, i = leb(b, i)
        elif kind == 2:  # memory: limits
            flags = b[i]
            i += 1
            _, i = leb(b, i)
            if flags & 1:
                _, i = leb(b, i)
        elif kind == 3:  # global: valtype (possibly a ref type with a heap type), mutability
            t = b[i]
            i += 1
            if t in (0x63, 0x64):
                _, i = leb(b, i)
            i += 1
        elif kind == 4:  # tag
            i += 1
            _, i = leb(b, i)
    return funcs


def function_names(b, start, end):
    i = start
    _, i = name_of(b, i)  # "name"
    names = {}
    while i < end:
        sub = b[i]
        i += 1
        size, i = leb(b, i)
        if sub == 1:
            j = i
            count, j = leb(b, j)
            for _ in range(count):
                idx, j = leb(b, j)
                n, j = name_of(b, j)
                names[idx] = n
        i += size
    return names


def owner(name, classes):
    """The package (or class) a TeaVM function name belongs to: its dotted prefix before the method."""
    base = name.split("::")[0].split("(")[0].split("<")[0]  # TeaVM names a method "pkg.Class::method"
    parts = base.split(".")
    for k, p in enumerate(parts):
        if p[:1].isupper():
            return ".".join(parts[:k + 1] if classes else parts[:k]) or "(default package)"
    return "(runtime and other)"


def main():
    path = sys.argv[1]
    classes = "--classes" in sys.argv
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 25
    b = open(path, "rb").read()
    i = 8
    sections = []
    while i < len(b):
        sid = b[i]
        size, j = leb(b, i + 1)
        label = SECTIONS.get(sid, str(sid))
        if sid == 0:
            label = "custom " + name_of(b, j)[0]
        sections.append((sid, label, j, j + size))
        i = j + size
    print("| section | raw bytes | gzip bytes |")
    print("|---|---:|---:|")
    for sid, label, s, e in sections:
        print(f"| {label} | {e - s} | {len(gzip.compress(b[s:e], 6))} |")
    print(f"| **module** | {len(b)} | {len(gzip.compress(b, 6))} |")
    imports = sum(imported_functions(b, s, e) for sid, _, s, e in sections if sid == 2)
    names = {}
    for sid, label, s, e in sections:
        if label == "custom name":
            names = function_names(b, s, e)
    code = [(s, e) for sid, _, s, e in sections if sid == 10]
    if not code:
        return
    s, e = code[0]
    count, i = leb(b, s)
    raw = defaultdict(int)
    bodies = defaultdict(list)
    for k in range(count):
        size, j = leb(b, i)
        name = names.get(imports + k, "(unnamed)")
        group = owner(name, classes) if names else "(no name section)"
        raw[group] += size
        bodies[group].append(b[j:j + size])
        i = j + size
    total = sum(raw.values())
    print()
    print(f"| {'class' if classes else 'package'} | functions | body bytes | share | gzip of its bodies |")
    print("|---|---:|---:|---:|---:|")
    for group, size in sorted(raw.items(), key=lambda kv: -kv[1])[:top]:
        gz = len(gzip.compress(b"".join(bodies[group]), 6))
        print(f"| {group} | {len(bodies[group])} | {size} | {100.0 * size / total:.1f}% | {gz} |")
    print(f"| **all {count} functions** | | {total} | 100% | |")


if __name__ == "__main__":
    main()
