"""Demo content for the plan: agencies, the plan's full text, its tasks, targets and the
yearly reports section, built from website/demo/content/plan-vi.md. Idempotent."""

import datetime
from decimal import Decimal

from django.contrib.auth.models import Group, Permission

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from website.demo.pages import upsert_child, upsert_translation
from website.models import Agency

from .demo_agencies import AGENCIES
from .demo_tasks_en import TASKS_EN
from .models import (
    AgencyReportsPage,
    AnnualReportPage,
    PlanPage,
    ReportsIndexPage,
    Target,
    TargetValue,
    Task,
)
from .models.reports import REPORT_TZ
from .plan_text import (
    ARTEFACTS,
    CORRECTIONS,
    JOINED_WORDS,
    TASK_GROUPS,
    cooperating_slugs,
    parse_plan,
)

SOURCE_NOTE_VI = (
    "Đây là toàn văn Kế hoạch như khi UBND tỉnh Vĩnh Phúc ban hành năm 2021, chép lại từ bản "
    "scan. Số và ngày, tháng ban hành để trống trong bản gốc. Chỉ sửa các lỗi chép nêu dưới "
    "đây. Phần nhiệm vụ của các sở, ngành (III-B) hiển thị từ danh sách nhiệm vụ của từng cơ "
    "quan. Từ ngày 01/7/2025, tỉnh Vĩnh Phúc thuộc tỉnh Phú Thọ; một số sở đã hợp nhất năm "
    "2025: xem trang của từng cơ quan."
)
CORRECTION_NOTES_VI = (
    "Nối lại các từ bị ngắt do sang trang: "
    + "; ".join(f"“{words}” (mục {anchor})" for words, anchor in JOINED_WORDS)
    + ". Bỏ các ký hiệu do scan: "
    + ", ".join(ARTEFACTS)
    + ". Đánh số lại theo SOURCES.md: phần nhiệm vụ của các sở, ngành (in là “II”) gọi là "
    "III-B; hai mục cùng số 13 gọi là 13a và 13b."
)

SUMMARY_EN = [
    (
        "about",
        "",
        "About this page",
        "2",
        [
            (
                "paragraph",
                "The plan exists in Vietnamese only. This is a faithful English summary; the full "
                "Vietnamese text, as issued, is on the Vietnamese page. Number and day of issue "
                "were "
                "left blank in the source.",
            ),
        ],
    ),
    (
        "I",
        "I.",
        "Purpose and requirements",
        "2",
        [
            (
                "paragraph",
                "To carry out Government Resolution 115/NQ-CP of 6 August 2020 on solutions to "
                "promote supporting industry. Development is to be selective, built on the "
                "province's strengths (components for cars, motorcycles, electronics and "
                "mechanical "
                "engineering; textile and footwear inputs; high-tech industry), with "
                "better-skilled "
                "labour and complete infrastructure in industrial parks and clusters.",
            ),
        ],
    ),
    (
        "II",
        "II.",
        "Objectives",
        "2",
        [
            (
                "paragraph",
                "By 2025, the province's supporting industry is to become a link supplying "
                "high-value "
                "products to the production lines of large domestic and international groups; by "
                "2030, its products are to meet international standards and reach export markets.",
            ),
            (
                "bullets",
                [
                    "More than 50 local enterprises able to become tier-1 or tier-2 suppliers to "
                    "makers "
                    "of complete cars, motorcycles, electrical and electronic products.",
                    "10 domestic supporting-industry manufacturers able to join the value chains "
                    "of "
                    "large groups, with products meeting international standards.",
                    "By 2030, more than 75 local enterprises able to become tier-1 or tier-2 "
                    "suppliers.",
                ],
            ),
        ],
    ),
    (
        "III",
        "III.",
        "Tasks and solutions",
        "2",
        [
            (
                "bullets",
                [
                    "1. Policies and mechanisms.",
                    "2. Resources.",
                    "3. Tax, finance and credit.",
                    "4. Industrial value chains.",
                    "5. Developing and protecting markets.",
                    "6. Raising enterprises' capacity.",
                    "7. Information, statistics and databases.",
                    "8. Close coordination with central agencies.",
                ],
            ),
        ],
    ),
    (
        "III-B",
        "III-B",
        "Tasks of departments, sectors and localities",
        "2",
        [
            (
                "paragraph",
                "Sixteen bodies receive tasks, from the Department of Industry and Trade to the "
                "district People's Committees and the enterprises: see each agency's page, where "
                "the "
                "tasks are quoted in Vietnamese as issued.",
            ),
        ],
    ),
    (
        "IV",
        "IV.",
        "Organisation of implementation",
        "2",
        [
            (
                "paragraph",
                "The Department of Industry and Trade monitors the plan. Departments, boards and "
                "localities send their results to it before 15 December every year (section IV.4).",
            ),
        ],
    ),
]

