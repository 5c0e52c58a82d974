"""Demo content of the policies section: facets, the legal documents library, the finder
and its policies, in Vietnamese with English translations. Idempotent."""

import datetime

from django.db import transaction

from website.demo.pages import get_locale, upsert_child, upsert_translation
from website.models import Agency

from .demo_documents import add_relations, page_fields, published_records
from .demo_policies import BASIS_EN, POLICIES
from .models import (
    EnterpriseSize,
    LegalDocumentIndexPage,
    LegalDocumentPage,
    PolicyIndexPage,
    PolicyLegalBasis,
    PolicyPage,
    Sector,
    SupportType,
)

# (slug, Vietnamese name, Vietnamese phrase, English name, English phrase)
SUPPORT_TYPES = [
    ("thue", "Thuế", "thuế", "Tax", "tax"),
    (
        "tin-dung",
        "Tín dụng và lãi suất",
        "tín dụng và lãi suất",
        "Credit and interest rates",
        "credit and interest rates",
    ),
    (
        "dat-dai",
        "Đất đai và mặt bằng",
        "đất đai và mặt bằng",
        "Land and premises",
        "land and premises",
    ),
    (
        "cong-nghe",
        "Công nghệ và R&D",
        "công nghệ, nghiên cứu và phát triển",
        "Technology and R&D",
        "technology and R&D",
    ),
    ("dao-tao", "Đào tạo nhân lực", "đào tạo nhân lực", "Training", "training"),
    (
        "xuc-tien-thuong-mai",
        "Xúc tiến thương mại và thị trường",
        "xúc tiến thương mại và mở rộng thị trường",
        "Trade promotion and market access",
        "trade promotion and market access",
    ),
    ("dau-tu", "Đầu tư", "đầu tư", "Investment", "investment"),
]
# The six sectors of the priority list of Decree 111/2015/NĐ-CP.
SECTORS = [
    ("det-may", "Dệt may", "ngành dệt may", "Textile and garment", "textile and garment"),
    ("da-giay", "Da giày", "ngành da giày", "Leather and footwear", "leather and footwear"),
    ("dien-tu", "Điện tử", "ngành điện tử", "Electronics", "electronics"),
    (
        "o-to",
        "Sản xuất lắp ráp ô tô",
        "ngành sản xuất lắp ráp ô tô",
        "Automobile manufacturing and assembly",
        "automobile manufacturing and assembly",
    ),
    (
        "co-khi",
        "Cơ khí chế tạo",
        "ngành cơ khí chế tạo",
        "Mechanical engineering",
        "mechanical engineering",
    ),
    (
        "cong-nghe-cao",
        "CNHT cho công nghiệp công nghệ cao",
        "công nghiệp hỗ trợ cho công nghiệp công nghệ cao",
        "Supporting industry for high technology",
        "supporting industry for high technology",
    ),
]
SIZES = [
    ("sieu-nho", "Doanh nghiệp siêu nhỏ", "doanh nghiệp siêu nhỏ", "Micro", "micro enterprises"),
    ("nho", "Doanh nghiệp nhỏ", "doanh nghiệp nhỏ", "Small", "small enterprises"),
    ("vua", "Doanh nghiệp vừa", "doanh nghiệp vừa", "Medium", "medium-sized enterprises"),
    ("lon", "Doanh nghiệp lớn", "doanh nghiệp lớn", "Large", "large enterprises"),
]

LIBRARY_VI = {
    "title": "Văn bản pháp luật",
    "introduction": (
        "Các văn bản làm căn cứ cho chính sách phát triển công nghiệp hỗ trợ và những văn bản "
        "đã sửa đổi, thay thế chúng. Thông tin chưa xác minh được ghi rõ."
    ),
}
LIBRARY_EN = {
    "title": "Legal documents",
    "slug": "legal-documents",
    "introduction": (
        "The legal texts behind the supporting-industry incentives, and those that have "
        "amended or replaced them since. Anything not verified is marked as such."
    ),
}
FINDER_VI = {
    "title": "Chính sách ưu đãi",
    "introduction": (
        "Tìm chính sách hỗ trợ phù hợp với doanh nghiệp: ai được hưởng, được hưởng gì, hồ sơ "
        "và thủ tục, nơi nộp và căn cứ pháp lý."
    ),
    "questionnaire_intro": (
        "Trả lời vài câu hỏi ngắn để xem những chính sách có thể áp dụng cho doanh nghiệp, "
        "kèm lý do và căn cứ pháp lý. Câu nào chưa rõ, hãy chọn “Chưa rõ”."
    ),
}
FINDER_EN = {
    "title": "Incentives",
    "slug": "policies",
    "introduction": (
        "Find the support that fits your enterprise: who qualifies, what you get, the papers "
        "and steps, where to apply and the legal basis."
    ),
    "questionnaire_intro": (
        "Answer a few short questions to see which policies may apply to your enterprise, "
        "with the reason and the legal basis for each. Choose “Not sure” where you do not know."
    ),
}


