#!/usr/bin/env python3
"""Annotation worksheets for the PolNeAR name layer (write them outside the repository: they hold article text).
usage: python3 scripts/names/worksheet.py dev|train OUTDIR [first last]  (POLNEAR=folder, default ../shared/data/polnear)  (1-based article indexes in sorted order)
Writes OUTDIR/<article>.md: the article text with every Source marked [[S<n>: text]] and a table
of Sources with their relation's cue/content start, and OUTDIR/<article>.tsv:
article<TAB>start<TAB>end<TAB>NAME<TAB>KIND<TAB>source-text  (NAME and KIND to fill in)."""
import os, re, sys
root = os.environ.get('POLNEAR', '../shared/data/polnear')
split, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
anns = sorted(os.listdir(f'{root}/{split}/attributions'))
first_file = {}
for f in anns:
    art = f[:f.rfind('_')]
    first_file.setdefault(art, f)
arts = sorted(first_file)
lo, hi = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) > 4 else (1, len(arts))
for art in arts[lo-1:hi]:
    text = open(f'{root}/{split}/text/{art}.txt', encoding='utf-8').read()
    ann = open(f'{root}/{split}/attributions/{first_file[art]}', encoding='utf-8').read()
    spans = {}
    for m in re.finditer(r'^(T\d+)\t(\w[\w-]*) ([\d ;]+)\t', ann, re.M):
        parts = [tuple(map(int, p.split())) for p in m.group(3).split(';')]
        spans[m.group(1)] = (m.group(2), parts)
    sources = set()
    for m in re.finditer(r'^E\d+\t.*?Source:(T\d+)', ann, re.M):
        sources.add(m.group(1))
    rows = sorted((spans[t][1][0][0], spans[t][1][-1][1], t) for t in sources if t in spans)
    marked, pos = [], 0
    for i, (s, e, t) in enumerate(rows):
        if s < pos: continue
        marked.append(text[pos:s]); marked.append(f'[[S{i+1}: {text[s:e]}]]'); pos = e
    marked.append(text[pos:])
    with open(f'{out}/{art}.md', 'w', encoding='utf-8') as fh:
        fh.write(f'# {art}\n\n' + ''.join(marked) + '\n')
    with open(f'{out}/{art}.tsv', 'w', encoding='utf-8') as fh:
        for i, (s, e, t) in enumerate(rows):
            src = text[s:e].replace('\n', ' ').replace('\t', ' ')
            fh.write(f'{art}\t{s}\t{e}\t\t\tS{i+1}: {src}\n')
print(len(arts[lo-1:hi]), 'articles')
