"""Demo content of the policies section: facets, the legal documents library, the finder
and its policies, in Vietnamese with English translations.

The words are in ``demo/content/policies/`` (one file per policy, ``facets.yaml``,
``index-pages.yaml``) and the library's records in ``demo/content/legal-documents.json``,
read through ``demo.legal_records``.
"""

import datetime

from policies.models import (
    EnterpriseSize,
    LegalDocumentIndexPage,
    LegalDocumentPage,
    LegalDocumentRelation,
    PolicyIndexPage,
    PolicyLegalBasis,
    PolicyPage,
    Sector,
    SupportType,
)
from website.models import Agency

from .. import legal_records
from ..loader import content_path, get_locale, read
from ..stable_values import rows, stream

FOLDER = "policies"
NOT_POLICIES = {"facets", "index-pages"}
FACETS = {"support_types": SupportType, "sectors": Sector, "sizes": EnterpriseSize}
POLICY_TEXTS = (
    "title",
    "introduction",
    "status_note",
    "processing_time",
    "fees",
    "where_to_apply",
    "reform_note",
)
POLICY_ITEMS = {"conditions": "condition", "steps": "step", "papers": "paper"}
DOCUMENT_STREAMS = ("key_provisions", "sources")


def load(loader, home, home_en):
    en = get_locale("en")
    facets = load_facets(loader, en)
    pages = read(f"{FOLDER}/index-pages.yaml")
    documents = load_library(loader, home, en, pages["library"])
    finder_entry = dict(pages["finder"])
    slugs = finder_entry.pop("policies")
    finder = index_page(loader, home, en, PolicyIndexPage, finder_entry)
    for policy in policy_files(slugs):
        load_policy(loader, finder, en, policy, facets, documents)


def policy_files(slugs) -> list:
    """The policy files in the finder's order; a policy file the finder does not list is an
    error rather than a policy silently left out."""
    on_disk = {path.stem for path in content_path(FOLDER).glob("*.yaml")} - NOT_POLICIES
    if unlisted := on_disk - set(slugs):
        raise ValueError(f"Policy files not listed in index-pages.yaml: {sorted(unlisted)}")
    return [read(f"{FOLDER}/{slug}.yaml") for slug in slugs]


# Facets ----------------------------------------------------------------------------------------


def load_facets(loader, en) -> dict:
    """{facet name: {slug: (Vietnamese value, English value)}}, in the file's order."""
    vi = get_locale("vi")
    values = {}
    for name, entries in read(f"{FOLDER}/facets.yaml").items():
        model, values[name] = FACETS[name], {}
        for order, entry in enumerate(entries):
            source = loader.record(
                model, {"slug": entry["slug"], "locale": vi}, sort_order=order, **entry["vi"]
            )
            translated = loader.translated_record(source, en, sort_order=order, **entry["en"])
            values[name][entry["slug"]] = (source, translated)
    return values


# Index pages -----------------------------------------------------------------------------------


def index_page(loader, home, en, model, entry):
    page = loader.page(home, model, entry["slug"], show_in_menus=True, **entry["vi"])
    loader.translation(page, en, show_in_menus=True, **entry["en"])
    return page


# The legal documents library -------------------------------------------------------------------


def load_library(loader, home, en, entry) -> dict:
    """Every published record as a Vietnamese page with its relations, and its translation."""
    library = index_page(loader, home, en, LegalDocumentIndexPage, entry)
    records = legal_records.published_records()
    documents = {}
    for record in records:
        existing = LegalDocumentPage.objects.child_of(library).filter(slug=record["id"]).first()
        documents[record["id"]] = loader.page(
            library, LegalDocumentPage, record["id"], **document_fields(existing, record, "vi")
        )
    relations = wanted_relations(documents, records)
    set_relations(loader, documents, relations)
    translations = {}
    for record in records:
        source = documents[record["id"]]
        existing = source.get_translation_or_none(en)
        existing = existing.specific if existing else None
        translations[record["id"]] = loader.translation(
            source, en, **document_fields(existing, record, "en")
        )
    # A translation is copied with its source's relations; --update keeps them alike.
    set_relations(loader, translations, relations)
    return documents


def document_fields(existing, record, lang) -> dict:
    fields = legal_records.page_fields(record, lang)
    for name in ("date_signed", "date_in_force"):
        fields[name] = _date(fields[name])
    for name in DOCUMENT_STREAMS:
        fields[name] = stream(existing, name, fields[name])
    if lang == "en":
        fields["slug"] = record["id"]
    return fields


