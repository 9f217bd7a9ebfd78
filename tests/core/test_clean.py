"""Tests for tui.core.clean: paragraphs, title, hard wraps, scraped leftovers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.clean import Cleaned, clean, unwrap

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "000_49812cfdf0026165.txt"
SAMPLE_TITLE = (
    "OpenAI : un mégacontrat à 38 milliards de dollars avec Amazon redéfinit "
    "la course mondiale à l’intelligence artificielle"
)
# A body paragraph long enough (>= 200 chars) to count as prose.
BODY = (
    "Le groupe a annoncé mardi une opération de 120 millions d'euros, financée par "
    "sa trésorerie et par un emprunt bancaire, qui doit être finalisée au cours du "
    "premier semestre de l'an prochain selon la direction."
)


def check_spans(result: Cleaned) -> None:
    """Paragraph spans cover exactly the blocks separated by blank lines."""
    blocks = result.text.split("\n\n")
    assert [result.text[a:b] for a, b in result.paragraphs] == blocks
    if result.title:
        assert result.text[: result.title_end] == result.title
        assert result.paragraphs[0] == (0, result.title_end)


def test_sample_article() -> None:
    result = clean(SAMPLE.read_text(encoding="utf-8"))
    assert result.title == SAMPLE_TITLE
    assert result.title_end == len(SAMPLE_TITLE)
    assert result.removed == (
        f"You are currently viewing {SAMPLE_TITLE}",
        "Cette image a été générée à l'aide d'une intelligence artificielle. Elle ne "
        "constitue pas une photographie réelle de la scène ou de la personne représentée.",
        "Laisser un commentaire",
    )
    assert result.text.startswith(SAMPLE_TITLE + "\n\nLa start up américaine")
    assert result.text.count(SAMPLE_TITLE) == 1
    # the sample's no-break spaces are kept as they are
    assert result.text.replace("\xa0", " ").endswith(
        "\n\nSources :\nCourrier International – Le chiffre du jour : OpenAI signe un "
        "mégacontrat avec Amazon qui démultiplie sa puissance dans l’IA – "
        "courrierinternational.com – 4 novembre 2025\n"
        "The Wall Street Journal – OpenAI, Amazon sign $38 billion AI cloud partnership – "
        "wsj.com – 3 novembre 2025\n"
        "CNBC – Amazon stock hits record after $38 billion OpenAI deal announcement – "
        "cnbc.com – 3 novembre 2025"
    )
    assert len(result.paragraphs) == 10  # title, 8 body paragraphs, sources block
    check_spans(result)


FR_PAGE = """Accueil › Économie › Tech
Temps de lecture : 3 min

Nexalis rachète le spécialiste du stockage Cubeo pour 240 millions d'euros

Photo : Marie Lenoir / AFP

Le groupe grenoblois Nexalis a annoncé mardi l'acquisition de Cubeo, une société spécialisée dans le stockage de données pour les hôpitaux, pour 240 millions d'euros payés en numéraire. L'opération doit être finalisée au premier trimestre.

À lire aussi : Les rachats dans la tech française au plus haut depuis 2021

Cubeo, qui emploie 180 personnes, a réalisé un chiffre d'affaires de 31 millions d'euros l'an dernier. Son fondateur restera à la tête de l'entreprise, qui conservera sa marque et son siège de Nantes.

Publicité

Nexalis envoie aussi chaque semaine une newsletter à ses clients hospitaliers, qui pourront désormais souscrire aux offres de Cubeo directement depuis leur espace en ligne.

Abonnez-vous à notre newsletter pour recevoir l'essentiel de l'actualité économique
© 2024 Le Quotidien Éco. Tous droits réservés.
"""


def test_french_page_leftovers() -> None:
    result = clean(FR_PAGE)
    assert result.title == "Nexalis rachète le spécialiste du stockage Cubeo pour 240 millions d'euros"
    assert result.removed == (
        "Accueil › Économie › Tech",
        "Temps de lecture : 3 min",
        "Photo : Marie Lenoir / AFP",
        "À lire aussi : Les rachats dans la tech française au plus haut depuis 2021",
        "Publicité",
        "Abonnez-vous à notre newsletter pour recevoir l'essentiel de l'actualité économique",
        "© 2024 Le Quotidien Éco. Tous droits réservés.",
    )
    paragraphs = result.text.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[1].startswith("Le groupe grenoblois Nexalis")
    assert paragraphs[2].startswith("Cubeo, qui emploie 180 personnes")
    # a body paragraph that merely mentions a newsletter stays
    assert paragraphs[3].startswith("Nexalis envoie aussi chaque semaine une newsletter")
    check_spans(result)


EN_PAGE = """Skip to content
Home > Markets > Deals

