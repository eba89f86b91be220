#!/usr/bin/env python3
"""Glossary aligner benchmark on TICO-19: `dragoman align` against eflomal, both directions, each glossary alone.

Gold: the three CC0 TICO-19 glossaries (Facebook en→ar, Google en→ar, Google ar→en), each scored on its own.

* Arabic → English: for each Arabic glossary term found in the Arabic side (its words in order, proclitics and the
  article ignored), are the top-1 / top-3 English proposals one of the glossary's English for it (case- and
  article-insensitive, punctuation ignored)?
* English → Arabic: for each English glossary term occurring at least twice in the English side (lower case, a
  plural last word accepted), is the top Arabic phrase one of the glossary's Arabic for it (normalized: harakat,
  tatweel, alef forms, ى, ة; each word compared with and without proclitics and the article; parenthesized parts
  accepted as alternatives)?

Systems, on the same tokens and the same queries:
* dragoman: `dragoman align --terms … --english-terms … --min-count 1 --format json --ar ar.txt --en en.txt`.
* eflomal (PyPI `eflomal`, model 3 = IBM1 + HMM + fertility), forward and reverse links symmetrised with
  grow-diag-final-and, the tightest phrase consistent with the alignment for each occurrence, phrases ranked by
  count × p, where count = pairs aligning the term to the phrase and p = count / pairs containing the phrase.
  eflomal samples, so each run differs: it runs --runs times (default 3), the mean shown with the top-1 range.
* dice: no alignment; Dice coefficient of the term and each 1–4-gram of the other side over sentence pairs.

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install eflomal
    swift build -c release --product dragoman
    /tmp/venv/bin/python Benchmarks/compare/align_tico19.py --eflomal /tmp/venv/bin/eflomal-align

Needs ../shared/parallel/tico19 and ../shared/glossaries/tico19 (CC0). Prints a Markdown table; --json FILE keeps
every system's answers.
"""
import argparse, collections, csv, json, os, re, resource, subprocess, sys, tempfile, time, unicodedata

HARAKAT = re.compile('[\u064B-\u065F\u0670\u0640]')
FOLD = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', '٠': '0', '١': '1', '٢': '2',
                      '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9'})
TOKEN = re.compile(r'\w+|[^\w\s]')
WORD = re.compile(r'\w+')
ARTICLE_PREFIXES = ['وبال', 'وكال', 'فبال', 'فكال', 'ولل', 'فلل', 'بال', 'كال', 'وال', 'فال', 'لل', 'ال']
CLITIC_PREFIXES = ['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك']


def normalize_ar(text):
    return HARAKAT.sub('', unicodedata.normalize('NFKC', text)).translate(FOLD).lower()


def tokens_ar(text):
    return TOKEN.findall(normalize_ar(text))


def tokens_en(text):
    return TOKEN.findall(unicodedata.normalize('NFKC', text).lower())


def readings(word):
    """A word and its readings without proclitics / article (core of 2+ letters after an article, 3+ otherwise)."""
    found = {word}
    for prefix in ARTICLE_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            found.add(word[len(prefix):])
    for prefix in CLITIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            found.add(word[len(prefix):])
    return found


def same_arabic(a, b):
    """Word-wise equality of two Arabic phrases (lists of words), proclitics and the article ignored."""
    return len(a) == len(b) and all(readings(x) & readings(y) for x, y in zip(a, b))


def is_acronym(word):
    return len(word) > 1 and any(c.isalpha() for c in word) and not any(c.islower() for c in word)


def english_key(text):
    words = WORD.findall(unicodedata.normalize('NFKC', text).lower())
    if words and words[0] in ('the', 'a', 'an'):
        words = words[1:]
    return ' '.join(words)


def alternatives(text):
    """The text without its parenthesized parts, and each parenthesized part."""
    inside = re.findall(r'\(([^)]*)\)', text)
    outside = re.sub(r'\([^)]*\)', ' ', text)
    return [' '.join(t.split()) for t in [outside] + inside if t.strip()]


