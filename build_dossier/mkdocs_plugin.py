"""The `dossier` MkDocs plugin: adds the generated pages to the site, in memory.

Architecture: generated pages are never written into `docs/`. `docs/` holds only hand-written
pages (about, guide, stylesheets), so a rebuild can never overwrite a human's edit, a stale page of
a deleted record can never linger, and `git status` never shows generated Markdown. In `on_files`
the plugin reads `data/*.yaml`, renders every page with `build_dossier.render.render_pages` and adds
each one with `File.generated(config, src_uri, content=...)` (MkDocs 1.6). Hand-written and
generated pages live side by side in one `Files` collection; a generated page whose path is also a
hand-written page is an error (neither silently wins).

Item pages (`events/<id>.md`, `people/<id>.md`, ...) are marked not-in-nav: only the index pages
appear in the navigation, because a navigation listing every item makes the build quadratic.

Old URLs (`data/ledger.yaml`): a generated page whose front matter has `dossier_redirect: <docs
path>` (a moved item) gets, in its `<head>`, a meta refresh to that page and a canonical link to it,
and `noindex`; the page body (rendered by `templates/moved.md.j2`) carries a visible link, so the
redirect works without JavaScript and MkDocs validates the target in `--strict` builds.

The plugin is a thin shell: all logic is in `build_dossier.data` and `build_dossier.render`.

Config keys (`plugins: - dossier: {...}` in mkdocs.yml):

- `data_dir` (default `data`): folder of the data YAML files, relative to mkdocs.yml's folder.
- `templates_dir` (default `templates`): folder of the Jinja page templates, relative likewise.

`mkdocs serve` also watches both folders and rebuilds when a data file or template changes.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.utils import get_relative_url

from build_dossier.data import load_data
from build_dossier.errors import DossierError
from build_dossier.render import render_pages


class DossierPluginConfig(Config):
    data_dir = c.Type(str, default="data")
    """Folder of data/*.yaml, relative to the folder of mkdocs.yml (or absolute)."""
    templates_dir = c.Type(str, default="templates")
    """Folder of the Jinja page templates, relative to the folder of mkdocs.yml (or absolute)."""


def _resolve(config: MkDocsConfig, value: str) -> Path:
    base = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
    return (base / value).resolve()


def is_index(path: str) -> bool:
    """Index pages (home, chronology, `<section>/index.md`) belong in the navigation; items do not."""
    return path == "index.md" or path.endswith("/index.md")


class DossierPlugin(BasePlugin[DossierPluginConfig]):
    """Render data/ through templates/ and add the pages to MkDocs' files."""

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        data_dir = _resolve(config, self.config.data_dir)
        templates_dir = _resolve(config, self.config.templates_dir)
        if not templates_dir.is_dir():
            raise PluginError(
                f"{templates_dir}:0: templates folder not found (plugin option `templates_dir`)"
            )
        site = {"name": config.site_name, "description": config.site_description or ""}
        try:
            pages = render_pages(load_data(data_dir), templates_dir, site)
        except DossierError as err:
            raise PluginError(str(err)) from err
        for src_uri, content in pages.items():
            existing = files.get_file_from_path(src_uri)
            if existing is not None:
                where = Path(config.docs_dir) / src_uri
                raise PluginError(
                    f"{where}:0: hand-written page has the path of a generated page; "
                    "rename or remove it (generated pages come from data/ and templates/)"
                )
            inclusion = InclusionLevel.UNDEFINED if is_index(src_uri) else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, src_uri, content=content, inclusion=inclusion))
        return files

    def on_page_markdown(self, markdown: str, /, *, page, config: MkDocsConfig, files: Files) -> str:  # type: ignore[no-untyped-def]
        """Resolve a moved page's `dossier_redirect` (a docs path) to the URL of its successor."""
        target = page.meta.get("dossier_redirect")
        if isinstance(target, str):
            found = files.get_file_from_path(target)
            if found is None:
                raise PluginError(f"{page.file.src_uri}:0: redirect target {target} is not a page")
            page.meta["dossier_redirect_url"] = get_relative_url(found.url, page.url)
            if config.site_url:
                page.meta["dossier_redirect_canonical"] = config.site_url.rstrip("/") + "/" + found.url
        return markdown

    def on_post_page(self, output: str, /, *, page, config: MkDocsConfig) -> str:  # type: ignore[no-untyped-def]
        """Put the redirect of a moved page into its `<head>` (meta refresh, canonical, noindex)."""
        url = page.meta.get("dossier_redirect_url")
        if not isinstance(url, str):
            return output
        url = url or "./"
        canonical = html.escape(page.meta.get("dossier_redirect_canonical") or url, quote=True)
        if 'rel="canonical"' in output:
            output = re.sub(r'<link rel="canonical" href="[^"]*">', "", output, count=1)
        tags = (
            f'<meta http-equiv="refresh" content="0; url={html.escape(url, quote=True)}">'
            f'<link rel="canonical" href="{canonical}">'
            '<meta name="robots" content="noindex">'
        )
        return output.replace("<head>", "<head>" + tags, 1)

    def on_page_content(self, html: str, /, *, page, config: MkDocsConfig, files: Files) -> str:  # type: ignore[no-untyped-def]
        """Keep page titles literal in `<title>`.

        MkDocs stores the h1 as escaped HTML in `page.title`; mkdocs-material prints it in `<title>`
        through `striptags`, which *unescapes* it, so a heading such as `</title><script>` taken
        from an article would become markup. Material prefers `page.meta.title` (printed as is),
        so the escaped title is copied there.
        """
        if page.title and not page.is_homepage and not page.meta.get("title"):
            page.meta["title"] = page.title
        return html

    def on_serve(self, server, /, *, config: MkDocsConfig, builder):  # type: ignore[no-untyped-def]
        """Rebuild when a data file or a template changes."""
        for value in (self.config.data_dir, self.config.templates_dir):
            path = _resolve(config, value)
            if path.exists():
                server.watch(str(path))
        return server
