"""Folder runs: finding inputs, the output folder, the manifest, the lock, and the run itself.

`inputs` finds and names inputs and spots busy ones; `outputs` names and clears outputs;
`manifest` remembers the last run; `lock` holds the output folder; `signals` stops a run
cleanly; `run` drives a run, with `pool` scheduling inputs and `worker` processing each.
Only the light modules are imported here (the command line loads this package for its
defaults); `socproc.api.process_folder` imports `socproc.batch.run`.
"""

from __future__ import annotations

from socproc.batch.inputs import (
    INPUT_SUFFIXES,
    RUN_FILES,
    RUN_RECORD,
    SUMMARY,
    TEMP_SUFFIXES,
    busy_reason,
    changed_since,
    common_base,
    file_digest,
    find_inputs,
    is_ignored,
    relative_name,
)
from socproc.batch.lock import (
    DEFAULT_WAIT_SECONDS,
    HEARTBEAT_SECONDS,
    LOCK,
    STALE_LOCK_SECONDS,
    FolderLock,
)
from socproc.batch.manifest import MANIFEST, ManifestEntry, load_manifest, run_key, save_manifest
from socproc.batch.outputs import is_output_of, output_bases, remove_outputs, sweep_temp_files
from socproc.signals import Stopped, stop_on_signals
from socproc.write import OUTPUT_SUFFIXES

__all__ = [
    "DEFAULT_WAIT_SECONDS",
    "HEARTBEAT_SECONDS",
    "INPUT_SUFFIXES",
    "LOCK",
    "MANIFEST",
    "OUTPUT_SUFFIXES",
    "RUN_FILES",
    "RUN_RECORD",
    "STALE_LOCK_SECONDS",
    "SUMMARY",
    "TEMP_SUFFIXES",
    "FolderLock",
    "ManifestEntry",
    "Stopped",
    "busy_reason",
    "changed_since",
    "common_base",
    "file_digest",
    "find_inputs",
    "is_ignored",
    "is_output_of",
    "load_manifest",
    "output_bases",
    "relative_name",
    "remove_outputs",
    "run_key",
    "save_manifest",
    "stop_on_signals",
    "sweep_temp_files",
]
