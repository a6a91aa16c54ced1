"""Records out and read back: JSON Lines (``writing``, ``recordfiles``), tables, Label Studio tasks, ``show``."""
