"""Company shapes of regional and trade copy: acronyms defined after a name
(accents, "du Gabon", a capitalised head), regional banks "de La Réunion",
central banks, Malaysian legal forms, advisers "as legal counsel", shipyards
in ships' particulars, vessel classes, and the "& Cía." of a firm."""

from __future__ import annotations

from tui.core.companies import find_companies


def found(text: str, lang: str = "fr") -> dict[str, tuple[str, ...]]:
    return {c.name: tuple(c.aliases) for c in find_companies(text, lang)}


def test_acronyms_defined_after_names_with_accents_particles_and_a_capitalised_head() -> None:
    text = (
        "Le groupe Vantor rachète Lumière Océan Énergies (LOE), puis prête à Basalte Industries du Sénégal (BIS). "
        "Le crédit est porté par l'Union Sahélienne de Banque (USB) ; les coupures d'Électricité du Mali (EDM) "
        "pèsent. LOE exploite 40 centrales, BIS une carrière, l'USB 30 agences."
    )
    companies = found(text)
    assert companies["Lumière Océan Énergies"] == ("LOE",)
    assert companies["Basalte Industries du Sénégal"] == ("BIS",)
    assert companies["Union Sahélienne de Banque"] == ("USB",)
    assert companies["Électricité du Mali"] == ("EDM",)


def test_an_acronym_of_title_case_jargon_is_not_a_company() -> None:
    text = "Norlys signed a Power Purchase Agreement (PPA) with Vestas and a Special Purpose Vehicle (SPV) was set up."
    assert set(found(text, "en")) <= {"Norlys", "Vestas"}


def test_regional_bank_named_after_a_place_with_its_article() -> None:
    assert "Crédit Agricole de La Réunion" in found("Le Crédit Agricole de La Réunion finance la centrale de Vantor.")


def test_central_banks_are_not_companies() -> None:
    text = ("La Banque du Liban (BDL) a fixé le taux ; la Banque centrale du Congo (BCC) aussi. "
            "Bangladesh Bank eased its rules and Bank Negara Malaysia held rates, said Rupali Bank.")
    assert list(found(text)) == ["Rupali Bank"]


def test_malaysian_legal_forms() -> None:
    text = "Tekun Holdings Bhd will buy land from Iskandar Land Ventures Sdn Bhd for its data centre."
    assert found(text, "en") == {
        "Tekun Holdings": ("Tekun Holdings Bhd",), "Iskandar Land Ventures": ("Iskandar Land Ventures Sdn Bhd",)
    }


def test_advisers_named_before_their_role() -> None:
    text = ("Harbor Capital retained Northpeak Partners as sole financial adviser, with Quillon as legal counsel. "
            "La cible a retenu Maison Vercors comme conseil financier.")
    assert {"Northpeak Partners", "Quillon", "Maison Vercors"} <= set(found(text, "en"))


def test_shipyards_in_particulars_and_vessel_classes() -> None:
    text = (
        "Kamsarmaxes remained liquid. The Ocean Star (82,100 dwt, built 2015 Tsuneishi Zhoushan) went to Greek "
        "buyers, the Vela (49,999 dwt, 2013 Hyundai Mipo) for USD 31 mill and the Iris (180,200 dwt, 2011 Imabari) "
        "to Chinese interests. Suezmaxes held firm while the Baltic Dry Index rose; Capesize rates eased."
    )
    assert set(found(text, "en")) == {"Tsuneishi Zhoushan", "Hyundai Mipo", "Imabari"}


def test_a_firm_named_after_an_ambiguous_alias_and_a_long_name_with_its_short_form() -> None:
    text = ("PSP was advised by the law firms Claro & Cía. and Torys. It buys 49% of Sociedad Concesionaria "
            "Vías Andinas S.A.; Vías Andinas collected Ch$86 billion.")
    companies = found(text, "en")
    assert "Claro & Cía" in companies and not any("Movil" in name for name in companies)
    assert [n for n in companies if "Andinas" in n] == ["Sociedad Concesionaria Vías Andinas"]


def test_appositions_need_an_article_and_no_verb_of_their_own() -> None:
    text = ("La production part vers l'Afrique du Nord, le bois se négociant bien. Le groupe Vantor reprend 12 cliniques "
            "dans la région de Valence, auprès du fonds Altea Capital.")
    assert set(found(text)) == {"Vantor", "Altea Capital"}


def test_a_cue_noun_its_adjective_and_a_comma_before_the_name() -> None:
    text = "Pour se désendetter, Marsan & Fils cédera sa filiale britannique, Marsan Homes UK, au groupe Kelvar."
    assert "Marsan Homes UK" in found(text)


def test_a_short_form_of_a_name_that_ends_with_its_country_after_a_particle() -> None:
    text = ("Basalte Industries lève des fonds\n\nLe prêt finance Basalte Industries du Sénégal (BIS), "
            "qui construit une usine. La BIS exportera vers l'Europe.")
    assert found(text)["Basalte Industries du Sénégal"] == ("Basalte Industries", "BIS")


def test_banks_named_in_one_word_and_their_country_subsidiaries() -> None:
    text = "Le prêt est porté par Kivubank Rwanda, aux côtés d'Ecobank et de Sahelbank ; la Banque mondiale observe."
    assert set(found(text)) == {"Kivubank Rwanda", "Ecobank", "Sahelbank"}


def test_a_qualifier_between_a_name_and_its_legal_form() -> None:
    text = "The bank buys its servers through its partner Lanka Tiles (Pvt) Ltd and Arkin (Private) Limited."
    assert found(text, "en") == {"Lanka Tiles": ("Lanka Tiles (Pvt) Ltd",), "Arkin": ("Arkin (Private) Limited",)}


