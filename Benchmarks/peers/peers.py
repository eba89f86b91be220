#!/usr/bin/env python3
"""Dragoman against the tools people use today, on the same corpus, in one run (issue 13).

Run it through `Benchmarks/peers/run`, which sets up the venv and the release build. Subcommands:

    peers.py drive --dragoman BIN --bench BIN --shared DIR --work DIR [--runs N] [--scratch DIR]
                                                                         the whole benchmark, a table on stdout
    peers.py camel FILE | pyarabic FILE                                  one normalization chain, in memory
    peers.py sumy lexrank|textrank SENTENCES.json COPIES N               sumy on pre-split sentences, in memory

Every measured command is a child process: its peak memory is its own `ru_maxrss` (`os.wait4`). Dragoman is timed
end to end (process start to exit, reading the files and writing its output); a peer is timed around its in-memory
call only (the text already read and decoded, sentences already split), which favours the peer. So that like also
stands beside like, Dragoman's library calls are timed the peers' way too (`dragoman-bench peer-normalize` and
`peer-summarize`: the input read and segmented before the clock starts, the call alone timed). The runs of a
comparison alternate (Dragoman, peer, peer, Dragoman, ...), and the median of each is kept, so that load from other
processes on the machine falls on both sides of a ratio.
"""
import argparse, json, os, shutil, statistics, subprocess, sys, tempfile, time

NORMALIZE_COPIES_BYTES = 21_000_000  # the seeds repeated to about 21 MB
EASC_COPIES = 12  # EASC dev (102 articles, 0.41 MB) repeated to 1,224 articles, 4.9 MB
SUMMARY_SENTENCES = 3
SAMPLE = "الإِرهابيّةُ ـــ أُعلِنَت فى ٢٠٢١ ﻻ٪\u200c"  # harakat, tatweel, alef forms, maksura, digits, lam-alef, ZWNJ


# ---- the peers (children) -------------------------------------------------------------------------------------------

def camel_chain():
    """CAMeL Tools' normalization functions that do what Dragoman's `match` profile does."""
    from camel_tools.utils.normalize import (normalize_unicode, normalize_alef_ar, normalize_alef_maksura_ar,
                                             normalize_teh_marbuta_ar)
    from camel_tools.utils.dediac import dediac_ar

    def chain(text):
        text = normalize_unicode(text)  # NFKC (presentation forms, no-break spaces), ﷼ ﷽ expanded
        text = dediac_ar(text)  # harakat U+064B–U+0652 and superscript alef U+0670
        text = normalize_alef_ar(text)  # أ إ آ ٱ → ا
        text = normalize_alef_maksura_ar(text)  # ى → ي
        return normalize_teh_marbuta_ar(text)  # ة → ه
    return chain


def pyarabic_chain():
    """PyArabic's functions that do what Dragoman's `match` profile does."""
    from pyarabic import araby

    def chain(text):
        text = araby.strip_diacritics(text)  # harakat, shadda, superscript alef, Quranic marks
        text = araby.strip_tatweel(text)  # U+0640
        text = araby.normalize_ligature(text)  # lam-alef ligatures → ل + ا
        text = araby.normalize_alef(text)  # أ إ آ ٱ … → ا
        return araby.normalize_teh(text)  # ة → ه
    return chain


def normalize_child(name, path):
    chain = {"camel": camel_chain, "pyarabic": pyarabic_chain}[name]()
    with open(path, encoding="utf-8") as f:
        text = f.read()
    sample = chain(SAMPLE)
    start, cpu = time.perf_counter(), time.process_time()
    out = chain(text)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    if out == text:
        sys.exit("peers.py %s: the chain changed nothing in %s; not measuring a no-op" % (name, path))
    print(json.dumps({"seconds": seconds, "cpu": cpu, "sample": sample}))