Brightwave raises $60 million Series C to expand battery recycling

5 min read

Brightwave, a Nevada battery recycler, said on Monday it had raised $60 million in a Series C round led by Horizon Growth Partners, bringing its total funding to $145 million. The company plans to open two new plants in Texas and Ohio.

Read more: Battery recyclers race to secure lithium supply

The round values Brightwave at about $800 million, according to a person familiar with the matter. Existing investors including Greenfield Ventures also took part in the round.

The company sells recycled cobalt and nickel to cell makers and says its process recovers 95% of the metals.

Related articles
Share on LinkedIn
Your email address will not be published. Required fields are marked *
Leave a Reply
"""


def test_english_page_leftovers() -> None:
    result = clean(EN_PAGE)
    assert result.title == "Brightwave raises $60 million Series C to expand battery recycling"
    assert result.removed == (
        "Skip to content",
        "Home > Markets > Deals",
        "5 min read",
        "Read more: Battery recyclers race to secure lithium supply",
        "Related articles",
        "Share on LinkedIn",
        "Your email address will not be published. Required fields are marked *",
        "Leave a Reply",
    )
    assert result.text.endswith("says its process recovers 95% of the metals.")
    assert len(result.paragraphs) == 4
    check_spans(result)


def test_keywords_in_titles_and_body_are_kept() -> None:
    text = (
        "Getty Images agrees to merge with Shutterstock\n\n"
        "Substack rival raises $30m for its newsletter platform; cookies and ads next\n\n"
        + BODY
        + "\n\nThe company said its newsletter reaches 2 million readers.\n\n"
        + BODY
        + "\n\nAll rights reserved by the parties is how the contract ends, analysts noted with a smile, "
        "calling it standard language for a deal of this size in the sector. "
        "They expect the closing in the spring and no objection from regulators."
    )
    result = clean(text)
    assert result.title == "Getty Images agrees to merge with Shutterstock"
    assert result.removed == ()
    assert len(result.paragraphs) == 6


def test_title_wrapped_in_prefix_or_suffix_is_a_leftover() -> None:
    title = "Valtro cède sa filiale italienne à un fonds pour 90 millions d'euros"
    text = f"Dossier spécial — {title}\n{title} | Le Journal des Affaires\n\n{title}\n\n{BODY}"
    result = clean(text)
    assert result.title == title
    assert result.removed == (f"Dossier spécial — {title}", f"{title} | Le Journal des Affaires")
    assert result.text == f"{title}\n\n{BODY}"
    check_spans(result)


def test_repeated_title_kept_once() -> None:
    result = clean(f"Orano lève 1 milliard\n\nOrano lève 1 milliard\n\n{BODY}")
    assert result.title == "Orano lève 1 milliard"
    assert result.text == f"Orano lève 1 milliard\n\n{BODY}"
    assert result.removed == ()


def test_no_title_when_first_line_is_prose() -> None:
    result = clean(f"{BODY}\n\n{BODY}")
    assert result.title == ""
    assert result.title_end == 0
    assert result.text == f"{BODY}\n\n{BODY}"
    check_spans(result)
    short_sentence = clean(f"Le marché a reculé mardi.\n\n{BODY}")
    assert short_sentence.title == ""


def test_given_title_is_first_paragraph_and_deduplicated() -> None:
    result = clean(f"Big deal\n\n{BODY}", title="  Big\ndeal ")
    assert result.title == "Big deal"
    assert result.text == f"Big deal\n\n{BODY}"
    site = clean(f"Acme buys Beta for cash\n\n{BODY}", title="Acme buys Beta for cash | The Daily Site")
    assert site.title == "Acme buys Beta for cash"
    assert site.text == f"Acme buys Beta for cash\n\n{BODY}"
    other = clean(BODY, title="Another title")
    assert other.text == f"Another title\n\n{BODY}"
    assert other.title_end == len("Another title")
    check_spans(other)


def test_markdown_heading_title() -> None:
    result = clean(f"# Kelvo buys Ardent for $1bn\n\n{BODY}")
    assert result.title == "Kelvo buys Ardent for $1bn"
    assert result.text == f"Kelvo buys Ardent for $1bn\n\n{BODY}"


def test_newlines_spaces_and_blank_runs() -> None:
    result = clean("Titre   \r\n\r\n\r\n\r\nPremière ligne.  \r\nDeuxième ligne.\r\rFin.\n\n\n")
    assert result.text == "Titre\n\nPremière ligne.\nDeuxième ligne.\n\nFin."
    assert result.paragraphs == ((0, 5), (7, 38), (40, 44))


def test_hostile_text_is_sanitized() -> None:
    result = clean("Ti\x1b]0;pwn\x07tle\x1b[2J\n\nBody \u202etext\x1b]52;c;eA==\x07 ok.")
    assert result.title == "Title"
    assert result.text == "Title\n\nBody text ok."


def test_nfc_normalisation() -> None:
    result = clean("Ce\u0301dric rachète Zoe\u0301\n\nTexte.")
    assert result.title == "Cédric rachète Zoé"


WRAPPED = """Orbis Capital closes EUR 400m fund

