"""The headline under a trade site's breadcrumb ("Drill & Bore Review / Deals /
India") or a blog's name ("Canned & Able — notes from a mobile canning van")
is the headline: a short name it gives ("Kedaara takes 70%") is the short form
of the long one the lead names ("Kedaara Capital"), not a parent named first.
A newspaper's standfirst, a sentence under the headline, is no headline."""

from __future__ import annotations

from tests.core.company_helpers import by_name


def test_a_headline_under_a_breadcrumb() -> None:
    text = (
        "Drill & Bore Review / Deals / India\n\n"
        "Kedaara takes 70% of borewell rig maker Deccan Rigs in Rs 6.3bn deal\n\n"
        "Published March 14, 2069 · 4 min read\n\n"
        "Private equity firm Kedaara Capital has agreed to acquire a 70% stake in Deccan Rigs & Borewells Pvt Ltd, "
        "a Hyderabad maker of drilling rigs. AZB & Partners advised Kedaara.\n"
    )
    found = by_name(text, "en")
    assert found["Kedaara Capital"] == ("Kedaara",)
    assert "Kedaara" not in found


def test_a_blog_title_under_the_blogs_name() -> None:
    text = (
        "Canned & Able — notes from a mobile canning van\n\n"
        "How I sold Tin & Tide for £1.15m\n\n"
        "Posted by Gwen Hart · 6 min read\n\n"
        "Last autumn I signed the papers that handed Tin & Tide Canning, the canning business I started, to "
        "Northline Packaging Group Ltd.\n"
    )
    found = by_name(text, "en")
    assert found["Tin & Tide Canning"] == ("Tin & Tide",)


def test_a_standfirst_is_no_headline() -> None:
    text = (
        "Engrais : OCP Nutricrops prend 45 % d'un distributeur ivoirien\n\n"
        "La filiale engrais du groupe OCP entre au capital d'Agro-Intrants Côte d'Ivoire.\n\n"
        "Par Yassine El Alaoui\n\n"
        "OCP Nutricrops a signé ce lundi à Abidjan un accord pour acquérir 45 % d'Agro-Intrants Côte d'Ivoire.\n"
    )
    found = by_name(text, "fr")
    assert "OCP Group" in found and "OCP Nutricrops" in found
