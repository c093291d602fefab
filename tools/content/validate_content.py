#!/usr/bin/env python3
"""Checks content/decks/*.md and content/quizzes/*.md against CONTENT-FORMAT (the agreed format).

Rerun from the repo root:  python3 tools/content/validate_content.py [--katex path/to/katex.js]
Structure is always checked; with --katex (and node on PATH) every $...$ / $$...$$ is also
rendered by KaTeX with throwOnError, so unsupported TeX commands are caught.
Exit status 0 when everything is valid; otherwise one line per problem: file:line: reason.
"""
import json, re, subprocess, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def declared_topics():
    """The topic ids of dev.kappa.lab.Topic, where they are declared once."""
    src = (ROOT / "src/main/java/dev/kappa/lab/Topic.java").read_text(encoding="utf-8")
    ids = set(re.findall(r'^\s+[A-Z_]+\("([a-z0-9-]+)"', src, re.M))
    if not ids:
        sys.exit("tools/content/validate_content.py: no topics found in Topic.java")
    return ids


def lab_ids():
    """Every lab has exactly one text file, content/labs/<id>.md (the build checks it against the catalogue)."""
    return {p.stem for p in (ROOT / "content/labs").glob("*.md")}


TOPICS = declared_topics()
LABS = lab_ids()
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
NUM = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
problems = []
maths = []  # (file, line, tex, display)


def bad(path, line, msg):
    problems.append(f"{path}:{line}: {msg}")


def collect_math(path, lineno, text):
    s = text.replace("\\$", "")
    for m in re.finditer(r"\$\$(.+?)\$\$|\$(.+?)\$", s):
        tex = m.group(1) if m.group(1) is not None else m.group(2)
        maths.append((str(path), lineno, tex, m.group(1) is not None))
    rest = re.sub(r"\$\$(.+?)\$\$|\$(.+?)\$", "", s)
    if "$" in rest:
        bad(path, lineno, "unbalanced $")


def front_matter(path, lines):
    if not lines or lines[0].strip() != "---":
        bad(path, 1, "missing front matter"); return 0
    keys = {}
    for i in range(1, len(lines)):
        if lines[i].strip() == "---":
            for k in ("title", "topic", "summary"):
                if k not in keys:
                    bad(path, i + 1, f"front matter lacks {k}")
            if keys.get("topic") not in TOPICS:
                bad(path, i + 1, f"unknown topic {keys.get('topic')}")
            return i + 1
        k, _, v = lines[i].partition(":")
        keys[k.strip()] = v.strip()
    bad(path, 1, "unterminated front matter"); return len(lines)


def blocks(path, lines, start):
    out, cur = [], None
    for i in range(start, len(lines)):
        ln = lines[i]
        if ln.startswith("%"):
            continue
        if ln.startswith("### "):
            cur = (i + 1, ln[4:].strip(), [])
            out.append(cur)
        elif cur is not None:
            cur[2].append((i + 1, ln))
        elif ln.strip():
            bad(path, i + 1, "text before first ###")
    return out


def check_deck(path):
    lines = path.read_text(encoding="utf-8").split("\n")
    blist = blocks(path, lines, front_matter(path, lines))
    seen = set()
    for lineno, head, body in blist:
        if not ID.match(head) or head in seen:
            bad(path, lineno, f"bad or duplicate card id '{head}'")
        seen.add(head)
        keys, last = {}, None
        for ln_no, ln in body:
            m = re.match(r"^(Q|A|Lab|Tags|Type|Cloze|Exercise):\s?(.*)$", ln)
            if m:
                last = m.group(1)
                if last in keys:
                    bad(path, ln_no, f"duplicate key {last}")
                keys[last] = ln_no
                val = m.group(2)
                if last == "Lab" and val.strip() not in LABS:
                    bad(path, ln_no, f"unknown lab {val}")
            else:
                val = ln
            if last in ("Q", "A", "Cloze"):
                collect_math(path, ln_no, re.sub(r"\[\[[a-z0-9-]+:\s*([^\]]*?)\s*\]\]", r"\1", val))
        # A card is Q: with A: (Type: basic or derivation), or Cloze: with {{gaps}}, or Exercise: <generator>.
        forms = [f for f in (("Q" in keys or "A" in keys), "Cloze" in keys, "Exercise" in keys) if f]
        if len(forms) != 1:
            bad(path, lineno, f"card {head} needs exactly one of Q:+A:, Cloze: or Exercise:")
        elif "Q" in keys or "A" in keys:
            for k in ("Q", "A"):
                if k not in keys:
                    bad(path, lineno, f"card {head} lacks {k}:")
    return len(blist)


