"""Benchmarks of speed, memory and scale (`python -m index bench`); not part of the test suite."""
