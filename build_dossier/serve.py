"""serve: live preview. Rebuilds data/ when a seed, sidecar or the curation file changes, and the
site when anything (data, templates, hand-written pages, mkdocs.yml) changes."""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path

from build_dossier.errors import Abort, DossierError, Report
from build_dossier.pipeline import Paths, Progress, extract_to_data

log = logging.getLogger("build_dossier.serve")


def _fingerprint(paths: Paths) -> tuple:
    files = sorted(p for p in paths.seeds.glob("*") if p.is_file()) if paths.seeds.exists() else []
    if paths.curation_file.exists() and paths.curation_file not in files:
        files.append(paths.curation_file)
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files)


def serve(
    paths: Paths, *, dev_addr: str = "127.0.0.1:8000", strict: bool = False, progress: Progress | None = None
) -> None:
    """Serve on `dev_addr` until interrupted."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.livereload import LiveReloadServer

    say = progress or (lambda _m: None)
    site_dir = tempfile.mkdtemp(prefix="dossier-serve-")
    state = {"inputs": None}

    def refresh_data() -> None:
        fp = _fingerprint(paths)
        if fp == state["inputs"]:
            return
        state["inputs"] = fp
        report = Report()
        try:
            extract_to_data(paths, report, strict=strict, progress=say)
        except (Abort, DossierError) as e:
            problems = e.problems if isinstance(e, Abort) else [e]
            for p in problems:
                say(f"{p} (data/ kept as it was)")

    def get_config():
        cfg = load_config(config_file=str(paths.config), site_dir=site_dir, dev_addr=dev_addr)
        cfg.plugins["dossier"].config.data_dir = str(paths.data.resolve())
        return cfg

    def builder(config=None) -> None:
        refresh_data()
        build(config or get_config(), dirty=False)

    host, port = dev_addr.rsplit(":", 1)
    server = LiveReloadServer(builder=builder, host=host, port=int(port), root=site_dir)
    try:
        builder()
        for watched in (paths.seeds, paths.templates, paths.config, Path("docs")):
            if watched.exists():
                server.watch(str(watched))
        if paths.curation_file.exists() and not paths.curation_file.is_relative_to(paths.seeds):
            server.watch(str(paths.curation_file))
        say(f"serving on http://{dev_addr}/ (Ctrl+C to stop)")
        try:
            server.serve()
        except KeyboardInterrupt:
            say("shutting down")
        finally:
            server.shutdown()
    finally:
        shutil.rmtree(site_dir, ignore_errors=True)
