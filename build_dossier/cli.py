"""Command line: a thin shell over `pipeline`. Exit codes: 0 success, 1 internal error, 2 bad input."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

from build_dossier import __version__
from build_dossier.errors import Abort, DossierError, Report

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2


class _Progress:
    """Progress on stderr: one line per step, or one rewritten line on a terminal."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet
        self.tty = sys.stderr.isatty()
        self.started = time.monotonic()

    def __call__(self, message: str) -> None:
        if self.quiet:
            return
        elapsed = time.monotonic() - self.started
        line = f"[{elapsed:5.1f}s] {message}"
        if self.tty:
            sys.stderr.write("\r\033[K" + line)
            if not message.startswith("extract: ["):
                sys.stderr.write("\n")
        else:
            sys.stderr.write(line + "\n")
        sys.stderr.flush()


def _print_report(report: Report) -> None:
    for w in report.warnings:
        print(f"{w.path}:{w.line}: warning: {w.message}", file=sys.stderr)
    for e in report.errors:
        print(f"{e.path}:{e.line}: {e.message}", file=sys.stderr)


def _paths(args: argparse.Namespace):
    from build_dossier.pipeline import Paths

    return Paths(
        seeds=Path(getattr(args, "seeds", "seeds")),
        data=Path(getattr(args, "data", "data")),
        curation=Path(args.curation) if getattr(args, "curation", None) else None,
        config=Path(getattr(args, "config", "mkdocs.yml")),
        site=Path(getattr(args, "site", "site")),
        templates=Path(getattr(args, "templates", "templates")),
    )