def check_quiz(path):
    lines = path.read_text(encoding="utf-8").split("\n")
    blist = blocks(path, lines, front_matter(path, lines))
    seen = set()
    for lineno, head, body in blist:
        parts = head.split()
        qid, kind = parts[0], parts[1] if len(parts) > 1 else ""
        if not ID.match(qid) or qid in seen:
            bad(path, lineno, f"bad or duplicate question id '{qid}'")
        seen.add(qid)
        if kind not in ("single", "multiple", "numeric", "truefalse"):
            bad(path, lineno, f"bad kind '{kind}'"); continue
        for p in parts[2:]:
            k, _, v = p.partition("=")
            if kind != "numeric" or k not in ("tol", "abs") or not NUM.match(v):
                bad(path, lineno, f"bad heading option {p}")
        prompt, opts, answers, expl, phase = [], [], [], [], "prompt"
        for ln_no, ln in body:
            if ln.startswith("- [ ] ") or ln.startswith("- [x] "):
                opts.append(ln[3] == "x"); phase = "opts"; collect_math(path, ln_no, ln[6:])
            elif ln.startswith("= "):
                answers.append(ln[2:].strip()); phase = "ans"
            elif ln.startswith("> "):
                expl.append(ln); phase = "expl"; collect_math(path, ln_no, ln[2:])
            elif phase == "prompt":
                prompt.append(ln); collect_math(path, ln_no, ln)
            elif ln.strip():
                bad(path, ln_no, "stray text after options/answer")
        if not "".join(prompt).strip():
            bad(path, lineno, "empty prompt")
        if not expl:
            bad(path, lineno, "no explanation")
        if kind in ("single", "multiple"):
            if not 2 <= len(opts) <= 6:
                bad(path, lineno, f"{len(opts)} options")
            if answers:
                bad(path, lineno, "= line in choice question")
            if kind == "single" and sum(opts) != 1:
                bad(path, lineno, f"single with {sum(opts)} right options")
            if kind == "multiple" and sum(opts) < 1:
                bad(path, lineno, "multiple without a right option")
        else:
            if opts or len(answers) != 1:
                bad(path, lineno, "needs exactly one = line and no options")
            elif kind == "numeric" and not NUM.match(answers[0]):
                bad(path, lineno, f"not a number: {answers[0]}")
            elif kind == "truefalse" and answers[0] not in ("true", "false"):
                bad(path, lineno, f"not true/false: {answers[0]}")
    if len(blist) != 10:
        bad(path, 1, f"{len(blist)} questions, expected 10")
    return len(blist)


def check_katex(katex):
    js = ("const k=require(process.argv[1]);const a=JSON.parse(require('fs').readFileSync(0,'utf8'));"
          "const e=[];a.forEach((m,i)=>{try{k.renderToString(m[0],{displayMode:m[1],output:'mathml',"
          "throwOnError:true,strict:'error'})}catch(x){e.push([i,String(x.message)])}});"
          "console.log(JSON.stringify(e))")
    res = subprocess.run(["node", "-e", js, katex], input=json.dumps([[m[2], m[3]] for m in maths]),
                         capture_output=True, text=True, check=True)
    for i, msg in json.loads(res.stdout):
        f, ln, tex, _ = maths[i]
        bad(f, ln, f"KaTeX: {msg} in {tex!r}")


def main():
    root = Path(__file__).resolve().parents[2] / "content"
    for p in sorted((root / "decks").glob("*.md")):
        print(f"deck {p.name}: {check_deck(p)} cards")
    for p in sorted((root / "quizzes").glob("*.md")):
        print(f"quiz {p.name}: {check_quiz(p)} questions")
    if "--katex" in sys.argv:
        check_katex(sys.argv[sys.argv.index("--katex") + 1])
        print(f"KaTeX rendered {len(maths)} formulas")
    for pr in problems:
        print(pr)
    sys.exit(1 if problems else 0)


main()