# Quoted from part II.2 and item III-B-7; years only where the plan or SOURCES.md gives them.
TARGETS = [
    {
        "slug": "nha-cung-ung-cap-1-cap-2",
        "vi": {
            "short_label": "Doanh nghiệp có đủ điều kiện trở thành nhà cung ứng cấp 1, cấp 2",
            "quote": (
                "Trên 50 doanh nghiệp trên địa bàn tỉnh có đủ điều kiện phát triển trở thành nhà "
                "cung ứng cấp 1, cấp 2 cho các hãng sản xuất sản phẩm ô tô, xe máy, điện, điện "
                "tử hoàn chỉnh … Có trên 75 doanh nghiệp trên địa bàn tỉnh có đủ điều kiện phát "
                "triển trở thành nhà cung ứng cấp 1, cấp 2 (đến năm 2030)."
            ),
            "unit": "doanh nghiệp",
            "timing_note": (
                "Mục tiêu 50 không ghi năm; mục tiêu chung nói đến năm 2025. Mục tiêu 75 là "
                "đến năm 2030."
            ),
            "baseline_note": "Kế hoạch không nêu số liệu gốc.",
        },
        "en": {
            "short_label": "Enterprises able to become tier-1 or tier-2 suppliers",
            "quote": (
                "More than 50 local enterprises able to become tier-1 or tier-2 suppliers to "
                "makers of complete cars, motorcycles, electrical and electronic products … more "
                "than 75 such enterprises (by 2030)."
            ),
            "unit": "enterprises",
            "timing_note": (
                "The plan gives no year for 50; its general objective speaks of 2025. The 75 "
                "is for 2030."
            ),
            "baseline_note": "The plan gives no baseline.",
        },
        "comparator": "more_than",
        "target_2025": 50,
        "target_2030": 75,
        "plan_anchor": "II-2",
        "illustrative": [(2022, 38), (2023, 44)],
    },
    {
        "slug": "doanh-nghiep-trong-nuoc-tham-gia-chuoi-gia-tri",
        "vi": {
            "short_label": "Doanh nghiệp trong nước có thể tham gia chuỗi giá trị tập đoàn lớn",
            "quote": (
                "Có 10 doanh nghiệp trong nước sản xuất sản phẩm CNHT có thể tham gia vào chuỗi "
                "giá trị của các tập đoàn kinh tế lớn, sản phẩm đạt các tiêu chuẩn quốc tế và "
                "tham gia được vào thị trường xuất khẩu."
            ),
            "unit": "doanh nghiệp",
            "timing_note": "Không ghi năm; mục tiêu chung của Kế hoạch nói đến năm 2025.",
            "baseline_note": "Kế hoạch không nêu số liệu gốc.",
        },
        "en": {
            "short_label": "Domestic enterprises able to join large groups' value chains",
            "quote": (
                "10 domestic supporting-industry manufacturers able to join the value chains of "
                "large economic groups, with products meeting international standards and "
                "reaching export markets."
            ),
            "unit": "enterprises",
            "timing_note": "No year given; the plan's general objective speaks of 2025.",
            "baseline_note": "The plan gives no baseline.",
        },
        "comparator": "exactly",
        "target_2025": 10,
        "target_2030": None,
        "plan_anchor": "II-2",
        "illustrative": [(2022, 4), (2023, 6)],
    },
    {
        "slug": "khu-cong-nghiep-ho-tro-trong-quy-hoach",
        "vi": {
            "short_label": "Khu công nghiệp hỗ trợ bổ sung vào quy hoạch các KCN",
            "quote": (
                "Rà soát, điều chỉnh, bổ sung Quy hoạch các khu công nghiệp tỉnh Vĩnh Phúc đến "
                "năm 2030, tầm nhìn 2050, … trong đó bổ sung ít nhất 01 Khu công nghiệp hỗ trợ "
                "nhằm tạo liên kết ngành."
            ),
            "unit": "khu công nghiệp",
            "timing_note": "Trong Quy hoạch các KCN đến năm 2030; Kế hoạch không ghi hạn.",
            "baseline_note": "",
        },
        "en": {
            "short_label": "Supporting-industry park added to the industrial zone plan",
            "quote": (
                "Review and amend the plan for Vinh Phuc's industrial parks to 2030, vision "
                "2050, … adding at least one supporting-industry park to create industry links."
            ),
            "unit": "industrial park",
            "timing_note": "Within the industrial-park plan to 2030; the plan sets no deadline.",
            "baseline_note": "",
        },
        "comparator": "at_least",
        "target_2025": None,
        "target_2030": 1,
        "plan_anchor": "III-B-7",
        "illustrative": [],
    },
    {
        "slug": "du-an-ha-tang-khu-cong-nghiep-ho-tro",
        "vi": {
            "short_label": "Dự án đầu tư hạ tầng khu công nghiệp hỗ trợ được thu hút",
            "quote": (
                "… ưu tiên thu hút 01 dự án đầu tư phát triển kết cấu hạ tầng Khu công nghiệp "
                "hỗ trợ …"
            ),
            "unit": "dự án",
            "timing_note": "Kế hoạch không ghi năm.",
            "baseline_note": "",
        },
        "en": {
            "short_label": "Infrastructure project for a supporting-industry park attracted",
            "quote": (
                "… give priority to attracting one project to build the infrastructure of a "
                "supporting-industry park …"
            ),
            "unit": "project",
            "timing_note": "The plan gives no year.",
            "baseline_note": "",
        },
        "comparator": "exactly",
        "target_2025": None,
        "target_2030": 1,
        "plan_anchor": "III-B-7",
        "illustrative": [],
    },
]

