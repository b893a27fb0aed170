#!/usr/bin/env python3
"""The crate's module graph, read from `use` paths and inline `crate::` paths in src/, with test-only edges
(code inside a `#[cfg(...test...)] mod tests`) marked. Prints every cycle and exits 1 if there is one.

Usage: python3 scripts/module-graph.py [--edges] [--prod]   (--prod: shipped code only, test edges left out)
"""
import pathlib
import re
import sys

SRC = pathlib.Path(__file__).resolve().parent.parent / "src"


def module_of(path: pathlib.Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] in ("mod", "lib", "main"):
        parts = parts[:-1]
    return "::".join(parts) or "crate"


MODULES = {module_of(p): p for p in SRC.rglob("*.rs")}


def resolve(current: str, path: str) -> str | None:
    """The longest known module a path names, from `crate::a::b::Item` or `super::b::Item`."""
    segs = path.split("::")
    if segs[0] == "crate":
        base, rest = [], segs[1:]
    elif segs[0] == "super":
        base = current.split("::")[:-1] if current != "crate" else []
        rest = segs[1:]
        while rest and rest[0] == "super":
            base, rest = base[:-1], rest[1:]
    elif segs[0] == "self":
        base, rest = current.split("::"), segs[1:]
    else:
        return None
    for n in range(len(rest), -1, -1):
        name = "::".join(base + rest[:n])
        if name in MODULES and name != current and name:
            return name
    return None


def expand(tree: str) -> list[str]:
    """`a::{b, c::{d, e}}` → `a::b`, `a::c::d`, `a::c::e`."""
    tree = re.sub(r"\s+", "", tree)
    m = re.match(r"^(.*?)\{(.*)\}$", tree)
    if not m:
        return [tree]
    prefix, inner = m.groups()
    items, depth, cur = [], 0, ""
    for ch in inner:
        if ch == "," and depth == 0:
            items.append(cur)
            cur = ""
            continue
        depth += ch == "{"
        depth -= ch == "}"
        cur += ch
    if cur:
        items.append(cur)
    return [p for item in items for p in expand(prefix + item)]


def edges():
    out = {}
    for mod, path in MODULES.items():
        text = path.read_text(encoding="utf-8")
        test_from = None
        m = re.search(r"#\[cfg\([^\]]*test[^\]]*\)\]\s*mod tests", text)
        if m:
            test_from = m.start()
        for um in re.finditer(r"\buse\s+((?:crate|super|self)[^;]*);", text):
            for p in expand(um.group(1)):
                target = resolve(mod, p)
                if target:
                    test = test_from is not None and um.start() > test_from
                    out.setdefault((mod, target), set()).add("test" if test else "prod")
        for im in re.finditer(r"\b((?:crate|super)(?:::\w+)+)", text):
            line_start = text.rfind("\n", 0, im.start()) + 1
            if re.match(r"\s*(pub\s+)?use\b", text[line_start:]) or text[line_start:].lstrip().startswith("//"):
                continue
            target = resolve(mod, im.group(1))
            if target:
                test = test_from is not None and im.start() > test_from
                out.setdefault((mod, target), set()).add("test" if test else "prod")
    # A module's parent re-exports or declares it; that is not a dependency.
    return {
        (a, b): kinds
        for (a, b), kinds in out.items()
        if not b.startswith(a + "::") and not a.startswith(b + "::")
    }


def cycles(graph):
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on, comps = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                comps.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return comps


def main():
    e = edges()
    if "--prod" in sys.argv:
        e = {k: v for k, v in e.items() if "prod" in v}
    graph = {}
    for (a, b) in e:
        graph.setdefault(a, set()).add(b)
    if "--edges" in sys.argv:
        for (a, b), kinds in sorted(e.items()):
            print(f"{a} -> {b} [{', '.join(sorted(kinds))}]")
    found = cycles(graph)
    for comp in found:
        inside = [(a, b, k) for (a, b), k in sorted(e.items()) if a in comp and b in comp]
        print("cycle: " + ", ".join(comp))
        for a, b, k in inside:
            print(f"  {a} -> {b} [{', '.join(sorted(k))}]")
    if not found:
        scope = "shipped code only" if "--prod" in sys.argv else "test-only edges included"
        print(f"module graph: {len(MODULES)} modules, {len(e)} edges, no cycle ({scope})")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