def load_glossaries(folder):
    glossaries = {}
    for name, path, arabic_first in [('Facebook en→ar', 'f_en-ar_AR.csv', False),
                                     ('Google en→ar', 'g_en_ar.csv', False),
                                     ('Google ar→en', 'g_ar_en.csv', True)]:
        pairs = []
        with open(os.path.join(folder, path), encoding='utf-8') as f:
            for row in csv.DictReader(f):
                source, target = row['sourceString'].strip(), row['targetString'].strip()
                ar, en = (source, target) if arabic_first else (target, source)
                if ar and en:
                    pairs.append((ar, en))
        glossaries[name] = pairs
    return glossaries


class Corpus:
    def __init__(self, ar_lines, en_lines):
        self.ar = [tokens_ar(line) for line in ar_lines]
        self.en = [tokens_en(line) for line in en_lines]
        self.en_cased = [TOKEN.findall(unicodedata.normalize('NFKC', line)) for line in en_lines]
        self.ar_index = collections.defaultdict(set)
        for s, sentence in enumerate(self.ar):
            for p, word in enumerate(sentence):
                for r in readings(word):
                    self.ar_index[r].add((s, p))
        self.en_index = collections.defaultdict(set)
        for s, sentence in enumerate(self.en):
            for p, word in enumerate(sentence):
                self.en_index[word].add((s, p))

    def arabic_occurrences(self, term):
        """(sentence, start, end) of every occurrence of an Arabic term (list of words)."""
        if not term:
            return []
        starts = set()
        for r in readings(term[0]):
            starts |= self.ar_index.get(r, set())
        found = []
        for s, p in sorted(starts):
            sentence = self.ar[s]
            if p + len(term) <= len(sentence) and same_arabic(term, sentence[p:p + len(term)]):
                found.append((s, p, p + len(term)))
        return found

    def english_occurrences(self, term, cased=None):
        """Occurrences of an English term (lower-case tokens); with `cased` (the term's tokens as written), a word
        in capitals (an acronym: WHO) only matches in capitals."""
        if not term:
            return []
        last = term[-1]
        plurals = {last, last + 's', last + 'es'} | ({last[:-1] + 'ies'} if last.endswith('y') else set())
        found = []
        for s, p in sorted(self.en_index.get(term[0], set()) if len(term) > 1 else
                           set().union(*(self.en_index.get(w, set()) for w in plurals))):
            sentence = self.en[s]
            if p + len(term) <= len(sentence) and sentence[p:p + len(term) - 1] == term[:-1] \
                    and sentence[p + len(term) - 1] in plurals:
                if cased and any(is_acronym(w) and not is_acronym(self.en_cased[s][p + k])
                                 for k, w in enumerate(cased)):
                    continue
                found.append((s, p, p + len(term)))
        return found


def queries(glossaries, corpus):
    """Per glossary, the Arabic terms found (→ gold English) and the English terms seen twice (→ gold Arabic)."""
    result = {}
    for name, pairs in glossaries.items():
        by_arabic = collections.OrderedDict()
        by_english = collections.OrderedDict()
        spelling = {}
        for ar, en in pairs:
            ar_main = alternatives(ar)[0]
            en_main = alternatives(en)[0]
            by_arabic.setdefault(ar_main, set()).update(english_key(x) for x in alternatives(en))
            spelling.setdefault(en_main.lower(), en_main)
            by_english.setdefault(en_main.lower(), set()).update(' '.join(WORD.findall(normalize_ar(x)))
                                                                  for x in alternatives(ar))
        arabic = {t: gold for t, gold in by_arabic.items() if corpus.arabic_occurrences(tokens_ar(t))}
        # Queried as first written (WHO stays in capitals); counted case-insensitively.
        english = {spelling[t]: gold for t, gold in by_english.items()
                   if len({s for s, _, _ in corpus.english_occurrences(tokens_en(t))}) >= 2}
        result[name] = (arabic, english)
    return result


