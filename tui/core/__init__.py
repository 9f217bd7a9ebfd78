"""The core of dealreader: loading, cleaning, extraction and conversion.

Nothing in this package imports Textual (tests/core/test_no_textual.py checks it),
so batch jobs and the `dealreader extract` command can use it on their own.
"""
