"""Benchmarks (``make bench``): validation, cold and incremental builds, and Hugo as the reference."""
