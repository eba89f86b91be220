# One-off: expected ROUGE scores of the English fixture from Google's rouge-score (reference reimplementation of
# ROUGE-1.5.5). Per document: each measure against each reference, P/R/F averaged over the references.
import glob, os, sys
try:
    from rouge_score import rouge_scorer
    import rouge_score
except ImportError:
    sys.exit("make_expected.py: rouge-score is not installed; install it with: pip install rouge-score==0.1.2")
if len(sys.argv) != 2 or not os.path.isdir(os.path.join(sys.argv[1], "system")):
    sys.exit("usage: make_expected.py FIXTURE-FOLDER (the folder holding system/ and reference/)")
root = sys.argv[1]
scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=False)
print("# expected scores from rouge-score %s (use_stemmer=False), averaged over references" % getattr(rouge_score, "__version__", "0.1.2"))
print("document\tmeasure\tprecision\trecall\tf")
for path in sorted(glob.glob(os.path.join(root, "system", "*.txt"))):
    name = os.path.basename(path)[:-4]
    system = open(path, encoding="utf-8").read()
    refs = sorted(glob.glob(os.path.join(root, "reference", name + ".*.txt"))) or [os.path.join(root, "reference", name + ".txt")]
    for key, label in [("rouge1", "ROUGE-1"), ("rouge2", "ROUGE-2"), ("rougeL", "ROUGE-L")]:
        scores = [scorer.score(open(r, encoding="utf-8").read(), system)[key] for r in refs]
        p = sum(s.precision for s in scores) / len(scores)
        r = sum(s.recall for s in scores) / len(scores)
        f = sum(s.fmeasure for s in scores) / len(scores)
        print("%s\t%s\t%.12f\t%.12f\t%.12f" % (name, label, p, r, f))
