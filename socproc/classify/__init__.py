"""Requirement text → Classification: which SOC report answers it, with criteria, cues and reasons.

The module is callable as the library verb: `socproc.classify(text)` is `classify(text)`.
"""

from __future__ import annotations

import sys
import types

from socproc.classify.context import apply_document_type, classify_all, stated_types
from socproc.classify.decide import classify
from socproc.model import Classification, Settings

__all__ = ["apply_document_type", "classify", "classify_all", "stated_types"]


class _Stage(types.ModuleType):
    """This module, callable as the library verb: `socproc.classify(text)` is `classify(text)`."""

    def __call__(self, text: str, settings: Settings | None = None) -> Classification:
        return classify(text, settings)


sys.modules[__name__].__class__ = _Stage
