"""SocprocError and its subclasses: every failure a user can cause, as one line with the fix."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class SocprocError(Exception):
    """A problem the user can fix: `FILE[:WHERE]: what is wrong — how to fix`."""

    def __init__(self, file: str | None, problem: str, fix: str = "", where: str | None = None):
        self.file = file
        self.where = where
        self.problem = problem
        self.fix = fix
        super().__init__(self.line())

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from its fields, so that it crosses a process boundary whole.
        return self.__class__, (self.file, self.problem, self.fix, self.where)

    def line(self) -> str:
        head = self.file or "socproc"
        if self.where:
            head = f"{head}:{self.where}"
        text = f"{head}: {self.problem}"
        if self.fix:
            text = f"{text} — {self.fix}"
        # One line, always: inputs may put newlines in the text we quote.
        return " ".join(text.split())


class InputError(SocprocError):
    """An input questionnaire cannot be read."""


class UnsupportedFormat(InputError):
    """A file type socproc does not read (legacy .xls/.doc, PDF, ...)."""


class EncryptedFile(InputError):
    """A password-protected Office file."""


class CorruptFile(InputError):
    """A file whose content does not match its extension or is damaged."""


class LimitExceeded(InputError):
    """A file over one of the configured safety limits (size, ratio, cells)."""


class LayoutError(SocprocError):
    """A `--layout` file that is invalid or does not fit the input."""


class OutputError(SocprocError):
    """An output that cannot be written."""


class ConfigError(SocprocError):
    """Bad options or configuration (exit code 2)."""


class LockedError(SocprocError):
    """Another run holds the output folder."""


class InventoryError(SocprocError):
    """An inventory that is not valid; carries every problem found, each with its path."""

    def __init__(self, file: str, problems: Sequence[str]):
        self.problems = list(problems)
        first = self.problems[0] if self.problems else "invalid inventory"
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        super().__init__(file, f"{first}{more}", "")

    def __reduce__(self) -> tuple[Any, ...]:
        return self.__class__, (self.file, self.problems)

    def lines(self) -> list[str]:
        """Every problem as its own `FILE: path: problem — fix` line."""
        return [f"{self.file}: {p}" for p in self.problems]
