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


def test_a_groupama_regional_bank_keeps_its_region() -> None:
    names = article_names("Inondata lève des fonds\n\nGroupama Méditerranée et Groupama Centre Manche ont investi dans Inondata.\n")
    assert "Groupama Méditerranée" in names and "Groupama Centre Manche" in names


def test_a_trading_name_goes_to_the_company_named_last_before_it() -> None:
    text = (
        "Dealer sold\n\n"
        "Orange Motors has bought Holloway's of Darlington (Holdings) Ltd, the dealer group that trades as Holloway "
        "Motor Group, for £23.6m.\n"
    )
    names = article_names(text)
    assert "Holloway Motor Group" in names["Holloway's of Darlington"]
    assert "Holloway Motor Group" not in names.get("Orange Motors", ())


def test_a_bought_deal_heading_is_no_company_and_a_professional_association_is_a_form() -> None:
    text = (
        "Cedargrid Announces C$7.5 Million Bought Deal Financing\n\n"
        "TORONTO, June 8, 2026 (GLOBE NEWSWIRE) -- Cedargrid Inc. announced the deal, advised by Greenberg Traurig, P.A.\n\n"
        "Bought Deal Financing\n\n"
        "To fund the cash portion, Cedargrid has entered into an agreement with Eight Capital and Acme Financing LLC.\n"
    )
    names = article_names(text)
    assert "Deal Financing" not in names
    assert names["Greenberg Traurig"] == ("Greenberg Traurig, P.A.",)
    assert "Acme Financing" in names


def test_central_banks_portuguese_forms_and_technical_acronyms_are_no_companies() -> None:
    text = (
        "Navimer rachète un chantier\n\n"
        "Navimer rachète 100 % du capital d'Estaleiros do Minho, Lda, chantier de Viana. Selon la Banque nationale "
        "suisse, le marché pèse 480 Mds. Desjardins et la Banque Nationale ont prêté. Meridian opère des centres "
        "MRI et des antennes 5G; la TVA reste à 20 %.\n"
    )
    names = article_names(text)
    assert "Estaleiros do Minho" in names and "Lda" not in names
    assert names["National Bank of Canada"] == ("Banque Nationale",)
    assert not {"MRI", "5G", "TVA"} & set(names)
