"""A small search corpus full of look-alikes, built once per test module.

Legal documents are StandardPages given a ``document_number`` attribute and reindexed: the
same contract a LegalDocument page type fulfils with a real field (website/folded_fields.py).
"""

from django.db import transaction

from wagtail.search.index import insert_or_update_object

from demo.loader import Loader
from website.models import StandardPage

VI_PAGES = {
    "cnht": (
        "Chương trình phát triển công nghiệp hỗ trợ",
        "Các giải pháp thúc đẩy phát triển ngành trên địa bàn tỉnh.",
        "",
    ),
    "lai-suat": (
        "Hỗ trợ lãi suất vốn vay",
        "Doanh nghiệp được hỗ trợ một phần lãi suất khi vay vốn đầu tư.",
        "",
    ),
    "lai-lich": (
        "Lai lịch và suất ăn của công nhân",
        "Quy định về lai lịch người lao động và suất ăn ca.",
        "",
    ),
    "dao-tao": (
        "Đào tạo nguồn nhân lực",
        "Đào tạo kỹ sư, công nhân lành nghề cho doanh nghiệp.",
        "",
    ),
    "dau-tu": (
        "Đầu tư hạ tầng khu công nghiệp",
        "Thu hút đầu tư vào hạ tầng các khu công nghiệp.",
        "",
    ),
    "thue": (
        "Ưu đãi thuế thu nhập doanh nghiệp",
        "Mức thuế suất ưu đãi cho dự án sản xuất sản phẩm ưu tiên.",
        "",
    ),
    "tao-thuan-loi": (
        "Tạo thuận lợi cho nhà đầu tư",
        "Cải cách thủ tục hành chính để tạo môi trường tốt.",
        "",
    ),
    "trong-tao": ("Vùng trồng táo xuất khẩu", "Nông dân trồng táo theo tiêu chuẩn xuất khẩu.", ""),
    "so-cong-thuong": ("Liên hệ Sở Công Thương", "Địa chỉ và đầu mối của Sở Công Thương.", ""),
    "nha-cung-ung": (
        "Danh bạ nhà cung ứng",
        "Tìm nhà cung ứng linh kiện cấp 1, cấp 2 theo lĩnh vực.",
        "",
    ),
    "khoi-nghiep": (
        "Hệ sinh thái khởi nghiệp đổi mới sáng tạo",
        "Hỗ trợ khởi nghiệp sáng tạo trên địa bàn tỉnh.",
        "",
    ),
    "huong-dan-57": (
        "Hướng dẫn thực hiện Nghị định 57/2021/NĐ-CP",
        "Các bước xin xác nhận ưu đãi thuế theo Nghị định 57/2021/NĐ-CP.",
        "",
    ),
    "nd-57-2021": (
        "Nghị định bổ sung ưu đãi thuế thu nhập doanh nghiệp đối với dự án sản xuất sản phẩm công nghiệp hỗ trợ",
        "Nghị định 57/2021/NĐ-CP của Chính phủ.",
        "57/2021/NĐ-CP",
    ),
    "nq-57-2016": (
        "Nghị quyết về biện pháp đặc thù thu hút đầu tư và hỗ trợ doanh nghiệp",
        "Nghị quyết 57/2016/NQ-HĐND của Hội đồng nhân dân tỉnh.",
        "57/2016/NQ-HĐND",
    ),
    "nd-111-2015": (
        "Nghị định về phát triển công nghiệp hỗ trợ",
        "Nghị định 111/2015/NĐ-CP.",
        "111/2015/NĐ-CP",
    ),
    "nd-205-2025": (
        "Nghị định sửa đổi Nghị định số 111/2015/NĐ-CP về phát triển công nghiệp hỗ trợ",
        "Sửa đổi, bổ sung một số điều.",
        "205/2025/NĐ-CP",
    ),
    "nq-115": (
        "Nghị quyết về giải pháp thúc đẩy phát triển công nghiệp hỗ trợ",
        "Nghị quyết 115/NQ-CP của Chính phủ.",
        "115/NQ-CP",
    ),
    "tt-55-2015": (
        "Thông tư quy định thủ tục xác nhận ưu đãi dự án sản xuất sản phẩm công nghiệp hỗ trợ",
        "Thông tư 55/2015/TT-BCT của Bộ Công Thương.",
        "55/2015/TT-BCT",
    ),
    "tt-01-2016": (
        "Thông tư hướng dẫn chính sách cho vay phát triển công nghiệp hỗ trợ theo Nghị định 111/2015/NĐ-CP",
        "Thông tư 01/2016/TT-NHNN của Ngân hàng Nhà nước.",
        "01/2016/TT-NHNN",
    ),
    "qd-68": (
        "Quyết định phê duyệt Chương trình phát triển công nghiệp hỗ trợ 2016-2025",
        "Quyết định 68/QĐ-TTg.",
        "68/QĐ-TTg",
    ),
}

EN_PAGES = {
    "supporting-industry-programme": (
        "Supporting industry development programme",
        "Measures that promote the supporting industry in the province.",
        "",
    ),
    "interest-rate-support": (
        "Interest rate support for loans",
        "Part of the loan interest is paid for enterprises.",
        "",
    ),
    "workforce-training": (
        "Workforce training",
        "Training engineers and skilled workers for enterprises.",
        "",
    ),
    "decree-57-2021": (
        "Decree on corporate income tax incentives for supporting industry projects",
        "Decree 57/2021/NĐ-CP of the Government.",
        "57/2021/NĐ-CP",
    ),
    "supplier-directory": (
        "Supplier directory",
        "Find tier 1 and tier 2 component suppliers by sector.",
        "",
    ),
}


def _build(parent, pages):
    built = {}
    for slug, (title, introduction, number) in pages.items():
        page = Loader().page(
            parent,
            StandardPage,
            f"corpus-{slug}",
            title=title,
            introduction=introduction,
            body=[("paragraph", f"<p>{introduction}</p>")],
        )
        if number:
            page.document_number = number
            insert_or_update_object(page)
        built[slug] = page
    return built


def build_corpus(home, home_en):
    return {"vi": _build(home, VI_PAGES), "en": _build(home_en, EN_PAGES)}


def corpus_fixture(django_db_setup, django_db_blocker):
    """Module-scoped: the pages live in a transaction rolled back after the module."""
    from home.models import HomePage

    with django_db_blocker.unblock(), transaction.atomic():
        home = HomePage.objects.get(locale__language_code="vi")
        home_en = HomePage.objects.get(locale__language_code="en")
        yield build_corpus(home, home_en)
        transaction.set_rollback(True)