def _facet_values(model, rows, vi, en):
    by_slug = {}
    for order, (slug, name_vi, phrase_vi, name_en, phrase_en) in enumerate(rows):
        source = model.objects.filter(slug=slug, locale=vi).first()
        if source is None:
            source = model.objects.create(
                slug=slug, locale=vi, name=name_vi, summary_phrase=phrase_vi, sort_order=order
            )
        translated = model.objects.filter(translation_key=source.translation_key, locale=en).first()
        if translated is None:
            translated = source.copy_for_translation(en)
            translated.name, translated.summary_phrase = name_en, phrase_en
            translated.save()
        by_slug[slug] = (source, translated)
    return by_slug


def _agency(slug, locale):
    return Agency.objects.filter(slug=slug, locale=locale).first() if slug else None


@transaction.atomic
def load(home, home_en):
    vi, en = get_locale("vi"), get_locale("en")
    facets = {
        "types": _facet_values(SupportType, SUPPORT_TYPES, vi, en),
        "sectors": _facet_values(Sector, SECTORS, vi, en),
        "sizes": _facet_values(EnterpriseSize, SIZES, vi, en),
    }

    library = upsert_child(
        home, LegalDocumentIndexPage, "van-ban", show_in_menus=True, **LIBRARY_VI
    )
    upsert_translation(library, en, show_in_menus=True, **LIBRARY_EN)

    records = published_records()
    documents = {}
    for record in records:
        documents[record["id"]] = upsert_child(
            library, LegalDocumentPage, record["id"], **page_fields(record, "vi")
        )
    add_relations(documents, records)
    for record in records:
        upsert_translation(documents[record["id"]], en, **page_fields(record, "en"))

    finder = upsert_child(home, PolicyIndexPage, "chinh-sach", show_in_menus=True, **FINDER_VI)
    upsert_translation(finder, en, show_in_menus=True, **FINDER_EN)

    for policy in POLICIES:
        shared = {
            "status": policy["status"],
            "last_reviewed": datetime.date.fromisoformat(policy["last_reviewed"]),
        }
        source = PolicyPage.objects.child_of(finder).filter(slug=policy["slug"]).first()
        if source is None:
            source = upsert_child(
                finder,
                PolicyPage,
                policy["slug"],
                **shared,
                **policy["vi"],
                agency=_agency(policy.get("agency"), vi),
                support_types=[facets["types"][s][0] for s in policy["types"]],
                sectors=[facets["sectors"][s][0] for s in policy["sectors"]],
                sizes=[facets["sizes"][s][0] for s in policy["sizes"]],
                legal_basis=[
                    PolicyLegalBasis(
                        document=documents[doc_id], clause=clause, note=note, locale=vi
                    )
                    for doc_id, clause, note in policy["basis"]
                ],
            )
        translated = source.get_translation_or_none(en)
        legal_basis_en = None
        if translated is None:
            # The copy keeps each row's translation key; only the words change.
            legal_basis_en = [
                PolicyLegalBasis(
                    document_id=row.document_id,
                    clause=BASIS_EN.get(row.clause, row.clause),
                    note=BASIS_EN.get(row.note, row.note),
                    locale=en,
                    translation_key=row.translation_key,
                    sort_order=row.sort_order,
                )
                for row in source.legal_basis.all()
            ]
        upsert_translation(
            source,
            en,
            **policy["en"],
            agency=_agency(policy.get("agency"), en) or _agency(policy.get("agency"), vi),
            support_types=[facets["types"][s][1] for s in policy["types"]],
            sectors=[facets["sectors"][s][1] for s in policy["sectors"]],
            sizes=[facets["sizes"][s][1] for s in policy["sizes"]],
            **({"legal_basis": legal_basis_en} if legal_basis_en is not None else {}),
        )
