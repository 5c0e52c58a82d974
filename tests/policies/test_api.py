"""Listings through Wagtail's API v2."""

import pytest

pytestmark = pytest.mark.django_db


def test_policies_are_listed_with_their_facts(client):
    response = client.get(
        "/api/v2/pages/?type=policies.PolicyPage&fields=status,support_types,legal_basis_numbers"
        "&locale=vi&limit=50"
    )
    assert response.status_code == 200
    items = response.json()["items"]
    assert len(items) >= 8
    commitment = [i for i in items if i["status"] == "commitment"]
    assert commitment and commitment[0]["support_types"] == ["tin-dung"]
    assert any("111/2015/NĐ-CP" in i["legal_basis_numbers"] for i in items)


def test_legal_documents_are_listed_with_number_and_status(client):
    response = client.get(
        "/api/v2/pages/?type=policies.LegalDocumentPage&fields=number,status,date_signed&locale=en"
    )
    assert response.status_code == 200
    numbers = {i["number"]: i["status"] for i in response.json()["items"]}
    assert numbers["71/2014/QH13"] == "replaced"


@pytest.mark.parametrize("value", ["abc", "-1", "<b>", "99999999999999999999"])
def test_hostile_api_params_answer_4xx_not_5xx(client, value):
    response = client.get(f"/api/v2/pages/?type=policies.PolicyPage&status={value}")
    assert response.status_code < 500
