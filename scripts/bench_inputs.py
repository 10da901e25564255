#!/usr/bin/env python3
"""Assembles the benchmark inputs of scripts/bench (see docs/performance.md).

- pairs.jsonl / pairs.po: 20,000 sentence pairs from the DEMETR dev file (source with its good,
  reference and bad translations, cycled until there are 20,000);
- corpus-20/ and corpus-200/: folders of articles made from the seed and the fixtures, each
  copy varied (its figures shifted, its lines rotated) so that no two files are the same, of at
  least 20 MB and 200 MB.
"""
import json
import os
import random
import re
import sys


def pairs(eval_path, n=20000):
    rows = [json.loads(line) for line in open(eval_path, encoding="utf-8")]
    out = []
    while len(out) < n:
        for r in rows:
            for key in ("good", "reference", "bad"):
                if r.get(key):
                    out.append((r["id"] + "-" + key + "-" + str(len(out)), r["lang"], r["source"], r[key]))
                    if len(out) == n:
                        return out
    return out


def po_escape(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")


def write_pairs(out_dir, eval_path):
    ps = pairs(eval_path)
    with open(os.path.join(out_dir, "pairs.jsonl"), "w", encoding="utf-8") as f:
        for i, lang, s, t in ps:
            f.write(json.dumps({"id": i, "source": s, "target": t, "source_lang": lang, "target_lang": "en"}, ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, "pairs.po"), "w", encoding="utf-8") as f:
        f.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n')
        for i, lang, s, t in ps:
            f.write(f'#. {i}\nmsgctxt "{po_escape(i)}"\nmsgid "{po_escape(s)}"\nmsgstr "{po_escape(t)}"\n\n')


def write_corpus(out_dir, repo, megabytes):
    texts = []
    for rel in ["seeds/observer-colombia-uk-intelligence-2025-11-11.en.txt", "fixtures/consistency/anomalies.en.txt",
                "fixtures/consistency/clean.en.txt", "fixtures/source/colombia.en.txt", "fixtures/facts/seed-planted.en.txt"]:
        texts.append(open(os.path.join(repo, rel), encoding="utf-8").read())
    rng = random.Random(megabytes)
    os.makedirs(out_dir, exist_ok=True)
    total, i = 0, 0
    target = megabytes * 1_000_000
    while total < target:
        text = texts[i % len(texts)]
        shift = rng.randint(1, 9)
        text = re.sub(r"\d+", lambda m: str(int(m.group()) + shift) if len(m.group()) < 6 else m.group(), text)
        lines = text.split("\n")
        k = rng.randrange(len(lines))
        text = "\n".join(lines[k:] + lines[:k])
        sub = os.path.join(out_dir, f"d{i // 500:03d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"article-{i:06d}.en.txt"), "w", encoding="utf-8") as f:
            f.write(text)
        total += len(text.encode("utf-8"))
        i += 1
    return total, i


if __name__ == "__main__":
    out, repo, eval_path = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(out, exist_ok=True)
    write_pairs(out, eval_path)
    sizes = (20,) if "--no-large" in sys.argv else (20, 200)
    for mb in sizes:
        d = os.path.join(out, f"corpus-{mb}")
        if not os.path.isdir(d):
            size, files = write_corpus(d, repo, mb)
            print(f"corpus-{mb}: {files} files, {size / 1e6:.1f} MB")
