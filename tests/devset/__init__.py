"""Labelled development set for extraction (articles, gold labels, scoring).

Not a test module: ``tests/core/test_devset.py`` and ``benchmarks/devset_report.py``
load this package by path and use :mod:`.scoring`.
"""
