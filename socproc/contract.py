"""The JSON Schemas of socproc's contract (schemas/), loaded from the one place they live."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

INVENTORY_SCHEMA = "inventory.schema.json"
RESPONSE_SCHEMA = "response.schema.json"
RUN_SCHEMA = "run.schema.json"


@cache
def load_schema(name: str) -> dict[str, Any]:
    """The JSON Schema `name` shipped as `socproc.schemas`, or read from the source tree.

    A source checkout that was never `pip install`ed has schemas/ beside the package.
    """
    try:
        text = resources.files("socproc.schemas").joinpath(name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        text = (Path(__file__).resolve().parent.parent / "schemas" / name).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
