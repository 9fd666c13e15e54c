"""Tests of the local Iamport sandbox (a package so the test modules can share helpers)."""
