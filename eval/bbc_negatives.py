"""BBC full text: asserted material-conflict events (QuadClass 4) where there should be none.

Sport, technology and entertainment articles of ``news/bbc-fulltext/`` should yield almost no
material conflict; politics and business are coded too, for contrast. Each file becomes one
undated article (its first line the headline paragraph). Prints events per article per topic,
the rules that fired most in the negative topics and the worst examples (lowest Goldstein
weight first) with their sentence, CAMEO code and rule, so misfiring rules can be fixed. Usage::

    python eval/bbc_negatives.py [--limit N] [--topics sport,tech,...] [--worst 15] [--json]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.table import Table

from _common import DEFAULT_DATA, code_with_progress, make_pipeline, print_json, require, run, stdout
from flashpoint.evaluate.acled import NegativeScore, score_negatives
from flashpoint.types import Article

NEGATIVE_TOPICS = ("sport", "tech", "entertainment")
CONTRAST_TOPICS = ("politics", "business")


def bbc_article(folder: Path, name: str) -> Article:
    """Read one BBC file (``topic/NNN.txt``): headline line, then the body, as one article."""
    raw = (folder / name).read_text(encoding="utf-8", errors="replace")
    headline, _, body = raw.strip().partition("\n")
    text = f"{headline.strip()}\n\n{body.strip()}" if body.strip() else headline.strip()
    return Article(article_id=f"bbc:{name}", text=text, title=headline.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="code only the first N articles of each topic")
    parser.add_argument("--topics", default=",".join(NEGATIVE_TOPICS + CONTRAST_TOPICS),
                        help="comma-separated topic folders")
    parser.add_argument("--worst", type=int, default=15, help="how many worst examples to print")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="the reference data folder")
    parser.add_argument("--model", default=None, help="installed spaCy pipeline to parse with")
    args = parser.parse_args(argv)

    folder = require(Path(args.data) / "news" / "bbc-fulltext")
    names: list[str] = []
    topics: list[str] = []
    for topic in [t.strip() for t in args.topics.split(",") if t.strip()]:
        files = sorted(p.name for p in (folder / topic).glob("*.txt"))[: args.limit]
        names.extend(f"{topic}/{f}" for f in files)
        topics.extend(topic for _ in files)
    articles = [bbc_article(folder, n) for n in names]
    events = code_with_progress(make_pipeline(args.model), articles, "BBC full text")

    negative = [i for i, t in enumerate(topics) if t in NEGATIVE_TOPICS]
    score = score_negatives(names, topics, events, worst=0)
    neg = score_negatives([names[i] for i in negative], [topics[i] for i in negative],
                          [events[i] for i in negative], worst=args.worst)
    if args.json:
        print_json({"all_topics": score.as_dict(), "negative_topics": neg.as_dict()})
        return 0
    stdout.print(_topic_table(score))
    stdout.print(f"negative topics ({', '.join(NEGATIVE_TOPICS)}): {neg.per_article:.3f} events per article")
    stdout.print(_rules_table(neg))
    stdout.print(_worst_table(neg))
    return 0


def _topic_table(score: NegativeScore) -> Table:
    table = Table(title="Asserted material-conflict events (QuadClass 4) per BBC article")
    for col in ("topic", "articles", "events", "per article", "articles with any"):
        table.add_column(col, justify="left" if col == "topic" else "right")
    for t in score.topics:
        kind = " (contrast)" if t.topic in CONTRAST_TOPICS else ""
        share = f"{t.articles_with_conflict} ({t.articles_with_conflict / t.articles:.1%})" if t.articles else "0"
        table.add_row(t.topic + kind, str(t.articles), str(t.events), f"{t.per_article:.3f}", share)
    return table


def _rules_table(score: NegativeScore, n: int = 15) -> Table:
    table = Table(title="Rules behind QuadClass 4 events in sport, tech and entertainment")
    table.add_column("rule")
    table.add_column("events", justify="right")
    for rule, count in score.rules[:n]:
        table.add_row(rule, str(count))
    return table


def _worst_table(score: NegativeScore) -> Table:
    table = Table(title="Worst examples (lowest Goldstein first)", show_lines=True)
    for col in ("article", "code", "rule", "source > target", "sentence"):
        table.add_column(col, overflow="fold")
    for name, e in score.worst:
        dyad = f"{e.source.code if e.source else '-'} > {e.target.code if e.target else '-'}"
        table.add_row(name, e.cameo_code, e.rule, dyad, e.sentence.strip())
    return table


if __name__ == "__main__":
    raise SystemExit(run(main))