def cmd_build(args: argparse.Namespace, report: Report, progress: _Progress) -> int:
    from build_dossier.pipeline import build, summary

    dossier = build(_paths(args), report, strict=args.strict, progress=progress)
    _print_report(report)
    if args.strict and report.warnings:
        print(f"Aborted with {len(report.warnings)} warnings in strict mode.", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(summary(dossier))
    return EXIT_OK


def cmd_extract(args: argparse.Namespace, report: Report, progress: _Progress) -> int:
    from build_dossier.pipeline import extract_to_data, summary

    dossier = extract_to_data(_paths(args), report, strict=args.strict, progress=progress)
    _print_report(report)
    print(summary(dossier))
    return EXIT_OK


def cmd_render(args: argparse.Namespace, report: Report, progress: _Progress) -> int:
    from build_dossier.data import load_data
    from build_dossier.publish import site_settings
    from build_dossier.render import render_pages
    from build_dossier.write import write_files

    if not Path(args.data).is_dir():
        raise DossierError(args.data, 0, "data folder not found: run `build-dossier extract` first")
    site = site_settings(Path(args.config))
    dossier = load_data(Path(args.data))
    pages = render_pages(dossier, Path(args.templates), site)
    write_files(Path(args.out), pages)
    progress(f"render: {len(pages)} pages written to {args.out}/")
    print(f"{len(pages)} pages in {args.out}/")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, report: Report, progress: _Progress) -> int:
    from build_dossier.check import check_project

    paths = _paths(args)
    report.extend(check_project(paths.seeds, paths.data, paths.curation_file))
    _print_report(report)
    problems = len(report.errors) + (len(report.warnings) if args.strict else 0)
    if problems:
        print(f"{problems} problem(s) found.", file=sys.stderr)
        return EXIT_BAD_INPUT
    if report.warnings:
        print(f"No errors; {len(report.warnings)} warning(s) (--strict makes them fail).")
    else:
        print("No problems found.")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace, report: Report, progress: _Progress) -> int:
    from build_dossier.serve import parse_dev_addr, serve

    parse_dev_addr(args.dev_addr)  # a bad address fails before the first build
    serve(_paths(args), dev_addr=args.dev_addr, strict=args.strict, progress=progress)
    return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    def flags(default: object) -> argparse.ArgumentParser:
        """The options every command takes. Commands get them with a SUPPRESSed default, so a flag
        given before the command (`build-dossier --strict build`) is not reset by the command's parser."""
        p = argparse.ArgumentParser(add_help=False)
        p.add_argument(
            "--debug", action="store_true", default=default, help="show tracebacks and debug logging"
        )
        p.add_argument(
            "-q", "--quiet", action="store_true", default=default, help="no progress output on stderr"
        )
        p.add_argument(
            "--strict", action="store_true", default=default, help="turn warnings into failure (exit 2)"
        )
        return p

    common = flags(argparse.SUPPRESS)

    def seeds_data(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--seeds", default="seeds", metavar="DIR", help="articles and sidecars (default: seeds)"
        )
        p.add_argument("--data", default="data", metavar="DIR", help="generated YAML (default: data)")
        p.add_argument("--curation", metavar="FILE", help="curation file (default: <seeds>/curation.yaml)")

    def site_opts(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--config", default="mkdocs.yml", metavar="FILE", help="MkDocs config (default: mkdocs.yml)"
        )

    parser = argparse.ArgumentParser(
        prog="build-dossier",
        description="Turn a folder of news articles into a curated, searchable dossier website.",
        epilog="Exit codes: 0 success, 1 internal error, 2 bad input. Run `build-dossier COMMAND --help`.",
        parents=[flags(False)],
    )
    parser.add_argument("--version", action="version", version=f"build-dossier {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser(
        "build",
        parents=[common],
        help="everything: seeds -> data/ -> pages -> site/",
        description="Extract the articles into data/*.yaml, render the pages and build site/ "
        "with MkDocs. Outputs are replaced only when the whole step succeeds.",
    )
    seeds_data(p)
    site_opts(p)
    p.add_argument("--site", default="site", metavar="DIR", help="output site directory (default: site)")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser(
        "extract",
        parents=[common],
        help="articles -> data/*.yaml only",
        description="Ingest and extract the articles, consolidate, apply the curation and "
        "write validated data/*.yaml.",
    )
    seeds_data(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser(
        "render",
        parents=[common],
        help="data/ -> Markdown pages (for review)",
        description="Render the Markdown pages from data/ with the Jinja templates into a "
        "folder for review. The site build renders the same pages in memory.",
    )
    p.add_argument("--data", default="data", metavar="DIR", help="generated YAML (default: data)")
    p.add_argument(
        "--templates", default="templates", metavar="DIR", help="Jinja templates (default: templates)"
    )
    p.add_argument("--out", default="build/pages", metavar="DIR", help="output folder (default: build/pages)")
    site_opts(p)
    p.set_defaults(func=cmd_render)

    p = sub.add_parser(
        "check",
        parents=[common],
        help="validate seeds, sidecars, curation and data",
        description="Validate seeds, sidecars, the curation file and data/*.yaml. Prints "
        "`path:line: message` per problem; exit 2 on problems.",
    )
    seeds_data(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "serve",
        parents=[common],
        help="live preview that rebuilds on changes",
        description="Serve the site locally and rebuild when a seed, sidecar, curation file, "
        "template or hand-written page changes.",
    )
    seeds_data(p)
    site_opts(p)
    p.add_argument(
        "-a",
        "--dev-addr",
        default="127.0.0.1:8000",
        metavar="HOST:PORT",
        help="address to serve on (default: 127.0.0.1:8000)",
    )
    p.set_defaults(func=cmd_serve)

    _add_extra_commands(sub, common)
    return parser


def _add_extra_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Commands beyond DESIGN.md's table (kept separate so the fixed ones stay easy to read)."""
    try:
        from build_dossier.evaluate import add_parser
    except ImportError:
        return
    add_parser(sub, common)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING, format="%(name)s: %(message)s"
    )
    if not args.debug:
        logging.getLogger("mkdocs").setLevel(logging.WARNING)
    report = Report()
    progress = _Progress(args.quiet)
    func: Callable[[argparse.Namespace, Report, _Progress], int] = args.func
    try:
        return func(args, report, progress)
    except Abort as e:
        _print_report(report)
        extra = [p for p in e.problems if p not in report.errors and p not in report.warnings]
        for p in extra:
            print(f"{p.path}:{p.line}: {p.message}", file=sys.stderr)
        print(f"Aborted: {len(e.problems)} problem(s); nothing was written.", file=sys.stderr)
        return EXIT_BAD_INPUT
    except DossierError as e:
        _print_report(report)
        if args.debug:
            raise
        print(str(e), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as e:
        if args.debug:
            raise
        print(
            f"build-dossier: internal error: {type(e).__name__}: {e} (run with --debug for the traceback)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
