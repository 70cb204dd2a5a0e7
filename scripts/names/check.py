#!/usr/bin/env python3
"""python3 scripts/names/check.py WORKSHEET_DIR [first last]: validates filled worksheets; prints counts and problems."""
import os, sys
d = sys.argv[1]
files = sorted(f for f in os.listdir(d) if f.endswith('.tsv'))
lo, hi = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (1, len(files))
KINDS = {'person', 'organisation', 'group', 'place', 'document', 'other'}
done = todo = bad = 0
for f in files[lo-1:hi]:
    for n, line in enumerate(open(os.path.join(d, f), encoding='utf-8'), 1):
        cols = line.rstrip('\n').split('\t')
        if len(cols) != 6: print(f'{f}:{n}: {len(cols)} columns'); bad += 1; continue
        if not cols[3].strip() and not cols[4].strip(): todo += 1; continue
        if not cols[3].strip() or cols[4] not in KINDS: print(f'{f}:{n}: name={cols[3]!r} kind={cols[4]!r}'); bad += 1; continue
        done += 1
print(f'{done} filled, {todo} to do, {bad} problems')