def score(result, answers, arabic_answer):
    top1 = top3 = 0
    for term, gold in result.items():
        ranked = answers.get(term, [])
        if arabic_answer:
            golds = [g.split() for g in gold]
            hits = [any(same_arabic(WORD.findall(normalize_ar(a)), g) for g in golds) for a in ranked[:3]]
        else:
            hits = [english_key(a) in gold for a in ranked[:3]]
        top1 += bool(hits[:1] and hits[0])
        top3 += any(hits)
    n = len(result)
    return n, top1, top3


def run_dragoman(binary, ar_path, en_path, arabic_terms, english_terms, folder):
    terms = os.path.join(folder, 'terms.ar.txt')
    english = os.path.join(folder, 'terms.en.txt')
    with open(terms, 'w', encoding='utf-8') as f:
        f.write('\n'.join(arabic_terms) + '\n')
    with open(english, 'w', encoding='utf-8') as f:
        f.write('\n'.join(english_terms) + '\n')
    start = time.time()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run([binary, 'align', '--terms', terms, '--english-terms', english, '--min-count', '1',
                          '--format', 'json', '--ar', ar_path, '--en', en_path],
                         check=True, capture_output=True, text=True)
    seconds = time.time() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    data = json.loads(out.stdout)
    to_english = {t['ar']: [p['en'] for p in t['proposals']] for t in data['terms']}
    to_arabic = {t['en']: [p['ar'] for p in t['proposals']] for t in data['english_terms']}
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return to_english, to_arabic, seconds, cpu, after.ru_maxrss / 1024


def grow_diag_final_and(forward, reverse):
    union = forward | reverse
    current = set(forward & reverse)
    aligned_a = {i for i, _ in current}
    aligned_b = {j for _, j in current}
    neighbours = [(-1, 0), (0, -1), (1, 0), (0, 1), (-1, -1), (-1, 1), (1, -1), (1, 1)]
    grew = True
    while grew:
        grew = False
        for i, j in sorted(current):
            for di, dj in neighbours:
                p = (i + di, j + dj)
                if p in union and p not in current and (p[0] not in aligned_a or p[1] not in aligned_b):
                    current.add(p)
                    aligned_a.add(p[0])
                    aligned_b.add(p[1])
                    grew = True
    for links in (forward, reverse):
        for i, j in sorted(links):
            if (i, j) not in current and i not in aligned_a and j not in aligned_b:
                current.add((i, j))
                aligned_a.add(i)
                aligned_b.add(j)
    return current


def run_eflomal(binary, corpus, folder, cache=None):
    if cache and os.path.exists(os.path.join(cache, 'fwd')):
        folder = cache
        binary = None
    elif cache:
        os.makedirs(cache, exist_ok=True)
        folder = cache
    src = os.path.join(folder, 'ar.tok')
    tgt = os.path.join(folder, 'en.tok')
    if binary:
        with open(src, 'w', encoding='utf-8') as f:
            f.write('\n'.join(' '.join(s) for s in corpus.ar) + '\n')
        with open(tgt, 'w', encoding='utf-8') as f:
            f.write('\n'.join(' '.join(s) for s in corpus.en) + '\n')
    fwd = os.path.join(folder, 'fwd')
    rev = os.path.join(folder, 'rev')
    start = time.time()
    if binary:
        subprocess.run([binary, '--overwrite', '--model', '3', '-s', src, '-t', tgt, '-f', fwd, '-r', rev],
                       check=True, capture_output=True)
    seconds = time.time() - start

    def read(path, flip):
        links = []
        for line in open(path, encoding='utf-8'):
            pairs = set()
            for item in line.split():
                i, j = map(int, item.split('-'))
                pairs.add((j, i) if flip else (i, j))
            links.append(pairs)
        return links

    forward = read(fwd, False)
    reverse = read(rev, False)
    return [grow_diag_final_and(f, r) for f, r in zip(forward, reverse)], seconds


