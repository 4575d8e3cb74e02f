"""serve: live preview. Rebuilds data/ when a seed, sidecar or the curation file changes, and the
site when anything (data, templates, hand-written pages, mkdocs.yml) changes."""

from __future__ import annotations

import logging
import shutil
import signal
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

    host, port = parse_dev_addr(dev_addr)
    server = LiveReloadServer(builder=builder, host=host, port=port, root=site_dir)
    previous_term = signal.signal(signal.SIGTERM, _interrupt)
    try:
        config = get_config()
        builder(config)
        plugin = config.plugins["dossier"].config
        base = paths.config.resolve().parent
        watched = [paths.seeds, paths.config, Path(config.docs_dir), base / plugin.templates_dir]
        if not paths.curation_file.resolve().is_relative_to(paths.seeds.resolve()):
            watched.append(paths.curation_file)
        for path in watched:
            if path.exists():
                server.watch(str(path))
        say(f"serving on http://{host}:{port}/ (Ctrl+C to stop)")
        try:
            server.serve()
        except KeyboardInterrupt:
            say("shutting down")
        except OSError as e:
            raise DossierError("--dev-addr", 0, f"cannot serve on {host}:{port}: {e.strerror or e}") from e
        finally:
            server.shutdown()
    finally:
        signal.signal(signal.SIGTERM, previous_term)
        shutil.rmtree(site_dir, ignore_errors=True)


def parse_dev_addr(dev_addr: str) -> tuple[str, int]:
    """`HOST:PORT` -> (host, port), or a DossierError naming the option."""
    host, sep, port = dev_addr.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise DossierError("--dev-addr", 0, f"{dev_addr!r} is not HOST:PORT (e.g. 127.0.0.1:8000)")
    return host, int(port)


def _interrupt(signum: int, frame: object) -> None:
    """SIGTERM ends the preview like Ctrl+C does, so the temporary site folder is removed."""
    raise KeyboardInterrupt
