"""publish: pages -> site/ with MkDocs + mkdocs-material (search built in).

The real MkDocs build runs with the `dossier` plugin, which renders the pages from data/ in memory.
The site is built into a temporary directory and swapped in only when the build succeeds.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml

from build_dossier.errors import DossierError
from build_dossier.write import replace_dir


class _Count(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def source_date_epoch(default: int) -> Iterator[None]:
    """Set SOURCE_DATE_EPOCH for MkDocs (build dates, the sitemap's gzip header) unless the caller did.

    MkDocs otherwise stamps today's date into its output, so the same inputs would give different
    bytes on different days.
    """
    if "SOURCE_DATE_EPOCH" in os.environ:
        yield
        return
    os.environ["SOURCE_DATE_EPOCH"] = str(default)
    try:
        yield
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)


def publish(
    config_file: Path, site_dir: Path, *, data_dir: Path | None = None, strict: bool = False
) -> list[str]:
    """Build the site with MkDocs into `site_dir`; returns MkDocs' warnings.

    With `strict`, any MkDocs warning aborts the build and the previous site stays in place.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    counter = _Count()
    log = logging.getLogger("mkdocs")
    log.addHandler(counter)

    def fill(tmp: Path) -> None:
        try:
            cfg = load_config(config_file=str(config_file), site_dir=str(tmp.resolve()), strict=strict)
        except ConfigurationError as e:
            raise DossierError(str(config_file), 0, f"invalid MkDocs configuration: {e}") from e
        plugin = cfg.plugins.get("dossier")
        if plugin is None:
            raise DossierError(str(config_file), 0, "the `dossier` plugin is not enabled under `plugins:`")
        if data_dir is not None:
            plugin.config.data_dir = str(Path(data_dir).resolve())
        try:
            build(cfg)
        except Abort as e:
            details = "; ".join(counter.messages) or str(e)
            raise DossierError(str(config_file), 0, f"site build aborted: {details}") from e

    try:
        replace_dir(site_dir, fill)
    finally:
        log.removeHandler(counter)
    return counter.messages


def site_settings(config: Path) -> dict:
    """`{name, description}` from mkdocs.yml's site_name and site_description, as the plugin passes
    them to `render_pages` (read without running MkDocs)."""
    if not config.exists():
        return {}
    try:
        raw = yaml.load(config.read_text(encoding="utf-8"), Loader=_LenientLoader) or {}
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise DossierError(str(config), mark.line + 1 if mark else 0, f"invalid YAML: {e}") from e
    if not isinstance(raw, dict):
        return {}
    return {"name": raw.get("site_name") or "Dossier", "description": raw.get("site_description") or ""}


class _LenientLoader(yaml.SafeLoader):
    """mkdocs.yml may carry `!!python/name:` tags for extensions; read them as plain strings."""


def _any_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> object:
    return node.value if isinstance(node, yaml.ScalarNode) else None


yaml.add_multi_constructor("", _any_tag, Loader=_LenientLoader)
