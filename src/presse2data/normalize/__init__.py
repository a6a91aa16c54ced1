"""Pure normalizers: text in, value out; no spaCy, never raise on odd text."""
