"""Throughput of flashpoint on real news: articles/s, sentences/s, peak memory, coder overhead.

Codes N articles of the BBC full-text corpus (``../shared/data/news/bbc-fulltext`` next to
the repository, one article per file, taken round-robin over its topic folders so every
topic is represented) and prints:

* articles per second and sentences per second through ``Pipeline.run`` (parse, actors,
  coding), reading and cleaning excluded;
* the peak resident set size of the process (``resource.getrusage``, MiB);
* the ratio of flashpoint's time to a bare ``nlp.pipe`` over the same texts with the same
  spaCy pipeline, i.e. what actor resolution, event coding and paragraph handling cost on
  top of the parse.

Run: ``python bench/throughput.py [-n 300] [--data DIR] [--model NAME] [--batch 16]``.
Numbers vary by machine; compare ratios, not seconds. Not a test: nothing asserts on time.
"""

from __future__ import annotations

import argparse
import itertools
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "news" / "bbc-fulltext"


def pick_files(root: Path, n: int) -> list[Path]:
    """Up to ``n`` ``.txt`` files, round-robin over the topic folders in sorted order."""
    topics = [sorted(d.glob("*.txt")) for d in sorted(p for p in root.iterdir() if p.is_dir())]
    mixed = (f for group in itertools.zip_longest(*topics) for f in group if f is not None)
    return list(itertools.islice(mixed, n))


def peak_rss_mib() -> float:
    """Peak resident set size of this process in MiB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=300, help="articles to code (default 300)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of topic folders of .txt articles")
    parser.add_argument("--model", default=None, help="installed spaCy pipeline (default: the English one)")
    parser.add_argument("--batch", type=int, default=16, help="articles per Pipeline.run batch")
    args = parser.parse_args(argv)

    if not args.data.is_dir():
        print(f"throughput: corpus not found at {args.data}; pass --data DIR (BBC full-text layout)",
              file=sys.stderr)
        return 2
    files = pick_files(args.data, args.n)
    if not files:
        print(f"throughput: no .txt files under {args.data}", file=sys.stderr)
        return 2

    from flashpoint.ingest import read_inputs
    from flashpoint.pipeline import Pipeline
    from flashpoint.types import Article

    t0 = time.perf_counter()
    articles = [a for a in read_inputs([str(f) for f in files]) if isinstance(a, Article)]
    t_read = time.perf_counter() - t0
    pipeline = Pipeline(model=args.model, actor_files=())
    nlp = pipeline.nlp
    texts = [a.text for a in articles]

    # Warm up both paths so one-off lazy loading is not charged to either.
    list(nlp.pipe(texts[:4]))
    list(pipeline.run(articles[:4], batch=args.batch))
    rss_before = peak_rss_mib()

    t0 = time.perf_counter()
    sentences = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=args.batch))
    t_spacy = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_events = n_asserted = 0
    for _, events in pipeline.run(articles, batch=args.batch):
        n_events += len(events)
        n_asserted += sum(1 for e in events if e.modality.value == "asserted")
    t_flash = time.perf_counter() - t0

    chars = sum(len(t) for t in texts)
    print(f"corpus            {args.data.name}: {len(articles)} articles, {sentences} sentences, "
          f"{chars / 1000:.0f}k chars (read+clean {t_read:.1f} s)")
    print(f"spaCy nlp.pipe    {t_spacy:.2f} s  {len(articles) / t_spacy:.1f} articles/s  "
          f"{sentences / t_spacy:.0f} sentences/s")
    print(f"flashpoint        {t_flash:.2f} s  {len(articles) / t_flash:.1f} articles/s  "
          f"{sentences / t_flash:.0f} sentences/s  {n_events} events ({n_asserted} asserted)")
    print(f"overhead ratio    {t_flash / t_spacy:.2f}x flashpoint / bare spaCy parse")
    print(f"peak memory       {peak_rss_mib():.0f} MiB resident ({rss_before:.0f} MiB after loading)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
