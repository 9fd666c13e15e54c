"""Placeholder; replaced by the wrapper."""
