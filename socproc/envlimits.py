"""Safety limits a deployment sets in the environment (SOCPROC_MAX_*), read into Settings."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from socproc.errors import ConfigError
from socproc.model import Settings

# Safety limits a deployment may set in the environment: variable → (Settings field, what it caps).
LIMIT_VARIABLES: dict[str, tuple[str, str]] = {
    "SOCPROC_MAX_CELLS": ("max_cells", "non-empty cells per file (all sheets together)"),
    "SOCPROC_MAX_ROWS": ("max_rows", "rows holding a value per sheet (CSV: per file)"),
    "SOCPROC_MAX_CELL_CHARS": ("max_cell_chars", "characters in one cell or paragraph"),
    "SOCPROC_MAX_UNCOMPRESSED_BYTES": (
        "max_uncompressed_bytes",
        "bytes a file may unpack to (CSV and JSON: its size)",
    ),
    "SOCPROC_MAX_COMPRESSION_RATIO": (
        "max_compression_ratio",
        "how many times an Office file's part may expand (zip bombs)",
    ),
}


def settings_from_env(environ: Mapping[str, str]) -> Settings:
    """The default Settings with the safety limits the environment sets: read here, once.

    An empty variable counts as unset; any other value must be a number above 0.
    """
    defaults = Settings()
    limits: dict[str, Any] = {}
    for var, (name, _) in LIMIT_VARIABLES.items():
        raw = environ.get(var, "").strip()
        if raw:
            limits[name] = _limit(var, raw, getattr(defaults, name))
    return replace(defaults, **limits)


def _limit(var: str, raw: str, default: float) -> float:
    whole = isinstance(default, int)
    try:
        value = int(raw) if whole else float(raw)
    except ValueError:
        value = 0
    if not math.isfinite(value) or value <= 0:
        kind = "a whole number" if whole else "a number"
        example = default if whole else f"{default:g}"
        raise ConfigError(
            None,
            f"{var}={raw!r} is not {kind} above 0",
            f"set it like {var}={example}, or unset it for the default",
        )
    return value
