"""The search finds the demo's real legal documents by their numbers, in every spelling."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("query", "number"),
    [
        ("57/2021/NĐ-CP", "57/2021/NĐ-CP"),
        ("57/2021/ND-CP", "57/2021/NĐ-CP"),
        ("57/2021", "57/2021/NĐ-CP"),
        ("nghị định 57", "57/2021/NĐ-CP"),
        ("nghi dinh 111", "111/2015/NĐ-CP"),
        ("111/2015/nđ-cp", "111/2015/NĐ-CP"),
        ("205/2025", "205/2025/NĐ-CP"),
        ("115/NQ-CP", "115/NQ-CP"),
        ("nghị quyết 115", "115/NQ-CP"),
        ("55/2015/TT-BCT", "55/2015/TT-BCT"),
    ],
)
def test_a_document_number_in_any_spelling_puts_that_document_first(client, query, number):
    from policies.models import LegalDocumentPage

    expected = LegalDocumentPage.objects.filter(locale__language_code="vi", number=number).first()
    assert expected is not None, f"the demo has no document {number}"
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    first = response.context["results"][0]["page"]
    assert first.pk == expected.pk, [r["page"].title for r in response.context["results"][:3]]


def test_english_search_finds_the_english_translation_of_a_document(client):
    response = client.get("/en/search/", {"q": "57/2021/ND-CP"})
    first = response.context["results"][0]["page"]
    assert first.locale.language_code == "en"
    assert first.specific.number == "57/2021/NĐ-CP"