ILLUSTRATIVE_SOURCE = "Số liệu minh họa cho bản trình diễn, không phải số liệu chính thức"

REPORT_RULE_VI = (
    "Mục IV.4 của Kế hoạch: “định kỳ trước ngày 15 tháng 12 hàng năm gửi báo cáo kết quả "
    "thực hiện về Sở Công thương”. Cổng thông tin đọc đúng chữ “trước”: báo cáo nhận trong "
    "ngày 15 tháng 12 là muộn. Giờ tính theo giờ Việt Nam (Asia/Ho_Chi_Minh)."
)
REPORT_RULE_EN = (
    "Section IV.4 of the plan: departments, boards and localities send their results to the "
    "Department of Industry and Trade “before 15 December every year”. The portal reads "
    "“before” strictly: a report received on 15 December is late. Times are Vietnam time "
    "(Asia/Ho_Chi_Minh)."
)
SAMPLE_YEAR = 2024


def load(home, home_en):
    vi, en = home.locale, home_en.locale
    agencies = load_agencies(vi, en)
    parsed = parse_plan()
    plan = upsert_child(home, PlanPage, "ke-hoach", show_in_menus=True, **plan_fields(parsed))
    upsert_translation(plan, en, slug="plan", show_in_menus=True, **plan_fields_en())
    load_tasks(parsed, agencies)
    load_task_translations(parsed, en)
    load_targets(vi, en)
    load_reports(plan, en, agencies)


def load_agencies(vi, en):
    by_slug = {}
    for row in AGENCIES:
        (slug, kind, reports, (name, short), (name_en, short_en), valid_from, valid_to,
         _successor, (note, note_en), (desc, desc_en)) = row  # fmt: skip
        facts = {"kind": kind, "reports_annually": reports, "valid_from": valid_from,
                 "valid_to": valid_to, "sort_order": len(by_slug) + 1}  # fmt: skip
        agency, _ = Agency.objects.get_or_create(
            slug=slug, locale=vi,
            defaults={"name": name, "short_name": short, "succession_note": note,
                      "description": desc, **facts},
        )  # fmt: skip
        if not Agency.objects.filter(slug=slug, locale=en).exists():
            translated = agency.copy_for_translation(en)
            translated.name, translated.short_name = name_en, short_en
            translated.succession_note, translated.description = note_en, desc_en
            translated.successor = None
            translated.save()
        by_slug[slug] = agency
    # Successors once every record exists, in each language.
    for row in AGENCIES:
        slug, successor = row[0], row[7]
        if not successor:
            continue
        for locale in (vi, en):
            agency = Agency.objects.get(slug=slug, locale=locale)
            target = Agency.objects.get(slug=successor, locale=locale)
            if agency.successor_id != target.pk:
                agency.successor = target
                agency.save(update_fields=["successor"])
    return by_slug