def test_a_country_in_parentheses_a_comma_firm_after_a_cue_and_an_acronym_over_a_curated_alias() -> None:
    text = ("The offering was priced at the top of the range, and Siam Rice Securities and Borneo Capital (Thailand) "
            "are co-underwriters of the deal. Vantor was advised by the law firm Duclos, Marin & Associés.")
    assert {"Siam Rice Securities", "Borneo Capital (Thailand)", "Duclos, Marin & Associés"} <= set(found(text, "en"))
    text = "Deux candidats, dont la Banque Nationale de Crédit (BNC), se sont retirés. La BNC reste prudente."
    assert found(text) == {"Banque Nationale de Crédit": ("BNC",)}


def test_legal_notices_regions_and_a_subsidiary_named_by_its_desk() -> None:
    text = ("La société Boulangerie du Bouffay, RCS Nantes 512 345 678, est cédée ; l'étude de la SCP Morvan & "
            "Le Goff reçoit les oppositions. La Région Bretagne émet 300 millions d'euros ; Barclays et Lloyds Bank "
            "Corporate Markets tenaient les livres.")
    assert set(found(text)) == {"Boulangerie du Bouffay", "SCP Morvan & Le Goff", "Barclays", "Lloyds Bank Corporate Markets"}


def test_trade_nouns_starting_a_sentence_and_names_in_latin_extended_letters() -> None:
    text = ("Brokerage Kaplan Yatirim raised its target. Startup Lumora raised $5 million. "
            "Brokerage İş Menkul raised its price target, while Łódź-based Škoda Polska and Özşimşek Holding sold shares.")
    assert {"Kaplan Yatirim", "Lumora", "İş Menkul", "Škoda Polska", "Özşimşek Holding"} <= set(found(text, "en"))
    assert not any(n.startswith(("Brokerage", "Startup")) for n in found(text, "en"))


def test_ministries_by_their_remit_development_banks_and_government_funds() -> None:
    text = ("Cloud deal signed\n\nThe UK's Department for Work and Pensions has signed a seven-year hosting agreement "
            "with Vantor Cloud Ltd, after the Ministry of Finance and Economic Planning approved the budget for it. "
            "Part of the funding came from the African Development Bank, and the cornerstone investors in the deal "
            "include the Government Pension Fund as well as the International Monetary Fund.")
    assert set(found(text, "en")) == {"Vantor Cloud", "African Development Bank", "Government Pension Fund"}  # (a lender, as Proparco)


def test_plural_verbs_and_a_name_with_an_elided_particle() -> None:
    text = ("Kombucha : Les Brasseries de l'Odet lèvent 612 340 € auprès de la foule\n\n"
            "La campagne des Brasseries de l'Odet s'est refermée dimanche. Les Ateliers Morand rachètent Kelvar.")
    assert {"Brasseries de l'Odet", "Ateliers Morand", "Kelvar"} <= set(found(text))


def test_banks_named_with_their_country_exchanges_and_hyphenated_names() -> None:
    text = ("Green bond priced\n\nThe project will cost $180 million, with the balance coming from a 15-year loan and "
            "a KSh 6.5 billion facility from Mara Bank Kenya. Co-operative Bank of Uganda is the trustee for the notes, "
            "which list on the Nairobi Securities Exchange, while the Bank of England watches. Paris-based Vantor "
            "and US-listed Kelvar Inc. also bought notes.")
    assert set(found(text, "en")) == {"Mara Bank Kenya", "Co-operative Bank of Uganda", "Vantor", "Kelvar"}


def test_german_legal_forms_headline_verbs_credit_arms_and_jargon() -> None:
    text = ("Kessler Agrees to Buy Carrow Coatings for $4.9 Billion\n\nFRANKFURT--Kessler Chemie AG & Co. KGaA agreed to "
            "buy U.S. coatings maker Carrow Coatings Inc. for $4.9 billion, with a unitranche from Ares Credit. Two "
            "GP-led deals closed in the month, and the LPs were pleased.")
    companies = found(text, "en")
    assert "Kessler Chemie" in companies and "Kessler Chemie AG & Co. KGaA" in companies["Kessler Chemie"]
    assert {"Carrow Coatings", "Ares Credit"} <= set(companies)
    assert not any(n.endswith(("Agrees", "GP", "LPs")) or n in ("AG", "Two GP") for n in companies)


def test_a_name_in_the_headline_only_has_its_short_form_below() -> None:
    text = "Infrastructures : Vauban Infrastructure Partners prend 49 % de Rézo\n\nLe fonds Vauban investit, et Vauban vise 12 %."
    assert found(text) == {"Vauban Infrastructure Partners": ("Vauban",), "Rézo": ()}  # (and the company "49 % de" names)


def test_dutch_particles_and_french_departements() -> None:
    text = ("Nous avons signé l'acquisition de Van der Berg Agri, fabricant de remorques, auprès d'une famille de la "
            "Drôme et d'investisseurs du Royans, a annoncé le groupe Morvel.")
    assert set(found(text)) == {"Van der Berg Agri", "Morvel"}


def test_an_unknown_name_that_is_a_curated_one_written_elsewhere_is_that_company() -> None:
    text = ("Henkel to buy a coatings maker\n\nFRANKFURT--Henkel AG & Co. KGaA agreed on Monday to buy Carrow Coatings "
            "Inc. for $4.9 billion in cash. Henkel said the deal would add to earnings in its second full year.")
    assert found(text, "en")["Henkel"] == ("Henkel AG & Co. KGaA",)
