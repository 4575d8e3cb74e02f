"""Heuristic vocabulary (data only): the code that applies it lives in the stage modules."""