Orbis Capital, the Paris-based growth investor, said on Thursday that it
had closed its fourth fund at 400 million euros, above its initial target
of 350 million euros. The fund will back about twenty software companies
in France, Germany and the Nordic countries.

The firm's partners said demand came mainly from insurers and family
offices:
- Allianz and AXA committed 50 million euros each
- three family offices put in 70 million euros

Orbis plans to make its first investments before the end of the year, with
tickets of 10 to 40 million euros in companies that are already profit-
able or close to it.
"""


def test_hard_wrapped_lines_are_joined() -> None:
    result = clean(WRAPPED)
    assert result.title == "Orbis Capital closes EUR 400m fund"
    assert result.text.split("\n\n") == [
        "Orbis Capital closes EUR 400m fund",
        "Orbis Capital, the Paris-based growth investor, said on Thursday that it had closed "
        "its fourth fund at 400 million euros, above its initial target of 350 million euros. "
        "The fund will back about twenty software companies in France, Germany and the Nordic countries.",
        "The firm's partners said demand came mainly from insurers and family offices:\n"
        "- Allianz and AXA committed 50 million euros each\n"
        "- three family offices put in 70 million euros",
        "Orbis plans to make its first investments before the end of the year, with tickets of "
        "10 to 40 million euros in companies that are already profit-able or close to it.",
    ]
    check_spans(result)


def test_unwrapped_text_and_short_lines_stay_as_lines() -> None:
    lines = ["Adresse :", "Acme SAS", "12 rue des Lilas", "75011 Paris", "", "Fin."]
    assert unwrap(lines) == lines
    sample_lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    assert unwrap(sample_lines) == sample_lines
    assert clean("Titre\n\nUn.\nDeux.\nTrois.").text == "Titre\n\nUn.\nDeux.\nTrois."


def test_mid_document_widgets() -> None:
    text = (
        f"Titre de l'article\n\n{BODY}\n\nLire aussi : Un autre article sans rapport\n\n"
        f"{BODY}\n\nPUBLICITÉ\n\nAdvertisement\n\n{BODY}\n\nPartager :\n\n{BODY}"
    )
    result = clean(text)
    assert result.removed == (
        "Lire aussi : Un autre article sans rapport",
        "PUBLICITÉ",
        "Advertisement",
        "Partager :",
    )
    assert result.text == f"Titre de l'article\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\n{BODY}"


def test_headlines_under_a_related_heading() -> None:
    related = "Related articles\nTemasek's portfolio climbs to a record S$434 billion\nXiaomi posts record quarter"
    result = clean(f"Title\n\n{BODY}\n\n{related}\n\nÀ lire aussi :\nLe CAC 40 termine en hausse\n\n{BODY}")
    assert result.removed == (
        "Related articles", "Temasek's portfolio climbs to a record S$434 billion", "Xiaomi posts record quarter",
        "À lire aussi :", "Le CAC 40 termine en hausse",
    )
    assert result.text == f"Title\n\n{BODY}\n\n{BODY}"
    most = clean(f"Title\n\n{BODY}\n\nMost read\nCity bonuses top £1m for a record number of bankers")
    assert most.removed == ("Most read", "City bonuses top £1m for a record number of bankers")
    # a sentence under the heading is article text
    kept = clean(f"Title\n\n{BODY}\n\nRead more\nThe deal closed in May after a long review.\n\n{BODY}")
    assert kept.removed == ("Read more",)


def test_trailing_widget_after_sources() -> None:
    sources = "Sources :\nLe Monde – Un article – lemonde.fr – 2 mai 2024\nReuters – A story – reuters.com"
    result = clean(f"Titre\n\n{BODY}\n\n{sources}\n\nRéagir")
    assert result.removed == ("Réagir",)
    assert result.text.endswith("reuters.com")
    # without a sources list, a short last line (a signature) stays
    signed = clean(f"Titre\n\n{BODY}\n\nJean Dupont")
    assert signed.removed == ()
    assert signed.text.endswith("\n\nJean Dupont")


def test_ai_image_disclaimers_fr_en() -> None:
    text = (
        "Illustration générée par IA, à titre d'exemple uniquement\n"
        "This image was generated with AI and is not a real photograph.\n\n"
        f"Titre\n\n{BODY}"
    )
    result = clean(text)
    assert result.title == "Titre"
    assert len(result.removed) == 2


def test_empty_and_blank_input() -> None:
    assert clean("") == Cleaned("", "", 0, (), ())
    assert clean(" \n\n\t\n") == Cleaned("", "", 0, (), ())
    only_widgets = clean("Partager\nLaisser un commentaire")
    assert only_widgets.text == ""
    assert only_widgets.removed == ("Partager", "Laisser un commentaire")


@pytest.mark.parametrize(
    ("last_line", "is_leftover"),
    [
        ("Tags: FTSE, markets, stocks", True),
        ("Mots-clés : fusion, banque", True),
        ("Article réservé aux abonnés", True),
        ("Il vous reste 80% de cet article à lire.", True),
        ("Already a subscriber? Sign in", True),
        ("Crédit photo : Paul Martin / Getty Images", True),
        ("Suivez-nous sur LinkedIn", True),
        ("Source: Bloomberg", False),
        ("The deal is expected to close in the third quarter.", False),
        ("Les actions du groupe ont gagné 5 % à l'ouverture.", False),
        ("Cookies maker Biscuitor agreed to the sale.", False),
    ],
)
def test_tail_lines(last_line: str, is_leftover: bool) -> None:
    result = clean(f"Titre\n\n{BODY}\n\n{last_line}")
    assert result.removed == ((last_line,) if is_leftover else ())
    assert result.text.endswith(BODY if is_leftover else last_line)


def test_share_bars_are_leftovers() -> None:
    text = (
        "Titre de l'article\n\nPartager : Facebook · X · LinkedIn · E-mail\n\n"
        "Le groupe a racheté la société. Partager ses idées est une force.\n\nShare this: Twitter | LinkedIn | Email"
    )
    result = clean(text)
    assert result.removed == ("Partager : Facebook · X · LinkedIn · E-mail", "Share this: Twitter | LinkedIn | Email")
    assert "Partager ses idées" in result.text
    more = clean("Titre\n\n" + BODY + "\n\nShare this: Facebook · Telegram · Pinterest · Reddit\n\nPartager : SMS | Flipboard")
    assert more.removed == ("Share this: Facebook · Telegram · Pinterest · Reddit", "Partager : SMS | Flipboard")
    asian = clean("Titre\n\n" + BODY + "\n\nShare: Facebook | LINE | WeChat | Email\n\nProjets similaires : Cave du Lot — 90 % financés")
    assert asian.removed == ("Share: Facebook | LINE | WeChat | Email", "Projets similaires : Cave du Lot — 90 % financés")
    wire = clean("Titre\n\n" + BODY + "\n\nShare this article: LinkedIn | X | Email\n\nOur Standards: The Thomson Reuters Trust Principles.")
    assert wire.removed == ("Share this article: LinkedIn | X | Email", "Our Standards: The Thomson Reuters Trust Principles.")
    assert clean("Titre\n\n" + BODY + "\n\nMost read: Funds pour $4bn into fibre").removed == ("Most read: Funds pour $4bn into fibre",)
    digest = clean("Titre\n\n" + BODY + "\n\nMost Read from Bloomberg\nNvidia Slides 4%\nFund Loses $2 Billion\n\nAlso Read: X raises Rs 90 crore")
    assert digest.removed == ("Most Read from Bloomberg", "Nvidia Slides 4%", "Fund Loses $2 Billion", "Also Read: X raises Rs 90 crore")
    podcast = clean("Titre\n\n" + BODY + "\n\n▶ Écouter sur Spotify · Apple Podcasts · Deezer\n\nListen on Spotify and YouTube\n\nSpotify a racheté Anchor.")
    assert podcast.removed == ("▶ Écouter sur Spotify · Apple Podcasts · Deezer", "Listen on Spotify and YouTube")


def test_previous_and_next_article_links_are_leftovers() -> None:
    from tui.core.load import article_from_text

    text = (
        "Titre du billet\n\nJe détiens des actions Hydrovia, qui valent 3,10 €.\n\n"
        "← Article précédent : Mes dividendes de novembre, 412 € encaissés\nArticle suivant → Pourquoi je garde mes ETF\n\n"
        "Next post: My dividends, $412"
    )
    assert article_from_text(text, path="x").text == "Titre du billet\n\nJe détiens des actions Hydrovia, qui valent 3,10 €."
