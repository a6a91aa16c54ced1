"""Scoring predictions against hand annotations (the contract's matching rules)."""
