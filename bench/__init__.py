"""Benchmarks, run on demand (never part of the test suite). See docs/benchmarks.md."""