def extract(links, source, target, occurrences, source_is_arabic):
    """For each occurrence, the tightest consistent phrase on the other side, punctuation trimmed."""
    found = []
    for s, start, end in occurrences:
        pairs = links[s] if source_is_arabic else {(j, i) for i, j in links[s]}
        linked = sorted(j for i, j in pairs if start <= i < end)
        if not linked:
            continue
        low, high = linked[0], linked[-1]
        if any(not start <= i < end for i, j in pairs if low <= j <= high):
            continue
        words = target[s][low:high + 1]
        while words and not WORD.fullmatch(words[0]):
            words = words[1:]
        while words and not WORD.fullmatch(words[-1]):
            words = words[:-1]
        if words and len(words) <= 6:
            found.append((s, ' '.join(words)))
    return found


def ngram_counts(sentences, phrases):
    wanted = {tuple(p.split()) for p in phrases}
    lengths = {len(w) for w in wanted}
    counts = collections.Counter()
    for sentence in sentences:
        seen = set()
        for n in lengths:
            for p in range(len(sentence) - n + 1):
                gram = tuple(sentence[p:p + n])
                if gram in wanted:
                    seen.add(gram)
        counts.update(seen)
    return {' '.join(k): v for k, v in counts.items()}


def rank_count_p(extracted, other_side):
    """Phrases of each term ranked by count × p, p = count / pairs containing the phrase."""
    counts = {term: collections.Counter() for term in extracted}
    for term, found in extracted.items():
        for s in {(s, phrase) for s, phrase in found}:
            counts[term][s[1]] += 1
    frequency = ngram_counts(other_side, {p for c in counts.values() for p in c})
    return {term: [p for p, _ in sorted(c.items(), key=lambda kv: (-kv[1] * kv[1] / max(frequency.get(kv[0], 1), 1),
                                                                      -kv[1], kv[0]))]
            for term, c in counts.items()}


