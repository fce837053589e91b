"""The mapping stage: a classified requirement against the vendor's holdings.

`holdings` indexes what the vendor holds (reports, controls, documents, answers) as of a
day; `answers` matches approved answers; `outcomes` decides status, flags and remedies;
`wording` writes the answer and suggested response; `map` puts them together per
requirement; `demand` tallies what a whole inbox asks for against what is held.
"""

from __future__ import annotations

from socproc.mapping.demand import build_demand, need_tallies
from socproc.mapping.map import evidence_items, map_all, map_requirement

__all__ = ["build_demand", "evidence_items", "map_all", "map_requirement", "need_tallies"]
