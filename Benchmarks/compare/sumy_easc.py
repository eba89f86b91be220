#!/usr/bin/env python3
"""Comparison run: sumy's LexRank and TextRank on EASC dev with Dragoman's protocol.

Same sentences (Dragoman's segmentation: non-boilerplate `sentence` segments), same budget (ref_words_mean, whole
sentences by sumy's rating until the budget is reached, original order, cut at the budget in words), same scorer
(`dragoman eval rouge --normalize match`). Stopwords: Dragoman's Arabic list. sumy's own tokenizers need NLTK data,
so words are `\\w+` runs instead.

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install sumy
    swift build -c release --product dragoman
    /tmp/venv/bin/python Benchmarks/compare/sumy_easc.py ../shared/easc-dev .build/release/dragoman
"""
import csv, json, math, os, re, subprocess, sys, tempfile

try:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
except ImportError:
    sys.exit("sumy_easc.py: sumy is not installed; install it with: pip install sumy numpy")


class WordTokenizer:
    language = "arabic"

    def to_words(self, text):
        return re.findall(r"\w+", text)

    def to_sentences(self, text):
        return [text]


def sentences_of(dragoman, path):
    out = subprocess.run([dragoman, "segment", "--format", "json", "--lang", "ar", path], check=True,
                         capture_output=True, text=True).stdout
    segments = json.loads(out.splitlines()[0])["segments"]
    return [s["text"] for s in segments if s["kind"] == "sentence" and not s.get("boilerplate")]


def lexrank_scores(summarizer, document):
    words = [summarizer._to_words_set(s) for s in document.sentences]
    tf = summarizer._compute_tf(words)
    idf = summarizer._compute_idf(words)
    matrix = summarizer._create_matrix(words, summarizer.threshold, tf, idf)
    return list(summarizer.power_method(matrix, summarizer.epsilon))


def textrank_scores(summarizer, document):
    ratings = summarizer.rate_sentences(document)
    return [ratings[s] for s in document.sentences]


def main():
    if len(sys.argv) != 3:
        print("usage: sumy_easc.py EASC-DEV-FOLDER DRAGOMAN-BINARY", file=sys.stderr)
        sys.exit(64)
    corpus, dragoman = sys.argv[1], os.path.abspath(sys.argv[2])
    if not os.path.isfile(os.path.join(corpus, "manifest.tsv")):
        sys.exit("sumy_easc.py: %s not found: give the EASC dev split (manifest.tsv, articles/, references/); "
                 "it is not in the repository" % os.path.join(corpus, "manifest.tsv"))
    if not os.access(dragoman, os.X_OK):
        sys.exit("sumy_easc.py: %s is not an executable: build it with swift build -c release --product dragoman"
                 % dragoman)
    here = os.path.dirname(os.path.abspath(__file__))
    stop = [w.strip() for w in open(os.path.join(here, "../../Sources/DragomanSummarizer/Resources/Data/stopwords-ar.txt"),
                                    encoding="utf-8") if w.strip() and not w.startswith("#")]
    rows = list(csv.DictReader(open(os.path.join(corpus, "manifest.tsv"), encoding="utf-8"), delimiter="\t"))
    tokenizer = WordTokenizer()
    for name, make, rate in [("sumy-lexrank", LexRankSummarizer, lexrank_scores),
                             ("sumy-textrank", TextRankSummarizer, textrank_scores)]:
        summarizer = make()
        summarizer.stop_words = stop
        with tempfile.TemporaryDirectory() as out:
            for row in rows:
                budget = int(math.floor(float(row["ref_words_mean"]) + 0.5))
                texts = sentences_of(dragoman, os.path.join(corpus, "articles", row["id"] + ".txt"))
                document = ObjectDocumentModel([Paragraph([Sentence(t, tokenizer) for t in texts])])
                scores = rate(summarizer, document)
                order = sorted(range(len(texts)), key=lambda i: (-scores[i], i))
                chosen, words = [], 0
                for i in order:
                    if words >= budget:
                        break
                    chosen.append(i)
                    words += len(texts[i].split())
                text = " ".join(texts[i] for i in sorted(chosen))
                with open(os.path.join(out, row["id"] + ".txt"), "w", encoding="utf-8") as f:
                    f.write(" ".join(text.split()[:budget]))
            report = subprocess.run([dragoman, "eval", "rouge", "--reference", os.path.join(corpus, "references"),
                                     "--system", out, "--normalize", "match"], check=True, capture_output=True,
                                    text=True).stdout
            print(name)
            print(report)


if __name__ == "__main__":
    main()
