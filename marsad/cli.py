"""The command line: `python -m marsad analyze | tag-conll | ingest | export | import`.

``analyze`` and ``tag-conll`` are the stable interface of shared/CONTRACT.md; the rest is added.
Progress and errors go to stderr, one line per unreadable input; stdout carries only results.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO

from tqdm import tqdm

from marsad.batch import Failed, analyze_all
from marsad.ingest import DEFAULT_MAX_BYTES, Article, IngestError, read_paths
from marsad.pipeline import Context


def _backend_errors() -> tuple[type[BaseException], ...]:
    from marsad.keywords.lemmas import LemmaBackendMissing

    errs: list[type[BaseException]] = [LemmaBackendMissing]
    try:
        from marsad.entities.camel import CamelNerUnavailable

        errs.append(CamelNerUnavailable)
    except ImportError:
        pass
    return tuple(errs)


BACKEND_ERRORS = _backend_errors()


def _date(s: str) -> date:
    try:
        return date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {s!r}") from None


def _err(msg: str) -> None:
    print(f"marsad: {msg}", file=sys.stderr, flush=True)


def _inputs(
    paths: list[str], pub_date: date | None, max_bytes: int
) -> Iterator[Article | IngestError]:
    """Every path in order; ``-`` is standard input (read_paths decodes it like a .txt file)."""
    return read_paths(paths, pub_date=pub_date, max_bytes=max_bytes)


def _count_hint(paths: list[str]) -> int | None:
    """Cheap guess of how many articles are coming: bulk files and folders mean many."""
    bulk = (".csv", ".json", ".jsonl", ".zip")
    if any(Path(p).is_dir() or p.lower().endswith(bulk) for p in paths if p != "-"):
        return None
    return len(paths)


def _progress(total: int | None, quiet: bool) -> tqdm:
    return tqdm(
        total=total,
        unit="article",
        file=sys.stderr,
        disable=quiet or total == 1,
        dynamic_ncols=True,
        mininterval=0.5,
    )


def cmd_analyze(args: argparse.Namespace) -> int:
    ctx = Context(pub_date=args.pub_date, ner_backend=args.ner)
    hint = _count_hint(args.paths)
    failed = 0
    docs = []
    out: IO[str] = sys.stdout
    with _progress(hint, args.quiet) as bar:
        items = _inputs(args.paths, args.pub_date, args.max_bytes)
        for res in analyze_all(items, ctx, workers=args.workers, expected=hint):
            bar.update(1)
            if isinstance(res, Failed):
                failed += 1
                _err(str(res))
                continue
            if args.format == "jsonl":
                out.write(json.dumps(res.as_dict(), ensure_ascii=False) + "\n")
                out.flush()
            else:
                docs.append(res.as_dict())
    if args.format == "json":
        json.dump(docs, out, ensure_ascii=False, indent=2)
        out.write("\n")
    return 1 if failed else 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from marsad.store import Store

    store = Store(args.db)
    ctx = Context(pub_date=args.pub_date, ner_backend=args.ner, corpus=store.corpus_view())
    added = skipped = failed = 0
    pending: list = []

    def commit() -> None:
        nonlocal added, skipped, failed
        n, errors = store.add_batch(pending)
        added += n
        skipped += len(pending) - n - len(errors)
        for doc, e in errors:
            failed += 1
            _err(f"{doc.origin or doc.id}: not stored ({type(e).__name__}: {e})")
        pending.clear()

    with _progress(_count_hint(args.paths), args.quiet) as bar:
        items = read_paths(args.paths, pub_date=args.pub_date, max_bytes=args.max_bytes)
        for res in analyze_all(_skip_known(items, store), ctx, workers=args.workers):
            bar.update(1)
            if isinstance(res, Failed):
                if res.reason == _KNOWN:
                    skipped += 1
                else:
                    failed += 1
                    _err(str(res))
                continue
            pending.append(res)
            if len(pending) >= COMMIT_EVERY:
                commit()
        commit()
    print(
        f"added {added}, already stored {skipped}, failed {failed}; "
        f"{store.count()} articles in {store.url}",
        file=sys.stderr,
    )
    return 1 if failed else 0


_KNOWN = "already stored"
COMMIT_EVERY = 64  # articles per commit on bulk ingest; each still in its own savepoint


def _skip_known(
    items: Iterator[Article | IngestError], store: object
) -> Iterator[Article | IngestError]:
    """Re-running an ingest re-analyses nothing: articles whose id is stored pass as 'known'."""
    from marsad.document import content_id

    known = set(store.ids())  # type: ignore[attr-defined]
    for it in items:
        if isinstance(it, Article) and content_id(it.text) in known:
            yield IngestError(it.origin or "<article>", _KNOWN)
        else:
            yield it


def cmd_export(args: argparse.Namespace) -> int:
    from marsad.store import Store

    store = Store(args.db)
    if args.out == "-":
        n = store.export_jsonl(sys.stdout)
    else:
        with open(args.out, "w", encoding="utf-8") as fp:
            n = store.export_jsonl(fp)
    print(f"exported {n} articles", file=sys.stderr)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from marsad.store import Store

    store = Store(args.db)
    try:
        with open(args.file, encoding="utf-8") as fp:
            n = store.import_jsonl(fp)
    except (OSError, ValueError, KeyError, TypeError) as e:
        _err(f"{args.file}: not a Marsad export ({type(e).__name__}: {e})")
        return 1
    print(f"imported {n} new articles; {store.count()} in {store.url}", file=sys.stderr)
    return 0


def cmd_tag_conll(args: argparse.Namespace) -> int:
    from marsad.entities.conll import tag_tokens

    try:
        lines = Path(args.path).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        _err(f"{args.path}: cannot read ({e})")
        return 1
    out = sys.stdout
    sent: list[str] = []

    def flush() -> None:
        if sent:
            for tok, tag in zip(sent, tag_tokens(sent, backend=args.ner), strict=True):
                out.write(f"{tok}\t{tag}\n")
            sent.clear()

    for line in lines:
        if not line.strip():
            flush()
            out.write("\n")
            continue
        sent.append(line.split()[0] if line.split() else line)
    flush()
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m marsad", description=__doc__)
    sub = p.add_subparsers(dest="cmd", required=True)

    def common(sp: argparse.ArgumentParser) -> None:
        sp.add_argument(
            "--pub-date",
            type=_date,
            default=None,
            help="publication date for articles that carry none of their own",
        )
        sp.add_argument(
            "--ner",
            choices=["default", "camel"],
            default="default",
            help="entity recogniser: the bundled one, or CAMeL Tools' BERT "
            "(needs `camel_data -i ner-arabert`)",
        )
        sp.add_argument("--workers", type=int, default=None, help="processes (default: all cores)")
        sp.add_argument(
            "--max-bytes",
            type=int,
            default=DEFAULT_MAX_BYTES,
            help="skip files larger than this (default 20 MB)",
        )
        sp.add_argument("-q", "--quiet", action="store_true", help="no progress bar")

    a = sub.add_parser("analyze", help="analyse files, folders or - (stdin); JSON on stdout")
    a.add_argument("paths", nargs="+", metavar="PATH")
    a.add_argument("--format", choices=["json", "jsonl"], default="json")
    common(a)
    a.set_defaults(fn=cmd_analyze)

    t = sub.add_parser("tag-conll", help="tag a CoNLL file's tokens with BIO PERS/LOC/ORG/MISC")
    t.add_argument("path")
    t.add_argument("--ner", choices=["default", "camel"], default="default")
    t.set_defaults(fn=cmd_tag_conll)

    db_help = "SQLAlchemy URL or SQLite path (default $MARSAD_DB or ~/.marsad/marsad.sqlite)"
    i = sub.add_parser("ingest", help="analyse and store articles; re-running adds nothing new")
    i.add_argument("paths", nargs="+", metavar="PATH")
    i.add_argument("--db", default=None, help=db_help)
    common(i)
    i.set_defaults(fn=cmd_ingest)

    e = sub.add_parser("export", help="write the whole store as JSON lines")
    e.add_argument("out", help="output file, or - for stdout")
    e.add_argument("--db", default=None, help=db_help)
    e.set_defaults(fn=cmd_export)

    m = sub.add_parser("import", help="load a JSON-lines export into the store")
    m.add_argument("file")
    m.add_argument("--db", default=None, help=db_help)
    m.set_defaults(fn=cmd_import)
    return p


def _db_url(db: str | None) -> str | None:
    from marsad.store import url_for

    return None if db is None else url_for(db)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if hasattr(args, "db"):
        try:
            args.db = _db_url(args.db)
        except ValueError as e:
            _err(str(e))
            return 2
    try:
        return args.fn(args)
    except BACKEND_ERRORS as e:  # an optional backend chosen without its data: one clear line
        _err(str(e))
        return 2
    except KeyboardInterrupt:
        _err("interrupted; every article already stored stays stored")
        return 130
    except BrokenPipeError:
        return 0
