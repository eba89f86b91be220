#!/usr/bin/env python3
"""Comparison run: jusText on the cleanup's labelled set, on the same lines as Dragoman.

jusText (J. Pomikálek, "Removing boilerplate and duplicate content from web corpora", PhD thesis, Masaryk
University, 2011; PyPI `justext`) classifies the paragraphs of an HTML page. Copied text has no markup, so each
non-blank line of an article becomes one `<p>` paragraph, and jusText runs with its default settings and its own
stoplist for the article's language (Arabic or English, from the file name). A line counts as marked when jusText
calls its paragraph boilerplate. Figures per part, as `dragoman-bench cleanup` prints them for Dragoman.

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install justext lxml_html_clean
    /tmp/venv/bin/python Benchmarks/compare/justext_cleanup.py [Tests/DragomanTextTests/Fixtures/cleanup] [--verbose]
"""
import html, os, sys

import justext


def articles(folder):
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".tsv"):
            continue
        rows = []
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            for row in f.read().rstrip("\n").split("\n"):
                label, text = row.split("\t", 1)
                rows.append((label, text))
        yield name, rows


def classify(name, rows, stoplists):
    lines = [(label, text) for label, text in rows if label != "blank"]
    page = "<html><body>" + "".join("<p>%s</p>" % html.escape(text) for _, text in lines) + "</body></html>"
    language = "Arabic" if "-ar-" in name else "English"
    paragraphs = justext.justext(page.encode("utf-8"), stoplists[language], encoding="utf-8")
    if len(paragraphs) != len(lines):
        raise SystemExit("%s: jusText made %d paragraphs of %d lines" % (name, len(paragraphs), len(lines)))
    return [(label, text, p.is_boilerplate) for (label, text), p in zip(lines, paragraphs)]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    root = args[0] if args else "Tests/DragomanTextTests/Fixtures/cleanup"
    stoplists = {language: justext.get_stoplist(language) for language in ("Arabic", "English")}
    print("part      articles  furniture marked  metadata marked  news marked  headlines marked")
    for part in ("tuning", "held-out"):
        totals, marked, count = {}, {}, 0
        for name, rows in articles(os.path.join(root, part)):
            count += 1
            for label, text, bad in classify(name, rows, stoplists):
                totals[label] = totals.get(label, 0) + 1
                marked[label] = marked.get(label, 0) + (1 if bad else 0)
                if verbose:
                    wrong = (label in ("furniture", "metadata")) != bad
                    print("%s %s\t%s\t%s" % ("!!" if wrong else "  ", label[:4], "bad" if bad else "-", text))

        def cell(label):
            return "%d/%d" % (marked.get(label, 0), totals.get(label, 0))

        share = 100.0 * marked.get("furniture", 0) / totals["furniture"]
        print("%-10s%8d  %-18s%-17s%-13s%s" % (part, count, "%s (%.1f%%)" % (cell("furniture"), share),
                                              cell("metadata"), cell("news"), cell("headline")))


if __name__ == "__main__":
    main()
