#!/usr/bin/env python3
"""Writes tests/Marsad.Tests/Fixtures/Golden/corpus.jsonl, the input of the golden corpus test.

Only our own text: the sample article, the event dev-set paragraphs (tests/Marsad.Tests/Fixtures/EventsDev,
each with its gold's published date), and every Arabic sentence written in the tests' C# sources (one
document each, published 2025-06-15). The bench corpus is not used: make-corpus recombines ANERcorp's and
the PLOVER dev set's sentences, which are not ours to commit. Run from the repository root; the output is
deterministic (sorted file order, fixed dates).
"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parent.parent
out = root / "tests/Marsad.Tests/Fixtures/Golden/corpus.jsonl"
docs = []
docs.append({"id": "sample", "published": "2025-11-06",
             "text": (root / "samples/kazakhstan-abraham-accords.ar.txt").read_text(encoding="utf-8")})
dev = root / "tests/Marsad.Tests/Fixtures/EventsDev"
for text in sorted(dev.glob("*.ar.txt")):
    gold = json.loads((dev / text.name.replace(".ar.txt", ".gold.json")).read_text(encoding="utf-8"))
    docs.append({"id": "dev-" + text.name[:-7], "published": gold["published"],
                 "text": text.read_text(encoding="utf-8")})
literal = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
arabic = re.compile(r"[\u0600-\u06FF]")
seen = set()
for source in sorted((root / "tests/Marsad.Tests").rglob("*.cs")):
    for s in literal.findall(source.read_text(encoding="utf-8")):
        if "\\" in s or len(s) < 25 or len(arabic.findall(s)) < 15 or s in seen:
            continue
        seen.add(s)
        docs.append({"id": "test-%d" % len(seen), "published": "2025-06-15", "text": s})
with out.open("w", encoding="utf-8", newline="\n") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(f"{out}: {len(docs)} documents, {out.stat().st_size} bytes")