def sumy_child(algorithm, sentences_path, copies, count):
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    with open(sentences_path, encoding="utf-8") as f:
        documents = json.load(f)
    tokenizer = Tokenizer("arabic")  # words by PyArabic's tokenizer; no NLTK data needed
    summarizer = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer}[algorithm]()
    summarizer.stop_words = get_stop_words("arabic")
    chosen = 0
    start, cpu = time.perf_counter(), time.process_time()
    for _ in range(copies):
        for sentences in documents:
            # New Sentence objects per copy: sumy caches each sentence's words, and a copy must not reuse them.
            document = ObjectDocumentModel([Paragraph([Sentence(s, tokenizer) for s in sentences])])
            chosen += len(summarizer(document, count))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(json.dumps({"seconds": seconds, "cpu": cpu, "chosen": chosen}))


# ---- the driver -----------------------------------------------------------------------------------------------------

def figure(rate):
    """A rate with three significant figures or so: 95.3, 14.2, 0.64."""
    return "%.0f" % rate if rate >= 100 else "%.1f" % rate if rate >= 10 else "%.2f" % rate


def fail(message):
    sys.exit("Benchmarks/peers: " + message)


class Run:
    """One child process: wall time, CPU time, peak memory, and the time it reports for its in-memory call."""

    def __init__(self, argv, stdout_path, stdin_path=None, env=None):
        stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
        with open(stdout_path, "wb") as out, open(stdout_path + ".err", "wb") as err:
            start = time.perf_counter()
            process = subprocess.Popen(argv, stdin=stdin, stdout=out, stderr=err, env=env)
            _, status, usage = os.wait4(process.pid, 0)
            self.wall = time.perf_counter() - start
        if stdin_path:
            stdin.close()
        process.returncode = os.waitstatus_to_exitcode(status)  # so Popen does not wait for it again
        if process.returncode != 0:
            with open(stdout_path + ".err", encoding="utf-8", errors="replace") as f:
                fail("%s exited with status %d:\n%s" % (" ".join(argv), process.returncode, f.read()[-2000:]))
        self.cpu = usage.ru_utime + usage.ru_stime
        self.peak_mb = usage.ru_maxrss / 1024  # KiB on Linux
        self.report = None
        if stdin_path is None and (argv[0] == sys.executable or os.path.basename(argv[0]) == "dragoman-bench"):
            with open(stdout_path, encoding="utf-8") as f:
                self.report = json.loads(f.read().strip().splitlines()[-1])


class Row:
    def __init__(self, group, tool, timed, megabytes):
        self.group, self.tool, self.timed, self.megabytes, self.runs = group, tool, timed, megabytes, []

    def seconds(self):
        return statistics.median(r.report["seconds"] if r.report else r.wall for r in self.runs)

    def cpu(self):
        return statistics.median(r.report["cpu"] if r.report else r.cpu for r in self.runs)

    def process_wall(self):
        return statistics.median(r.wall for r in self.runs)

    def rate(self):
        return self.megabytes / self.seconds()

    def cpu_rate(self):
        return self.megabytes / self.cpu()

    def peak(self):
        return max(r.peak_mb for r in self.runs)


