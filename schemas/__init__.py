"""JSON Schemas of socproc's contract, shipped inside the wheel as `socproc.schemas`."""