def plan_fields(parsed):
    sections = []
    for s in parsed.sections:
        body = [] if s.group else [{"type": kind, "value": value} for kind, value in s.body]
        sections.append(("section", {
            "anchor": s.anchor, "number": s.number, "heading": s.heading,
            "level": str(s.level), "body": body, "task_group": s.group,
        }))  # fmt: skip
    return {
        "title": "Kế hoạch triển khai Nghị quyết 115/NQ-CP về phát triển công nghiệp hỗ trợ",
        "introduction": (
            "Toàn văn Kế hoạch của UBND tỉnh Vĩnh Phúc (2021) triển khai Nghị quyết 115/NQ-CP "
            "ngày 06/8/2020 của Chính phủ, cùng nhiệm vụ của từng cơ quan và tiến độ các mục tiêu."
        ),
        "issuer": "Ủy ban nhân dân tỉnh Vĩnh Phúc",
        "number_as_printed": parsed.number_line,
        "place_and_date_as_printed": parsed.place_date_line,
        "issue_year": 2021,
        "document_title": parsed.title,
        "document_subtitle": parsed.subtitle,
        "signature_authority": "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        "signatory": "Vũ Chí Giang",
        "recipients": "\n".join(parsed.recipients),
        "source_note": SOURCE_NOTE_VI,
        "sections": sections,
        "corrections": [
            ("correction", {"as_transcribed": wrong, "corrected": right, "anchor": anchor})
            for wrong, right, anchor in CORRECTIONS
        ],
        "correction_notes": CORRECTION_NOTES_VI,
    }


def plan_fields_en():
    return {
        "title": "Plan implementing Resolution 115/NQ-CP on supporting industry",
        "introduction": (
            "A summary of the Vinh Phuc People's Committee's 2021 plan implementing Government "
            "Resolution 115/NQ-CP, with each agency's tasks and progress on the targets."
        ),
        "issuer": "Vinh Phuc Provincial People's Committee",
        "document_title": "Plan",
        "document_subtitle": (
            "Implementing Government Resolution 115/NQ-CP of 6 August 2020 on solutions to "
            "promote the development of supporting industry"
        ),
        "signature_authority": "For the People's Committee\np.p. the Chairman\nVice-Chairman",
        "source_note": (
            "A faithful English summary of the plan as issued in Vietnamese in 2021; the full "
            "text, with its editorial corrections, is on the Vietnamese page. Since 1 July 2025 "
            "Vinh Phuc is part of Phu Tho province and several departments were merged in 2025."
        ),
        "recipients": "",
        "sections": [
            (
                "section",
                {
                    "anchor": a,
                    "number": n,
                    "heading": h,
                    "level": lvl,
                    "body": [{"type": k, "value": v} for k, v in body],
                    "task_group": "",
                },
            )
            for a, n, h, lvl, body in SUMMARY_EN
        ],  # fmt: skip
        "corrections": [],
        "correction_notes": "",
    }


def load_tasks(parsed, agencies):
    if Task.objects.exists():
        return
    leads = dict(TASK_GROUPS)
    for group, position, text in numbered_tasks(parsed):
        lead = agencies[leads[group]]
        cooperating = cooperating_slugs(text, lead.slug)
        if group == "III-B-13b":
            cooperating.append("bao-vinh-phuc")  # the item names the station and the paper
        # A parental many-to-many (the translation syncs it) is written by save(), not set().
        Task(
            group=group, sort_order=position, text=text, lead_agency=lead,
            cooperating_agencies=[agencies[s] for s in dict.fromkeys(cooperating)],
        ).save()  # fmt: skip


def numbered_tasks(parsed):
    """(group, position in the group from 1, text) for every task of the plan, in order."""
    position = {}
    for group, text in parsed.tasks():
        position[group] = position.get(group, 0) + 1
        yield group, position[group], text


