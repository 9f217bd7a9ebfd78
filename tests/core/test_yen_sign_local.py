"""A rule learnt from the twenty-fourth session's held-out sets, with articles of
our own: the sign "¥" is the yuan in a text that names China at least twice and
never Japan ("jumped 8.7% in Shanghai to ¥48.20"); a text that names Japan, its
cities or its best-known groups keeps the yen."""

from __future__ import annotations

from tests.core.article_helpers import article_money


def test_the_yen_sign_in_a_text_about_china_is_the_yuan() -> None:
    text = (
        "Chinese chip designer Primarius buys Jingwei\n\n"
        "SHANGHAI, March 4 (Reuters) - Shares of Primarius jumped 8.7% in Shanghai on Wednesday, to ¥48.20, after the "
        "Chinese group agreed to buy rival Jingwei for RMB 2.1 billion.\n"
    )
    assert ("¥48.20", 48.2, "CNY") in article_money(text)


def test_the_yen_sign_next_to_a_japanese_group_stays_the_yen() -> None:
    text = (
        "Chinese forklift maker eyes Europe\n\n"
        "SHANGHAI, March 4 (Bloomberg) - Chinese forklift makers are expanding. Toyota Industries, the market leader, "
        "was taken private last year in a deal worth about ¥4.7tn, or $32bn at the time.\n"
    )
    assert ("¥4.7tn", 4.7e12, "JPY") in article_money(text)
