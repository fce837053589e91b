"""The incremental manifest: what the last run recorded for each input, and the key it ran with."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MANIFEST = "_manifest.json"


@dataclass(frozen=True)
class ManifestEntry:
    """What the last run recorded for one input."""

    digest: str
    key: str  # inventory hash, options and tool version, hashed together
    outputs: tuple[str, ...]
    record: dict[str, Any]  # the input's _run.json record
    stats: dict[str, Any]  # counts the inbox summary needs

    def to_dict(self) -> dict[str, Any]:
        return {
            "digest": self.digest,
            "key": self.key,
            "outputs": list(self.outputs),
            "record": self.record,
            "stats": self.stats,
        }


def run_key(inventory_digest: str, options: dict[str, Any], version: str) -> str:
    """One hash of everything besides the input that decides its outputs."""
    text = json.dumps({"inv": inventory_digest, "opt": options, "v": version}, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def load_manifest(out_dir: Path) -> dict[str, ManifestEntry]:
    """The last run's records by input path; an unreadable manifest means a full re-run."""
    try:
        data = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
        return {
            path: ManifestEntry(
                e["digest"], e["key"], tuple(e["outputs"]), e["record"], e.get("stats", {})
            )
            for path, e in data.get("inputs", {}).items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def save_manifest(out_dir: Path, entries: dict[str, ManifestEntry], version: str) -> None:
    """Write this run's records atomically, so a killed run leaves the last manifest whole."""
    from socproc.write.atomic import write_text_atomic

    data = {"version": version, "inputs": {k: v.to_dict() for k, v in sorted(entries.items())}}
    write_text_atomic(out_dir / MANIFEST, json.dumps(data, indent=1, ensure_ascii=False))
