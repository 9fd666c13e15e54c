"""Benchmark harness for iamport-client: ``python -m bench`` (see bench/README.md)."""