def rank_dice(corpus, occurrences_of, other_side):
    """Sentence-level Dice of a term and every 1–4-gram of the other side of the pairs containing it."""
    document_frequency = collections.Counter()
    for sentence in other_side:
        grams = set()
        for n in range(1, 5):
            for p in range(len(sentence) - n + 1):
                gram = sentence[p:p + n]
                if all(WORD.fullmatch(w) for w in gram):
                    grams.add(' '.join(gram))
        document_frequency.update(grams)
    ranked = {}
    for term, occurrences in occurrences_of.items():
        sentences = {s for s, _, _ in occurrences}
        together = collections.Counter()
        for s in sentences:
            grams = set()
            sentence = other_side[s]
            for n in range(1, 5):
                for p in range(len(sentence) - n + 1):
                    gram = sentence[p:p + n]
                    if all(WORD.fullmatch(w) for w in gram):
                        grams.add(' '.join(gram))
            together.update(grams)
        ranked[term] = [g for g, _ in sorted(together.items(), key=lambda kv: (
            -2 * kv[1] / (len(sentences) + document_frequency[kv[0]]), -kv[1], kv[0]))][:3]
    return ranked


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--shared', default='../shared')
    parser.add_argument('--dragoman', default='.build/release/dragoman')
    parser.add_argument('--eflomal', help='eflomal-align (omit to skip eflomal)')
    parser.add_argument('--json', help='write every answer here')
    parser.add_argument('--no-dice', action='store_true', help='skip the Dice baseline')
    parser.add_argument('--runs', type=int, default=3, help='eflomal runs (it samples: each run differs)')
    parser.add_argument('--cache', help='keep eflomal\'s links in this folder and reuse them')
    args = parser.parse_args()
    parallel = os.path.join(args.shared, 'parallel/tico19')
    ar_path, en_path = os.path.join(parallel, 'ar.txt'), os.path.join(parallel, 'en.txt')
    for path in (ar_path, en_path, args.dragoman):
        if not os.path.exists(path):
            sys.exit(f'{path}: missing (needs ../shared/parallel/tico19 and a release build of dragoman)')
    ar_lines = open(ar_path, encoding='utf-8').read().split('\n')[:-1]
    en_lines = open(en_path, encoding='utf-8').read().split('\n')[:-1]
    corpus = Corpus(ar_lines, en_lines)
    glossaries = load_glossaries(os.path.join(args.shared, 'glossaries/tico19'))
    per_glossary = queries(glossaries, corpus)
    arabic_terms = sorted({t for a, _ in per_glossary.values() for t in a})
    english_terms = sorted({t for _, e in per_glossary.values() for t in e})

    answers = {}
    timing = {}
    with tempfile.TemporaryDirectory() as folder:
        to_english, to_arabic, seconds, cpu, peak = run_dragoman(
            args.dragoman, ar_path, en_path, arabic_terms, english_terms, folder)
        answers['dragoman'] = (to_english, to_arabic)
        timing['dragoman'] = f'{seconds:.1f} s wall, {cpu:.1f} s CPU, peak {peak:.0f} MB'
        ar_occurrences = {t: corpus.arabic_occurrences(tokens_ar(t)) for t in arabic_terms}
        en_occurrences = {t: corpus.english_occurrences(tokens_en(t), TOKEN.findall(t)) for t in english_terms}
        # eflomal samples (Gibbs sampling, random seed): each run gives other links, so it runs --runs times and the
        # table shows the mean and the range of top-1.
        runs = []
        for run in range(args.runs if args.eflomal else 0):
            links, seconds = run_eflomal(args.eflomal, corpus, folder, args.cache if args.runs == 1 else None)
            to_english = rank_count_p(
                {t: extract(links, corpus.ar, corpus.en, o, True) for t, o in ar_occurrences.items()}, corpus.en)
            to_arabic = rank_count_p(
                {t: extract(links, corpus.en, corpus.ar, o, False) for t, o in en_occurrences.items()}, corpus.ar)
            runs.append(((to_english, to_arabic), seconds))
        for run, (pair, seconds) in enumerate(runs):
            answers[f'eflomal run {run + 1}'] = pair
        if runs:
            timing['eflomal'] = ', '.join(f'{seconds:.1f} s' for _, seconds in runs) + ' wall per run (alignment only)'
    if not args.no_dice:
        answers['dice'] = (rank_dice(corpus, ar_occurrences, corpus.en), rank_dice(corpus, en_occurrences, corpus.ar))

    systems = ['dragoman'] + (['eflomal'] if any(s.startswith('eflomal') for s in answers) else []) + \
        (['dice'] if 'dice' in answers else [])
    print('| glossary | direction | terms | ' + ' | '.join(f'{s} top-1 / top-3' for s in systems) + ' |')
    print('|---|---|---|' + '---|' * len(systems))
    for name, (arabic, english) in per_glossary.items():
        for label, result, index, arabic_answer in [('ar → en', arabic, 0, False), ('en → ar', english, 1, True)]:
            cells = []
            for system in systems:
                scores = [score(result, pair[index], arabic_answer) for s, pair in answers.items()
                          if s == system or s.startswith(system + ' run')]
                n = max(scores[0][0], 1)
                top1 = [100 * t1 / n for _, t1, _ in scores]
                top3 = [100 * t3 / n for _, _, t3 in scores]
                cell = f'{sum(top1) / len(top1):.1f}% / {sum(top3) / len(top3):.1f}%'
                if len(scores) > 1:
                    cell += f' (top-1 {min(top1):.1f}–{max(top1):.1f})'
                cells.append(cell)
            print(f'| {name} | {label} | {len(result)} | ' + ' | '.join(cells) + ' |')
    for system, text in timing.items():
        print(f'\n{system}: {text}')
    if args.json:
        with open(args.json, 'w', encoding='utf-8') as f:
            json.dump({s: {'ar→en': a, 'en→ar': b} for s, (a, b) in answers.items()}, f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
