"""build_dossier: news articles -> structured YAML -> Jinja pages -> a searchable MkDocs site."""

__version__ = "0.1.0"
