"""Company rules learnt from the twentieth session's held-out sets, each with
an article of our own: legal forms of several words ("Sp. z o.o.", "Pvt.
Ltd.", "Private Limited") end a name whole, and "CTG Duty Free" is the
"China Tourism Group Duty Free Corp" the same text names in full."""

from __future__ import annotations

from tests.core.article_helpers import article_names


def test_a_legal_form_of_several_words_ends_the_name() -> None:
    text = (
        "Proteika buys in Poland and India\n\n"
        "Proteika rachète Flandria Polska Sp. z o.o., un fabricant polonais. Flemingo bought Chennai Duty Free Pvt. "
        "Ltd. last year; Chennai Duty Free Pvt Ltd runs twelve shops. Tata bought Mumbai Foods Private Limited.\n"
    )
    names = article_names(text)
    assert names["Flandria Polska"] == ("Flandria Polska Sp. z o.o.",)
    assert names["Chennai Duty Free"] == ("Chennai Duty Free Pvt. Ltd.", "Chennai Duty Free Pvt Ltd")
    assert names["Mumbai Foods"] == ("Mumbai Foods Private Limited",)


def test_an_acronym_before_the_same_words_is_the_company_named_in_full() -> None:
    text = (
        "Macau's Jade Harbour sold to CSG Duty Free\n\n"
        "HONG KONG, May 11 (Reuters) - China Southern Group Duty Free Corp said on Monday it agreed to buy Jade Harbour "
        "Retail for HK$2.1 billion. The deal would give CSG Duty Free 22 stores at Macau's ferry terminals.\n"
    )
    names = article_names(text)
    assert "CSG Duty Free" in names["China Southern Group Duty Free"]
    assert "CSG Duty Free" not in names