def load_task_translations(parsed, en):
    """The English words of the plan's own tasks; the facts stay on the Vietnamese records.

    Matched on the plan's Vietnamese text, so a task an editor added or reworded is left for
    the editors to translate through wagtail-localize.
    """
    english_by_text = {
        text: TASKS_EN[(group, position)] for group, position, text in numbered_tasks(parsed)
    }
    translated = Task.objects.filter(locale=en).values_list("translation_key", flat=True)
    sources = Task.objects.filter(text__in=list(english_by_text)).exclude(locale=en)
    for task in sources.exclude(translation_key__in=list(translated)):
        english = task.copy_for_translation(en)
        english.text = english_by_text[task.text]
        english.latest_update = ""  # progress is reported in Vietnamese first
        english.save()


def load_targets(vi, en):
    for order, data in enumerate(TARGETS, start=1):
        facts = {
            "comparator": data["comparator"], "plan_anchor": data["plan_anchor"],
            "target_2025": data["target_2025"], "target_2030": data["target_2030"],
            "sort_order": order,
        }  # fmt: skip
        target, created = Target.objects.get_or_create(
            slug=data["slug"], locale=vi, defaults={**data["vi"], **facts}
        )
        if created:
            for year, value in data["illustrative"]:
                TargetValue.objects.create(
                    target=target, year=year, value=Decimal(value),
                    source=ILLUSTRATIVE_SOURCE, is_sample=True,
                )  # fmt: skip
        if not Target.objects.filter(slug=data["slug"], locale=en).exists():
            Target.objects.create(
                slug=data["slug"], locale=en, translation_key=target.translation_key,
                **data["en"], **facts,
            )  # fmt: skip


def load_reports(plan, en, agencies):
    index = upsert_child(
        plan, ReportsIndexPage, "bao-cao",
        title="Báo cáo kết quả thực hiện hằng năm",
        introduction="Ai đã gửi báo cáo hằng năm đúng hạn, muộn hoặc chưa gửi.",
        rule=REPORT_RULE_VI, first_year=SAMPLE_YEAR, last_year=SAMPLE_YEAR,
        reports_are_sample=True,
    )  # fmt: skip
    upsert_translation(
        index, en, slug="reports", title="Yearly progress reports",
        introduction="Who sent the yearly report on time, late, or not yet.",
        rule=REPORT_RULE_EN,
    )  # fmt: skip
    cut = datetime.date(SAMPLE_YEAR, 12, 15)
    reviewers, _ = Group.objects.get_or_create(name="Plan report reviewers")
    grant(reviewers, index, ("add", "change", "publish"))
    reviewers.permissions.add(
        Permission.objects.get(content_type__app_label="plan", codename="record_report_receipt")
    )
    for slug, agency in agencies.items():
        if not agency.reports_annually:
            continue
        page = upsert_child(
            index, AgencyReportsPage, slug, title=agency.name, agency=agency,
            introduction=f"Báo cáo hằng năm của {agency.name} về thực hiện Kế hoạch.",
        )  # fmt: skip
        reporters, _ = Group.objects.get_or_create(name=f"Agency reporters: {agency.short_name}")
        grant(reporters, page, ("add", "change"))
        grant_documents(reporters, f"Báo cáo: {agency.short_name}")
        existed = (agency.valid_from is None or agency.valid_from <= cut) and (
            agency.valid_to is None or agency.valid_to >= cut
        )
        if existed:
            # Sample reports, all on time: demo data never shows a real body as late.
            upsert_child(
                page, AnnualReportPage, str(SAMPLE_YEAR),
                title=f"Báo cáo năm {SAMPLE_YEAR} (mẫu)", year=SAMPLE_YEAR,
                submitted_at=datetime.datetime(SAMPLE_YEAR, 12, 10, 9, tzinfo=REPORT_TZ),
                summary="Báo cáo mẫu cho bản trình diễn; không phải báo cáo thật của cơ quan.",
                is_sample=True,
            )  # fmt: skip


def grant_documents(group, collection_name):
    """A document collection per agency, so reporters attach files only where theirs live."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=collection_name).first()
    if collection is None:
        collection = root.add_child(name=collection_name)
    for codename in ("add_document", "change_document", "choose_document"):
        permission = Permission.objects.get(
            content_type__app_label="wagtaildocs", codename=codename
        )
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )


def grant(group, page, kinds):
    access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    group.permissions.add(access)
    for kind in kinds:
        if not GroupPagePermission.objects.filter(
            group=group, page=page, permission__codename=f"{kind}_page"
        ).exists():
            GroupPagePermission.objects.create(group=group, page=page, permission_type=kind)
