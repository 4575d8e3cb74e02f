"""One error family. Every problem names a file and a line: `path:line: message`."""

from __future__ import annotations

from dataclasses import dataclass, field


class DossierError(Exception):
    """Bad input. Printed as `path:line: message`; the CLI exits with 2."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path = str(path)
        self.line = line
        self.message = message

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class Abort(Exception):
    """Several problems were reported already; stop with exit code 2."""

    def __init__(self, problems: list[DossierError]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


@dataclass
class Report:
    """Collects problems and warnings of a run, so one run reports every bad field.

    Not frozen: it is the one accumulator a run passes around (like mkdocs' CountHandler).
    """

    errors: list[DossierError] = field(default_factory=list)
    warnings: list[DossierError] = field(default_factory=list)

    def error(self, path: str, line: int, message: str) -> None:
        self.errors.append(DossierError(path, line, message))

    def warn(self, path: str, line: int, message: str) -> None:
        self.warnings.append(DossierError(path, line, message))

    def extend(self, other: Report) -> None:
        self.errors.extend(other.errors)
        self.warnings.extend(other.warnings)
