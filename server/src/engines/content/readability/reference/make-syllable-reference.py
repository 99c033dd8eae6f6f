#!/usr/bin/python3
"""
Reference syllable counts for the readability engine's counter (../syllables.ts), computed once
from two established implementations and committed as JSON (CI has neither; the spec reads the JSON):

- The CMU Pronouncing Dictionary (Carnegie Mellon University, cmudict 0.7b, 134,000+ words), as
  packaged on npm by `cmu-pronouncing-dictionary` 3.0.0. A word's syllables are its vowel phonemes
  (the ARPAbet symbols carrying a stress digit 0/1/2); a word with variant pronunciations
  ("every" EH1 V ER0 IY0 / EH1 V R IY0) has every variant's count.
- Pyphen 0.13.2 (Debian bookworm `python3-pyphen`, the hyphen-en-us 2.8.8 dictionary, i.e. the
  TeX/Hunspell en_US hyphenation patterns), counted as textstat (textstat.syllable_count before
  0.7.4) counts: hyphenation points + 1. Hyphenation is not syllabification (a hyphen never leaves
  one letter alone: "a-rea" is not allowed), so this undercounts some words; it is recorded for
  comparison, the CMU dictionary is the reference.

Regenerate from the repository root (the npm tarball is read, not installed):

    cd /tmp && npm pack cmu-pronouncing-dictionary@3.0.0 && tar xzf cmu-pronouncing-dictionary-3.0.0.tgz
    apt-get install -y python3-pyphen
    /usr/bin/python3 server/src/engines/content/readability/reference/make-syllable-reference.py /tmp/package/index.js
    npx prettier --write server/src/engines/content/readability/reference/syllable-reference.json
"""
import json
import os
import re
import sys

import pyphen

HERE = os.path.dirname(os.path.abspath(__file__))
ENTRY = re.compile(r'^\s*"([^"]+)": "([^"]+)",?$')
VARIANT = re.compile(r"\(\d+\)$")


def cmu_counts(path):
    counts = {}
    with open(path, encoding="utf-8") as source:
        for line in source:
            match = ENTRY.match(line)
            if not match:
                continue
            word = VARIANT.sub("", match.group(1))
            vowels = sum(1 for phone in match.group(2).split() if phone[-1].isdigit())
            counts.setdefault(word, set()).add(vowels)
    return counts


def main():
    cmu = cmu_counts(sys.argv[1])
    hyphenator = pyphen.Pyphen(lang="en_US")
    with open(os.path.join(HERE, "syllable-words.txt"), encoding="utf-8") as source:
        words = [line.strip() for line in source if line.strip()]
    rows = []
    for word in words:
        key = word.lower()
        if key not in cmu:
            sys.exit(f"{word} is not in the CMU dictionary: choose words it has")
        rows.append(
            {
                "word": word,
                "cmu": sorted(cmu[key]),
                "pyphen": len(hyphenator.inserted(key).split("-")),
            }
        )
    document = {
        "sources": {
            "cmu": "CMU Pronouncing Dictionary via npm cmu-pronouncing-dictionary 3.0.0: vowel phonemes per pronunciation",
            "pyphen": f"Pyphen {pyphen.__version__} en_US (hyphen-en-us 2.8.8): hyphenation points + 1",
        },
        "words": rows,
    }
    with open(os.path.join(HERE, "syllable-reference.json"), "w", encoding="utf-8") as target:
        json.dump(document, target, indent=2)
        target.write("\n")


main()