def wanted_relations(documents, records) -> dict:
    """{record id: relation field values}; targets are the Vietnamese pages, as on the
    translations (a reader shows the target in its own language by translation key)."""
    wanted = {record_id: [] for record_id in documents}
    for source, kind, target in legal_records.relation_triples(records):
        wanted[source].append(
            {
                "kind": kind,
                "target": documents.get(target),
                "target_label": "" if target in documents else legal_records.outside_label(target),
            }
        )
    return wanted


def set_relations(loader, pages, wanted) -> None:
    """Relations are set once every page exists, as they point at each other: where a page
    has none yet, or under ``--update``."""
    for record_id, relations in wanted.items():
        page = pages[record_id]
        stored = list(page.relations.all())
        if stored and not loader.update:
            continue
        loader.complete(page, relations=rows(stored, LegalDocumentRelation, relations))


# Policies --------------------------------------------------------------------------------------


def load_policy(loader, finder, en, policy, facets, documents) -> None:
    vi = get_locale("vi")
    existing = PolicyPage.objects.child_of(finder).filter(slug=policy["slug"]).first()
    stored_basis = list(existing.legal_basis.all()) if existing else []
    source = loader.page(
        finder,
        PolicyPage,
        policy["slug"],
        **shared_policy_fields(policy, facets, 0),
        **policy_words(existing, policy, "vi"),
        agency=_agency(policy.get("agency"), vi),
        legal_basis=rows(
            stored_basis,
            PolicyLegalBasis,
            [
                {
                    "document": documents[row["document"]],
                    "clause": row.get("clause", {}).get("vi", ""),
                    "note": row.get("note", {}).get("vi", ""),
                    "locale": vi,
                }
                for row in policy["legal_basis"]
            ],
        ),
    )
    translated = source.get_translation_or_none(en)
    translated = translated.specific if translated else None
    # The English rows keep the Vietnamese rows' translation keys and documents; only the
    # words change.
    stored_en = {}
    if translated is not None:
        stored_en = {row.translation_key: row for row in translated.legal_basis.all()}
    source_rows = list(source.legal_basis.all())
    legal_basis_en = rows(
        [stored_en.get(row.translation_key) or PolicyLegalBasis() for row in source_rows],
        PolicyLegalBasis,
        [
            {
                "document_id": row.document_id,
                "clause": entry.get("clause", {}).get("en", ""),
                "note": entry.get("note", {}).get("en", ""),
                "locale": en,
                "translation_key": row.translation_key,
            }
            for row, entry in zip(source_rows, policy["legal_basis"], strict=True)
        ],
    )
    loader.translation(
        source,
        en,
        **shared_policy_fields(policy, facets, 1),
        **policy_words(translated, policy, "en"),
        agency=_agency(policy.get("agency"), en) or _agency(policy.get("agency"), vi),
        legal_basis=legal_basis_en,
    )


def shared_policy_fields(policy, facets, language_index) -> dict:
    """Status, review date and facets; ``language_index`` picks the Vietnamese (0) or the
    English (1) facet values."""
    fields = {
        "status": policy["status"],
        "last_reviewed": _date(policy["last_reviewed"]),
    }
    for name in FACETS:
        values = [facets[name][slug][language_index] for slug in policy[name]]
        # Stored in the facets' own order, so an unchanged file compares equal.
        fields[name] = sorted(values, key=lambda value: (value.sort_order, value.name))
    return fields


def policy_words(existing, policy, lang) -> dict:
    """The policy's texts and lists in one language, as PolicyPage fields."""
    words = policy[lang]
    fields = {name: words.get(name, "") for name in POLICY_TEXTS}
    if lang == "en":
        fields["slug"] = words["slug"]
    for name, block in POLICY_ITEMS.items():
        items = [(block, item[lang]) for item in policy.get(name, [])]
        fields[name] = stream(existing, name, items)
    benefits = [
        ("benefit", {part: benefit[part][lang] for part in ("label", "value", "note")})
        for benefit in policy.get("benefits", [])
    ]
    fields["benefits"] = stream(existing, "benefits", benefits)
    rules = [
        (
            "rule",
            {
                "field": rule["field"],
                "operator": rule["operator"],
                "value": rule["value"],
                "explanation": rule["explanation"][lang],
                "legal_clause": rule["legal_clause"][lang],
            },
        )
        for rule in policy.get("eligibility_rules", [])
    ]
    fields["eligibility_rules"] = stream(existing, "eligibility_rules", rules)
    sources = [("source", dict(source)) for source in policy.get("sources", [])]
    fields["sources"] = stream(existing, "sources", sources)
    return fields


def _agency(slug, locale):
    return Agency.objects.filter(slug=slug, locale=locale).first() if slug else None


def _date(value):
    if value is None or isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(value)