def build_corpora(shared, work):
    seeds = sorted(os.path.join(shared, "seeds", n) for n in os.listdir(os.path.join(shared, "seeds"))
                   if n.endswith(".txt"))
    once = b"".join(open(p, "rb").read().rstrip(b"\n") + b"\n\n" for p in seeds)
    copies = -(-NORMALIZE_COPIES_BYTES // len(once))
    normalize_input = os.path.join(work, "seeds-repeated.txt")
    with open(normalize_input, "wb") as f:
        f.write(once * copies)
    articles = os.path.join(shared, "easc-dev", "articles")
    easc = os.path.join(work, "easc-repeated")
    shutil.rmtree(easc, ignore_errors=True)
    os.makedirs(easc)
    names = sorted(n for n in os.listdir(articles) if n.endswith(".txt"))
    for copy in range(EASC_COPIES):
        for name in names:
            shutil.copyfile(os.path.join(articles, name), os.path.join(easc, "c%02d_%s" % (copy, name)))
    return normalize_input, len(seeds), copies, easc, names


def drive(args):
    dragoman, work, py = os.path.abspath(args.dragoman), os.path.abspath(args.work), sys.executable
    bench = os.path.abspath(args.bench)
    os.makedirs(work, exist_ok=True)
    if args.scratch:
        os.makedirs(args.scratch, exist_ok=True)
    scratch = tempfile.mkdtemp(dir=args.scratch or work, prefix="dragoman-peers-run-")
    normalize_input, seed_count, seed_copies, easc, names = build_corpora(args.shared, work)
    normalize_mb = os.path.getsize(normalize_input) / 1e6
    easc_mb = sum(os.path.getsize(os.path.join(easc, n)) for n in os.listdir(easc)) / 1e6
    articles = len(names) * EASC_COPIES

    # sumy gets Dragoman's sentences (non-boilerplate `sentence` segments), split once before any timing.
    segmented = os.path.join(scratch, "segments.jsonl")
    Run([dragoman, "segment", "--format", "json", os.path.join(args.shared, "easc-dev", "articles")], segmented)
    documents = []
    with open(segmented, encoding="utf-8") as f:
        for line in f:
            segments = json.loads(line)["segments"]
            documents.append([s["text"] for s in segments if s["kind"] == "sentence" and not s.get("boilerplate")])
    if len(documents) != len(names):
        fail("dragoman segment gave %d documents for %d EASC articles" % (len(documents), len(names)))
    sentences_path = os.path.join(scratch, "sentences.json")
    with open(sentences_path, "w", encoding="utf-8") as f:
        json.dump(documents, f, ensure_ascii=False)

    help_text = subprocess.run([dragoman, "prepare", "--help"], capture_output=True, text=True).stdout
    has_jobs = "--jobs" in help_text
    me = os.path.abspath(__file__)
    out = lambda name: os.path.join(scratch, name)
    norm_group = "normalization: the %d seeds repeated %d times, one file, %.1f MB" % (seed_count, seed_copies,
                                                                                        normalize_mb)
    sum_group = "summaries of %d sentences: EASC dev repeated %d times, %d articles, %.1f MB" % (
        SUMMARY_SENTENCES, EASC_COPIES, articles, easc_mb)
    prep_group = "prepare: the same %d articles, %.1f MB" % (articles, easc_mb)
    n = str(SUMMARY_SENTENCES)
    summarize = [dragoman, "summarize", "--sentences", n]
    env = dict(os.environ, SOURCE_DATE_EPOCH="0")
    # (row, command, output, env); the rows of one comparison are run in turn, `runs` times.
    comparisons = [
        [(Row(norm_group, "Dragoman `normalize --profile match`", "CLI end to end", normalize_mb),
          [dragoman, "normalize", "--profile", "match", normalize_input], "normalized.txt", None),
         (Row(norm_group, "Dragoman `Normalizer.normalize` (match)", "in memory, one call on the whole text",
              normalize_mb),
          [bench, "peer-normalize", normalize_input, SAMPLE], "dragoman-memory.json", None),
         (Row(norm_group, "CAMeL Tools: 5-step chain", "in memory, one call on the whole text", normalize_mb),
          [py, me, "camel", normalize_input], "camel.json", None),
         (Row(norm_group, "PyArabic: 5-step chain", "in memory, one call on the whole text", normalize_mb),
          [py, me, "pyarabic", normalize_input], "pyarabic.json", None)],
        [(Row(sum_group, "Dragoman `summarize` (desk, the default)", "CLI end to end", easc_mb),
          summarize + [easc], "desk.txt", None),
         (Row(sum_group, "Dragoman `summarize --algorithm lexrank`", "CLI end to end", easc_mb),
          summarize + ["--algorithm", "lexrank", easc], "lexrank.txt", None),
         (Row(sum_group, "Dragoman LexRank", "in memory, per article, its segments ready", easc_mb),
          [bench, "peer-summarize", "lexrank", n, easc], "dragoman-lexrank.json", None),
         (Row(sum_group, "sumy LexRank", "in memory, pre-split sentences", easc_mb),
          [py, me, "sumy", "lexrank", sentences_path, str(EASC_COPIES), n], "sumy-lexrank.json", None),
         (Row(sum_group, "Dragoman `summarize --algorithm textrank`", "CLI end to end", easc_mb),
          summarize + ["--algorithm", "textrank", easc], "textrank.txt", None),
         (Row(sum_group, "Dragoman TextRank", "in memory, per article, its segments ready", easc_mb),
          [bench, "peer-summarize", "textrank", n, easc], "dragoman-textrank.json", None),
         (Row(sum_group, "sumy TextRank", "in memory, pre-split sentences", easc_mb),
          [py, me, "sumy", "textrank", sentences_path, str(EASC_COPIES), n], "sumy-textrank.json", None)],
        [(Row(prep_group, "Dragoman `prepare`, 1 core (`taskset -c 0`%s)" % (", `--jobs 1`" if has_jobs else ""),
              "CLI end to end", easc_mb),
          ["taskset", "-c", "0", dragoman, "prepare"] + (["--jobs", "1"] if has_jobs else []) + ["-o", out("p1"),
                                                                                                  easc],
          "prepare-1.txt", env),
         (Row(prep_group, "Dragoman `prepare`, 2 cores (`taskset -c 0,1`%s)" % (", `--jobs 2`" if has_jobs else ""),
              "CLI end to end", easc_mb),
          ["taskset", "-c", "0,1", dragoman, "prepare"] + (["--jobs", "2"] if has_jobs else []) + ["-o", out("p2"),
                                                                                                    easc],
          "prepare-2.txt", env)],
    ]
    for comparison in comparisons:
        for run in range(args.runs):
            order = comparison if run % 2 == 0 else list(reversed(comparison))
            for row, argv, output, environment in order:
                for folder in (out("p1"), out("p2")):
                    if argv[-3:-1] == ["-o", folder]:
                        shutil.rmtree(folder, ignore_errors=True)
                row.runs.append(Run(argv, out(output), env=environment))
                print("  %-60s run %d: %.2f s" % (row.tool[:60], run + 1, row.runs[-1].report["seconds"]
                                                   if row.runs[-1].report else row.runs[-1].wall), file=sys.stderr)
    prepare_same = subprocess.run(["diff", "-r", "-q", out("p1"), out("p2")], capture_output=True).returncode == 0

    # What each chain makes of one sample, so that a reader sees what is compared.
    sample_in = out("sample.txt")
    with open(sample_in, "w", encoding="utf-8") as f:
        f.write(SAMPLE + "\n")
    Run([dragoman, "normalize", "--profile", "match", "-"], out("sample-dragoman.txt"), stdin_path=sample_in)
    samples = [("Dragoman match", open(out("sample-dragoman.txt"), encoding="utf-8").read().strip()),
               ("Dragoman match, in memory", comparisons[0][1][0].runs[0].report["sample"]),
               ("CAMeL Tools", comparisons[0][2][0].runs[0].report["sample"]),
               ("PyArabic", comparisons[0][3][0].runs[0].report["sample"])]

    rows = [row for comparison in comparisons for row, *_ in comparison]
    norm, norm_memory, camel, pyarabic = (r for r, *_ in comparisons[0])
    desk, d_lex, m_lex, s_lex, d_text, m_text, s_text = (r for r, *_ in comparisons[1])
    one, two = (r for r, *_ in comparisons[2])
    against = {camel: norm, pyarabic: norm, s_lex: d_lex, s_text: d_text}
    lines = ["| tool | what is timed | wall (s) | MB/s | CPU (s) | MB/s of CPU | Dragoman ÷ peer (wall; CPU) | "
             "peak memory (MB) |", "|---|---|---|---|---|---|---|---|"]
    group = None
    for row in rows:
        if row.group != group:
            group = row.group
            lines.append("| **%s** | | | | | | | |" % group)
        if row in against:
            mark = "%.1f×; %.1f×" % (against[row].rate() / row.rate(), against[row].cpu_rate() / row.cpu_rate())
        elif row in (norm_memory, m_lex, m_text):
            peers = {norm_memory: [("CAMeL", camel), ("PyArabic", pyarabic)], m_lex: [("sumy", s_lex)],
                     m_text: [("sumy", s_text)]}[row]
            mark = "; ".join("%.1f× %s" % (row.rate() / peer.rate(), name) for name, peer in peers) + " (in memory)"
        elif row is two:
            mark = "%.2f× the 1-core speed" % (row.rate() / one.rate())
        else:
            mark = ""
        timed = row.timed if not row.runs[0].report else "%s (process: %.2f s)" % (row.timed, row.process_wall())
        lines.append("| %s | %s | %.2f | %s | %.2f | %s | %s | %.0f |" % (
            row.tool, timed, row.seconds(), figure(row.rate()), row.cpu(), figure(row.cpu_rate()), mark, row.peak()))
    print("\n".join(lines))
    print()
    print("Median of %d runs per row, the rows of a comparison alternating; MB = 10^6 bytes of input; peak memory "
          "is the process's maximum resident set; CPU = user + system time of the process (Dragoman) or of the "
          "timed call (peers)." % args.runs)
    print("Default summarizer against sumy: desk is %.1f× (CPU: %.1f×) sumy LexRank and %.1f× (%.1f×) sumy "
          "TextRank; target ≥ 50×." % (desk.rate() / s_lex.rate(), desk.cpu_rate() / s_lex.cpu_rate(),
                                      desk.rate() / s_text.rate(), desk.cpu_rate() / s_text.cpu_rate()))
    print("Like for like, in memory: LexRank %.1f× sumy's, TextRank %.1f× sumy's." % (
        m_lex.rate() / s_lex.rate(), m_text.rate() / s_text.rate()))
    print("Normalization: %.1f× (CPU: %.1f×) CAMeL Tools, target ≥ 20×; %.1f× (%.1f×) PyArabic." % (
        norm.rate() / camel.rate(), norm.cpu_rate() / camel.cpu_rate(), norm.rate() / pyarabic.rate(),
        norm.cpu_rate() / pyarabic.cpu_rate()))
    print("Like for like, in memory: normalization %.1f× CAMeL Tools, %.1f× PyArabic." % (
        norm_memory.rate() / camel.rate(), norm_memory.rate() / pyarabic.rate()))
    print("prepare on 1 core takes %.1f× the wall time of summarize (desk, %d sentences) on the same articles "
          "(issue target ≤ 2.5×); `prepare --jobs`: %s; the outputs of the 1- and 2-core runs are %s." % (
              one.seconds() / desk.seconds(), SUMMARY_SENTENCES,
              "passed" if has_jobs else "not in this build, so prepare ran on one thread both times",
              "identical" if prepare_same else "DIFFERENT"))
    print()
    print("One sample, `%s`:" % SAMPLE)
    for name, text in samples:
        print("- %s: `%s`" % (name, text))
    shutil.rmtree(scratch, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("drive")
    d.add_argument("--dragoman", required=True)
    d.add_argument("--bench", required=True, help="the dragoman-bench executable (its peer-* calls)")
    d.add_argument("--shared", required=True)
    d.add_argument("--work", required=True)
    d.add_argument("--runs", type=int, default=3)
    d.add_argument("--scratch", help="where the runs' outputs go (default: a folder in --work)")
    for name in ("camel", "pyarabic"):
        sub.add_parser(name).add_argument("file")
    s = sub.add_parser("sumy")
    s.add_argument("algorithm", choices=["lexrank", "textrank"])
    s.add_argument("sentences")
    s.add_argument("copies", type=int)
    s.add_argument("count", type=int)
    args = parser.parse_args()
    if args.command == "drive":
        if args.runs < 1:
            fail("--runs must be at least 1")
        drive(args)
    elif args.command == "sumy":
        sumy_child(args.algorithm, args.sentences, args.copies, args.count)
    else:
        normalize_child(args.command, args.file)


if __name__ == "__main__":
    main()
