# ruff: noqa: E501  (content: long sentences and URLs read better unbroken)
"""The policies of the demo, written from the legal-documents.json records.

Every number is the record's; what the records do not confirm is left empty (the page then
says 'chưa xác minh' / 'not verified') or said to be unverified in the text.
"""

from .models import PolicyStatus

REVIEWED = "2026-11-27"
ALL_SECTORS = ["det-may", "da-giay", "dien-tu", "o-to", "co-khi", "cong-nghe-cao"]
ALL_SIZES = ["sieu-nho", "nho", "vua", "lon"]
SMES = ["sieu-nho", "nho", "vua"]
SIX = ",".join(ALL_SECTORS)

PRIORITY_RULE = (
    "priority_product",
    "in",
    "yes",
    "Sản phẩm thuộc Danh mục sản phẩm công nghiệp hỗ trợ ưu tiên phát triển.",
    "The product is on the priority list of supporting-industry products.",
    "Phụ lục Nghị định 111/2015/NĐ-CP",
    "Annex to Decree 111/2015/ND-CP",
)


def _rules(*rules):
    vi = [
        ("rule", {"field": f, "operator": o, "value": v, "explanation": ev, "legal_clause": cv})
        for f, o, v, ev, _ee, cv, _ce in rules
    ]
    en = [
        ("rule", {"field": f, "operator": o, "value": v, "explanation": ee, "legal_clause": ce})
        for f, o, v, _ev, ee, _cv, ce in rules
    ]
    return vi, en


def _items(kind, pairs):
    return [(kind, vi) for vi, _en in pairs], [(kind, en) for _vi, en in pairs]


def _benefits(rows):
    vi = [("benefit", {"label": a, "value": b, "note": c}) for (a, _a), (b, _b), (c, _c) in rows]
    en = [("benefit", {"label": a, "value": b, "note": c}) for (_a, a), (_b, b), (_c, c) in rows]
    return vi, en


def _sources(*urls):
    return [("source", {"url": url, "note": note}) for url, note in urls]


def policy(
    slug,
    slug_en,
    status,
    *,
    types,
    sectors,
    sizes,
    basis,
    agency=None,
    vi,
    en,
    conditions=(),
    benefits=(),
    steps=(),
    papers=(),
    rules=(),
    sources=(),
):
    conditions_vi, conditions_en = _items("condition", conditions)
    steps_vi, steps_en = _items("step", steps)
    papers_vi, papers_en = _items("paper", papers)
    benefits_vi, benefits_en = _benefits(benefits)
    rules_vi, rules_en = _rules(*rules)
    src = _sources(*sources)
    return {
        "slug": slug,
        "status": status,
        "last_reviewed": REVIEWED,
        "agency": agency,
        "types": types,
        "sectors": sectors,
        "sizes": sizes,
        "basis": basis,
        "vi": {
            **vi,
            "conditions": conditions_vi,
            "benefits": benefits_vi,
            "steps": steps_vi,
            "papers": papers_vi,
            "eligibility_rules": rules_vi,
            "sources": src,
        },
        "en": {
            **en,
            "slug": slug_en,
            "conditions": conditions_en,
            "benefits": benefits_en,
            "steps": steps_en,
            "papers": papers_en,
            "eligibility_rules": rules_en,
            "sources": src,
        },
    }


CIT_SOURCES = (
    (
        "https://english.vov.vn/en/politics/domestic/corporate-income-tax-law-sails-through-national-assembly-post1207175.vov",
        "VOV: Luật Thuế TNDN 2025",
    ),
    (
        "https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/incentive-policies-for-projects-producing-supporting-industry-products-149518.html",
        "LawNet: ưu đãi theo Điều 12 Nghị định 111/2015/NĐ-CP",
    ),
)

POLICIES = [
    policy(
        "uu-dai-thue-tndn-du-an-cnht",
        "cit-incentive-supporting-industry-projects",
        PolicyStatus.OPEN,
        types=["thue"],
        sectors=ALL_SECTORS,
        sizes=ALL_SIZES,
        agency="so-cong-thuong",
        basis=[
            ("luat-thue-tndn-2025", "", "Giữ thuế suất 10% trong 15 năm cho dự án mới thuộc CNHT"),
            ("luat-71-2014-qh13", "", ""),
            ("nd-111-2015-nd-cp", "khoản 1 Điều 12", ""),
            ("tt-55-2015-tt-bct", "", "Thủ tục xác nhận ưu đãi"),
        ],
        vi={
            "title": "Ưu đãi thuế thu nhập doanh nghiệp cho dự án sản xuất sản phẩm công nghiệp hỗ trợ",
            "introduction": "Dự án sản xuất sản phẩm thuộc Danh mục sản phẩm công nghiệp hỗ trợ ưu tiên phát triển được hưởng thuế suất thuế TNDN 10% trong 15 năm.",
            "status_note": "Luật Thuế TNDN 2025 giữ thuế suất 10% trong 15 năm cho dự án đầu tư mới thuộc lĩnh vực công nghiệp hỗ trợ.",
            "processing_time": "",
            "fees": "",
            "where_to_apply": "Ưu đãi được hưởng sau khi dự án có Giấy xác nhận ưu đãi; cơ quan cấp giấy sau Nghị định 205/2025/NĐ-CP chưa xác minh. Sở Công Thương kiểm tra các dự án được ưu đãi trên địa bàn tỉnh (Điều 9 Thông tư 55/2015/TT-BCT).",
            "reform_note": "Luật Thuế TNDN 2025 (hiệu lực 01/10/2025, áp dụng từ kỳ tính thuế 2025) thay thế các quy định về thuế TNDN của Luật 71/2014/QH13. Luật mới giữ thuế suất 10% trong 15 năm cho dự án đầu tư mới thuộc công nghiệp hỗ trợ; việc miễn 4 năm, giảm 50% trong 9 năm tiếp theo có được giữ nguyên hay không chưa xác minh. Nghị định 320/2025/NĐ-CP ngày 15/12/2025 hướng dẫn Luật. Nghị định 205/2025/NĐ-CP (hiệu lực 01/9/2025) sửa đổi Nghị định 111/2015/NĐ-CP và quy định lại thủ tục xác nhận ưu đãi.",
        },
        en={
            "title": "Corporate income tax incentive for supporting-industry manufacturing projects",
            "introduction": "Projects making products on the priority list of supporting-industry products pay corporate income tax at 10% for 15 years.",
            "status_note": "The 2025 CIT Law keeps the 10% rate for 15 years for new supporting-industry investment projects.",
            "processing_time": "",
            "fees": "",
            "where_to_apply": "The incentive applies once the project holds a certificate of incentives; which authority issues it after Decree 205/2025/ND-CP is not verified. The provincial Department of Industry and Trade inspects incentivised projects in the province (Article 9 of Circular 55/2015/TT-BCT).",
            "reform_note": "The 2025 Law on Corporate Income Tax (in force 1 October 2025, applying from the 2025 tax year) replaced the CIT provisions of Law 71/2014/QH13. It keeps the 10% rate for 15 years for new supporting-industry projects; whether the 4-year exemption and 50% reduction for the next 9 years remain is not verified. Decree 320/2025/ND-CP of 15 December 2025 guides the Law. Decree 205/2025/ND-CP (in force 1 September 2025) amended Decree 111/2015/ND-CP and redefined the certification procedure.",
        },
        conditions=[
            (
                "Dự án đầu tư sản xuất sản phẩm thuộc Danh mục sản phẩm công nghiệp hỗ trợ ưu tiên phát triển (Phụ lục Nghị định 111/2015/NĐ-CP).",
                "An investment project making a product on the priority list of supporting-industry products (Annex to Decree 111/2015/ND-CP).",
            ),
            (
                "Sản phẩm trong nước chưa sản xuất được, hoặc sản xuất được nhưng phải đạt tiêu chuẩn kỹ thuật của Liên minh châu Âu (EU) hoặc tương đương (Luật 71/2014/QH13).",
                "The product is not yet made in Viet Nam, or is made but must meet EU technical standards or equivalent (Law 71/2014/QH13).",
            ),
            (
                "Dự án có Giấy xác nhận ưu đãi sản xuất sản phẩm công nghiệp hỗ trợ.",
                "The project holds a certificate of incentives for supporting-industry production.",
            ),
        ],
        benefits=[
            (
                ("Thuế suất ưu đãi", "Preferential rate"),
                ("10% trong 15 năm", "10% for 15 years"),
                (
                    "Luật 71/2014/QH13; giữ nguyên trong Luật Thuế TNDN 2025",
                    "Law 71/2014/QH13; kept by the 2025 CIT Law",
                ),
            ),
            (
                ("Miễn, giảm thuế", "Exemption and reduction"),
                (
                    "Miễn thuế 4 năm; giảm 50% số thuế phải nộp trong 9 năm tiếp theo",
                    "4 years exempt; 50% reduction for the next 9 years",
                ),
                (
                    "Luật 71/2014/QH13; sau Luật Thuế TNDN 2025: chưa xác minh",
                    "Law 71/2014/QH13; after the 2025 CIT Law: not verified",
                ),
            ),
        ],
        steps=[
            (
                "Kiểm tra sản phẩm của dự án có thuộc Danh mục sản phẩm công nghiệp hỗ trợ ưu tiên phát triển.",
                "Check that the project's product is on the priority list.",
            ),
            (
                "Đề nghị cấp Giấy xác nhận ưu đãi (xem chính sách “Giấy xác nhận ưu đãi”).",
                "Apply for the certificate of incentives (see the “Certificate of incentives” policy).",
            ),
            (
                "Áp dụng ưu đãi khi kê khai, quyết toán thuế TNDN sau khi có Giấy xác nhận ưu đãi.",
                "Apply the incentive in the CIT returns once the certificate is issued.",
            ),
        ],
        rules=[
            PRIORITY_RULE,
            (
                "project_date",
                "on_or_after",
                "2015-01-01",
                "Dự án thực hiện từ ngày 01/01/2015: ưu đãi theo Luật 71/2014/QH13, nay là Luật Thuế TNDN 2025.",
                "Project carried out on or after 1 January 2015: incentive under Law 71/2014/QH13, now the 2025 CIT Law.",
                "Luật 71/2014/QH13 (hiệu lực 01/01/2015)",
                "Law 71/2014/QH13 (in force 1 January 2015)",
            ),
        ],
        sources=CIT_SOURCES,
    ),
    policy(
        "uu-dai-thue-du-an-truoc-2015",
        "cit-incentive-projects-before-2015",
        PolicyStatus.TRANSITIONAL,
        types=["thue"],
        sectors=ALL_SECTORS,
        sizes=ALL_SIZES,
        agency="so-cong-thuong",
        basis=[
            ("nd-57-2021-nd-cp", "bổ sung điểm g khoản 2 Điều 20 Nghị định 218/2013/NĐ-CP", ""),
            ("luat-71-2014-qh13", "", "Mức ưu đãi áp dụng"),
            ("tt-55-2015-tt-bct", "", "Thủ tục xác nhận ưu đãi"),
        ],
        vi={
            "title": "Ưu đãi thuế TNDN cho dự án công nghiệp hỗ trợ thực hiện trước ngày 01/01/2015 (Nghị định 57/2021/NĐ-CP)",
            "introduction": "Dự án sản xuất sản phẩm công nghiệp hỗ trợ ưu tiên thực hiện trước ngày 01/01/2015 được hưởng ưu đãi thuế TNDN như dự án công nghiệp hỗ trợ, kể từ kỳ tính thuế được cấp Giấy xác nhận ưu đãi.",
            "status_note": "Nghị định 57/2021/NĐ-CP sửa đổi Nghị định 218/2013/NĐ-CP (nghị định về thuế TNDN), không sửa Nghị định 111/2015/NĐ-CP. Sau cải cách thuế TNDN năm 2025, ưu đãi này được trình bày như quy định chuyển tiếp, mang tính lịch sử; hiện trạng chưa xác minh.",
            "processing_time": "",
            "fees": "",
            "where_to_apply": "Cơ quan cấp Giấy xác nhận ưu đãi: chưa xác minh.",
            "reform_note": "Luật Thuế TNDN 2025 và Nghị định 320/2025/NĐ-CP có thể đã thay thế Nghị định 218/2013/NĐ-CP mà Nghị định 57/2021/NĐ-CP sửa đổi; điều này chưa xác minh.",
        },
        en={
            "title": "CIT incentive for supporting-industry projects carried out before 1 January 2015 (Decree 57/2021/ND-CP)",
            "introduction": "Priority supporting-industry projects carried out before 1 January 2015 receive the supporting-industry CIT incentive from the tax period in which they obtain a certificate of incentives.",
            "status_note": "Decree 57/2021/ND-CP amends Decree 218/2013/ND-CP (the CIT decree), not Decree 111/2015/ND-CP. After the 2025 CIT reform it is shown as a transitional, historical rule; its current status is not verified.",
            "processing_time": "",
            "fees": "",
            "where_to_apply": "Authority issuing the certificate of incentives: not verified.",
            "reform_note": "The 2025 CIT Law and Decree 320/2025/ND-CP may have replaced Decree 218/2013/ND-CP, which Decree 57/2021/ND-CP amends; this is not verified.",
        },
        conditions=[
            (
                "Dự án đầu tư mới hoặc đầu tư mở rộng sản xuất sản phẩm thuộc Danh mục sản phẩm công nghiệp hỗ trợ ưu tiên phát triển.",
                "A new or expansion project making a product on the priority list.",
            ),
            (
                "Dự án thực hiện trước ngày 01/01/2015.",
                "The project was carried out before 1 January 2015.",
            ),
            (
                "Đáp ứng điều kiện dự án sản xuất sản phẩm công nghiệp hỗ trợ theo Luật 71/2014/QH13 và có Giấy xác nhận ưu đãi.",
                "Meets the conditions for supporting-industry projects of Law 71/2014/QH13 and holds a certificate of incentives.",
            ),
        ],
        benefits=[
            (
                ("Thuế suất ưu đãi", "Preferential rate"),
                ("10% trong 15 năm", "10% for 15 years"),
                ("Theo Luật 71/2014/QH13", "Under Law 71/2014/QH13"),
            ),
            (
                ("Miễn, giảm thuế", "Exemption and reduction"),
                (
                    "Miễn thuế 4 năm; giảm 50% số thuế phải nộp trong 9 năm tiếp theo",
                    "4 years exempt; 50% reduction for the next 9 years",
                ),
                ("Theo Luật 71/2014/QH13", "Under Law 71/2014/QH13"),
            ),
            (
                (
                    "Doanh nghiệp đã hưởng ưu đãi theo điều kiện khác",
                    "Enterprises already receiving another incentive",
                ),
                ("Hưởng cho thời gian còn lại", "The remaining period"),
                (
                    "Tổng thời gian ưu đãi CNHT trừ số năm đã miễn, đã giảm, đã hưởng thuế suất ưu đãi",
                    "Total supporting-industry period minus the years already exempted, reduced or at a preferential rate",
                ),
            ),
        ],
        steps=[
            (
                "Đề nghị cấp Giấy xác nhận ưu đãi sản xuất sản phẩm công nghiệp hỗ trợ cho dự án.",
                "Apply for the certificate of incentives for the project.",
            ),
            (
                "Áp dụng ưu đãi từ kỳ tính thuế được cấp Giấy xác nhận ưu đãi.",
                "Apply the incentive from the tax period in which the certificate is issued.",
            ),
        ],
        rules=[
            PRIORITY_RULE,
            (
                "project_date",
                "before",
                "2015-01-01",
                "Dự án thực hiện trước ngày 01/01/2015.",
                "The project was carried out before 1 January 2015.",
                "Nghị định 57/2021/NĐ-CP (điểm g khoản 2 Điều 20 Nghị định 218/2013/NĐ-CP)",
                "Decree 57/2021/ND-CP (point g, clause 2, Article 20 of Decree 218/2013/ND-CP)",
            ),
        ],
        sources=(
            (
                "https://thuvienphapluat.vn/news/headlines/36099/regulations-on-more-beneficiaries-of-corporate-income-tax-incentives-are-ready-to-take-effect",
                "THƯ VIỆN PHÁP LUẬT: Nghị định 57/2021/NĐ-CP",
            ),
            (
                "https://trademarkvn.com.vn/legal-updated/134-tax--fee-charge/1842-enterprises-investing-in-manufacturing-supporting-industry-products-before-2015-shall-be-entitled-to-eit-incentives.html",
                "Trademark VN",
            ),
        ),
    ),
]

POLICIES += [
    policy(
        "lai-suat-vay-ngan-han-uu-dai",
        "preferential-short-term-loan-rates",
        PolicyStatus.UNVERIFIED,
        types=["tin-dung"],
        sectors=ALL_SECTORS,
        sizes=ALL_SIZES,
        agency="ngan-hang-nha-nuoc-chi-nhanh-vinh-phuc",
        basis=[
            (
                "nd-111-2015-nd-cp",
                "",
                "Điều khoản cụ thể chưa xác minh: nguồn báo chí dẫn Điều 11 hoặc Điều 12",
            ),
            ("tt-01-2016-tt-nhnn", "", ""),
            ("tt-39-2016-tt-nhnn", "", "Cơ chế trần lãi suất cho lĩnh vực ưu tiên"),
            ("qd-1125-2023-qd-nhnn", "", "Mức trần 4,0%/năm (2023)"),
            ("ke-hoach-vinh-phuc-nq115", "mục III.3", ""),
        ],
        vi={
            "title": "Lãi suất ưu đãi cho khoản vay ngắn hạn bằng đồng Việt Nam",
            "introduction": "Phương án sản xuất sản phẩm công nghiệp hỗ trợ ưu tiên được vay ngắn hạn bằng VND với lãi suất không vượt mức trần cho lĩnh vực ưu tiên do Ngân hàng Nhà nước công bố.",
            "status_note": "Cơ chế trần lãi suất đã được xác minh; mức trần hiện hành và hiện trạng các văn bản chưa xác minh.",
            "processing_time": "",
            "fees": "",
            "where_to_apply": "Tổ chức tín dụng hoặc chi nhánh ngân hàng nước ngoài nơi doanh nghiệp vay vốn (Thông tư 01/2016/TT-NHNN).",
            "reform_note": "Thông tư 39/2016/TT-NHNN đã được sửa đổi; hiện trạng sau Luật Các tổ chức tín dụng 2024 chưa kiểm tra.",
        },
        en={
            "title": "Preferential rates on short-term loans in Vietnamese dong",
            "introduction": "Plans to make priority supporting-industry products can borrow short-term in VND at no more than the State Bank's rate cap for priority sectors.",
            "status_note": "The rate-cap mechanism is verified; the current cap and the documents' current status are not.",
            "processing_time": "",
            "fees": "",
            "where_to_apply": "The credit institution or foreign bank branch lending to the enterprise (Circular 01/2016/TT-NHNN).",
            "reform_note": "Circular 39/2016/TT-NHNN has been amended; its status after the 2024 Law on Credit Institutions has not been checked.",
        },
        conditions=[
            (
                "Tổ chức, cá nhân có phương án sản xuất sản phẩm thuộc Danh mục sản phẩm công nghiệp hỗ trợ ưu tiên phát triển.",
                "An organisation or individual with a plan to make a product on the priority list.",
            ),
            ("Khoản vay ngắn hạn bằng đồng Việt Nam.", "A short-term loan in Vietnamese dong."),
        ],
        benefits=[
            (
                ("Lãi suất cho vay ngắn hạn", "Short-term lending rate"),
                (
                    "Không vượt mức trần lãi suất cho lĩnh vực ưu tiên do Thống đốc NHNN công bố từng thời kỳ",
                    "No higher than the cap for priority sectors set by the State Bank Governor from time to time",
                ),
                ("Thông tư 01/2016/TT-NHNN", "Circular 01/2016/TT-NHNN"),
            ),
            (
                (
                    "Mức trần theo Quyết định 1125/QĐ-NHNN (2023)",
                    "Cap under Decision 1125/QD-NHNN (2023)",
                ),
                ("4,0%/năm (giảm từ 4,5%/năm)", "4.0% a year (down from 4.5%)"),
                ("Mức hiện hành chưa xác minh", "Current cap not verified"),
            ),
        ],
        steps=[
            (
                "Chuẩn bị phương án sản xuất sản phẩm thuộc Danh mục sản phẩm công nghiệp hỗ trợ ưu tiên phát triển.",
                "Prepare a production plan for a product on the priority list.",
            ),
            (
                "Đề nghị vay vốn tại tổ chức tín dụng; ngân hàng xem xét theo quy định cho vay.",
                "Apply to a credit institution, which assesses the loan under its lending rules.",
            ),
        ],
        rules=[
            PRIORITY_RULE,
            (
                "loan_type",
                "in",
                "short",
                "Doanh nghiệp cần vay ngắn hạn: áp dụng trần lãi suất cho lĩnh vực ưu tiên.",
                "The enterprise needs a short-term loan: the priority-sector rate cap applies.",
                "Thông tư 01/2016/TT-NHNN",
                "Circular 01/2016/TT-NHNN",
            ),
        ],
        sources=(
            ("https://sggp.org.vn/chinh-sach-tot-phai-di-vao-cuoc-song-post583802.html", "SGGP"),
        ),
    ),
    policy(
        "vay-von-dnnvv-co-bao-lanh",
        "sme-loans-with-credit-guarantee",
        PolicyStatus.UNVERIFIED,
        types=["tin-dung", "dau-tu"],
        sectors=ALL_SECTORS,
        sizes=SMES,
        basis=[
            ("nd-111-2015-nd-cp", "khoản 2 Điều 12", ""),
            ("tt-01-2016-tt-nhnn", "", ""),
            ("nd-205-2025-nd-cp", "", "Sửa đổi khung ưu đãi"),
        ],
        vi={
            "title": "Vay đến 70% vốn đầu tư với bảo lãnh tín dụng cho doanh nghiệp nhỏ và vừa",
            "introduction": "Doanh nghiệp nhỏ và vừa sản xuất sản phẩm công nghiệp hỗ trợ ưu tiên được vay tối đa 70% vốn đầu tư trên cơ sở bảo lãnh của tổ chức bảo lãnh tín dụng cho doanh nghiệp nhỏ và vừa.",
            "status_note": "Quy định tại Nghị định 111/2015/NĐ-CP đã được xác minh; nội dung sau khi Nghị định 205/2025/NĐ-CP sửa đổi chưa xác minh.",
            "processing_time": "",
            "fees": "",
            "where_to_apply": "",
            "reform_note": "Theo Conventus Law, Nghị định 205/2025/NĐ-CP bỏ giới hạn chỉ áp dụng cho doanh nghiệp nhỏ và vừa đối với một số ưu đãi; ưu đãi nào thay đổi chưa xác minh.",
        },
        en={
            "title": "Loans of up to 70% of investment capital with a credit guarantee for SMEs",
            "introduction": "Small and medium-sized enterprises making priority supporting-industry products can borrow up to 70% of the investment capital, guaranteed by a credit guarantee organisation for SMEs.",
            "status_note": "The rule in Decree 111/2015/ND-CP is verified; its content after Decree 205/2025/ND-CP is not.",
            "processing_time": "",
            "fees": "",
            "where_to_apply": "",
            "reform_note": "According to Conventus Law, Decree 205/2025/ND-CP removed the SME-only limit on some incentives; which ones is not verified.",
        },
        conditions=[
            (
                "Doanh nghiệp nhỏ và vừa có dự án sản xuất sản phẩm thuộc Danh mục sản phẩm công nghiệp hỗ trợ ưu tiên phát triển.",
                "A small or medium-sized enterprise with a project making a product on the priority list.",
            ),
            (
                "Tài sản thế chấp, cầm cố tối thiểu 15% giá trị khoản vay.",
                "Collateral of at least 15% of the loan.",
            ),
            (
                "Vốn chủ sở hữu tham gia dự án tối thiểu 20%.",
                "Own capital of at least 20% of the project.",
            ),
            ("Không có nợ đọng ngân sách, nợ xấu.", "No tax arrears or bad debts."),
        ],
        benefits=[
            (
                ("Khoản vay", "Loan"),
                ("Tối đa 70% vốn đầu tư", "Up to 70% of the investment capital"),
                (
                    "Trên cơ sở bảo lãnh của tổ chức bảo lãnh tín dụng cho DNNVV",
                    "Guaranteed by a credit guarantee organisation for SMEs",
                ),
            ),
        ],
        rules=[
            PRIORITY_RULE,
            (
                "size",
                "in",
                ",".join(SMES),
                "Doanh nghiệp nhỏ và vừa (kể cả siêu nhỏ).",
                "A small or medium-sized enterprise (micro included).",
                "khoản 2 Điều 12 Nghị định 111/2015/NĐ-CP",
                "Article 12(2) of Decree 111/2015/ND-CP",
            ),
            (
                "loan_type",
                "not_in",
                "none",
                "Doanh nghiệp cần vay vốn cho dự án.",
                "The enterprise needs a loan for the project.",
                "khoản 2 Điều 12 Nghị định 111/2015/NĐ-CP",
                "Article 12(2) of Decree 111/2015/ND-CP",
            ),
        ],
        sources=(
            (
                "https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/incentive-policies-for-small-and-medium-enterprises-manufacturing-supporting-products-in-vietnam-109089.html",
                "LawNet: ưu đãi cho DNNVV",
            ),
            ("https://conventuslaw.com/?p=128599", "Conventus Law: Nghị định 205/2025/NĐ-CP"),
        ),
    ),
    policy(
        "mien-giam-tien-thue-dat-dnnvv",
        "land-rent-exemption-for-smes",
        PolicyStatus.UNVERIFIED,
        types=["dat-dai"],
        sectors=ALL_SECTORS,
        sizes=SMES,
        basis=[("nd-111-2015-nd-cp", "khoản 2 Điều 12", ""), ("nd-205-2025-nd-cp", "", "")],
        vi={
            "title": "Miễn, giảm tiền thuê đất, thuê mặt nước cho doanh nghiệp nhỏ và vừa",
            "introduction": "Doanh nghiệp nhỏ và vừa có dự án sản xuất sản phẩm công nghiệp hỗ trợ ưu tiên được miễn, giảm tiền thuê đất, thuê mặt nước theo pháp luật đất đai.",
            "status_note": "Nội dung sau khi Nghị định 205/2025/NĐ-CP sửa đổi chưa xác minh.",
            "processing_time": "",
            "fees": "",
            "where_to_apply": "",
            "reform_note": "",
        },
        en={
            "title": "Land and water-surface rent exemption or reduction for SMEs",
            "introduction": "Small and medium-sized enterprises with priority supporting-industry projects are exempted from, or get a reduction of, land and water-surface rent under the land law.",
            "status_note": "Its content after Decree 205/2025/ND-CP is not verified.",
            "processing_time": "",
            "fees": "",
            "where_to_apply": "",
            "reform_note": "",
        },
        conditions=[
            (
                "Doanh nghiệp nhỏ và vừa có dự án sản xuất sản phẩm thuộc Danh mục sản phẩm công nghiệp hỗ trợ ưu tiên phát triển.",
                "A small or medium-sized enterprise with a project making a product on the priority list.",
            ),
        ],
        benefits=[
            (
                ("Tiền thuê đất, thuê mặt nước", "Land and water-surface rent"),
                ("Miễn, giảm theo pháp luật đất đai", "Exempted or reduced under the land law"),
                ("Mức cụ thể theo pháp luật đất đai", "Levels set by the land law"),
            ),
            (
                ("Dự án đặc biệt cần mức cao hơn", "Special projects needing more"),
                (
                    "Bộ Tài chính phối hợp Bộ Kế hoạch và Đầu tư trình Thủ tướng, theo đề nghị của UBND cấp tỉnh",
                    "The Ministry of Finance, with the Ministry of Planning and Investment, submits to the Prime Minister at the provincial People's Committee's request",
                ),
                (
                    "khoản 2 Điều 12 Nghị định 111/2015/NĐ-CP",
                    "Article 12(2) of Decree 111/2015/ND-CP",
                ),
            ),
        ],
        rules=[
            PRIORITY_RULE,
            (
                "size",
                "in",
                ",".join(SMES),
                "Doanh nghiệp nhỏ và vừa (kể cả siêu nhỏ).",
                "A small or medium-sized enterprise (micro included).",
                "khoản 2 Điều 12 Nghị định 111/2015/NĐ-CP",
                "Article 12(2) of Decree 111/2015/ND-CP",
            ),
        ],
        sources=(
            (
                "https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/incentive-policies-for-small-and-medium-enterprises-manufacturing-supporting-products-in-vietnam-109089.html",
                "LawNet",
            ),
        ),
    ),
    policy(
        "giay-xac-nhan-uu-dai",
        "certificate-of-incentives",
        PolicyStatus.UNVERIFIED,
        types=["dau-tu", "thue", "tin-dung"],
        sectors=ALL_SECTORS,
        sizes=ALL_SIZES,
        agency="so-cong-thuong",
        basis=[
            ("tt-55-2015-tt-bct", "Điều 8, Điều 9", ""),
            ("nd-111-2015-nd-cp", "", ""),
            (
                "nd-205-2025-nd-cp",
                "",
                "Quy định lại việc cấp, điều chỉnh, thu hồi Giấy xác nhận ưu đãi",
            ),
        ],
        vi={
            "title": "Giấy xác nhận ưu đãi dự án sản xuất sản phẩm công nghiệp hỗ trợ",
            "introduction": "Giấy xác nhận ưu đãi là điều kiện để dự án sản xuất sản phẩm công nghiệp hỗ trợ ưu tiên được hưởng các ưu đãi về thuế và tín dụng.",
            "status_note": "Thủ tục theo Thông tư 55/2015/TT-BCT; hiện trạng sau Nghị định 205/2025/NĐ-CP chưa xác minh.",
            "processing_time": "Kiểm tra tính hợp lệ của hồ sơ trong 05 ngày làm việc; thẩm định hồ sơ hoặc kiểm tra thực tế trong 15 ngày làm việc; thông báo kết quả trong 30 ngày làm việc (Điều 8 Thông tư 55/2015/TT-BCT).",
            "fees": "",
            "where_to_apply": "Cơ quan tiếp nhận hồ sơ (Bộ Công Thương hay UBND/Sở Công Thương cấp tỉnh) chưa xác minh, nhất là sau Nghị định 205/2025/NĐ-CP. Sở Công Thương kiểm tra các dự án được ưu đãi trên địa bàn tỉnh.",
            "reform_note": "Nghị định 205/2025/NĐ-CP (hiệu lực 01/9/2025) quy định lại quy trình cấp, điều chỉnh, thu hồi Giấy xác nhận ưu đãi theo hướng phân cấp, với 4 nhóm điều kiện (sản phẩm, công nghệ/thiết bị, mức độ sẵn sàng, sự tham gia chuỗi cung ứng), báo cáo hằng năm trước ngày 15/4 và kiểm tra định kỳ 2 năm/lần hoặc đột xuất (theo Conventus Law). Cơ quan cấp giấy sau sửa đổi chưa xác minh.",
        },
        en={
            "title": "Certificate of incentives for supporting-industry projects",
            "introduction": "The certificate of incentives is what unlocks the tax and credit incentives for a project making priority supporting-industry products.",
            "status_note": "Procedure under Circular 55/2015/TT-BCT; its status after Decree 205/2025/ND-CP is not verified.",
            "processing_time": "Completeness check within 5 working days; appraisal or site inspection within 15 working days; result notified within 30 working days (Article 8 of Circular 55/2015/TT-BCT).",
            "fees": "",
            "where_to_apply": "The receiving authority (the Ministry of Industry and Trade or the provincial People's Committee / Department of Industry and Trade) is not verified, especially after Decree 205/2025/ND-CP. The Department of Industry and Trade inspects incentivised projects in the province.",
            "reform_note": "Decree 205/2025/ND-CP (in force 1 September 2025) redefined how certificates are issued, adjusted and withdrawn, decentralising the procedure, with four groups of conditions (product, technology/equipment, readiness, supply-chain participation), an annual report before 15 April and inspections every two years or unannounced (per Conventus Law). Which authority issues the certificate after the amendment is not verified.",
        },
        conditions=[
            (
                "Dự án sản xuất sản phẩm thuộc Danh mục sản phẩm công nghiệp hỗ trợ ưu tiên phát triển.",
                "A project making a product on the priority list.",
            ),
            (
                "Sản phẩm trong nước đã sản xuất được trước 01/01/2015 (Phụ lục 1 Thông tư 55/2015/TT-BCT) phải được chứng nhận phù hợp tiêu chuẩn kỹ thuật EU/CEN hoặc tương đương.",
                "Products already made in Viet Nam before 1 January 2015 (Annex 1 of Circular 55/2015/TT-BCT) need certification to EU/CEN technical standards or equivalent.",
            ),
        ],
        benefits=[
            (
                ("Giấy xác nhận ưu đãi", "Certificate of incentives"),
                (
                    "Mở đường cho ưu đãi thuế TNDN và tín dụng",
                    "Unlocks the CIT and credit incentives",
                ),
                ("Nghị định 111/2015/NĐ-CP", "Decree 111/2015/ND-CP"),
            ),
        ],
        steps=[
            (
                "Nộp hồ sơ đề nghị xác nhận ưu đãi đến cơ quan có thẩm quyền.",
                "File the application with the competent authority.",
            ),
            (
                "Trong 05 ngày làm việc, cơ quan kiểm tra tính hợp lệ, đầy đủ của hồ sơ; nếu chưa hợp lệ thì yêu cầu bổ sung bằng văn bản.",
                "Within 5 working days the authority checks the file and asks in writing for anything missing.",
            ),
            (
                "Hồ sơ hợp lệ: trong 15 ngày làm việc, cơ quan thẩm định hồ sơ hoặc kiểm tra thực tế (nếu cần).",
                "For a complete file, the authority appraises it or inspects the site (if needed) within 15 working days.",
            ),
            (
                "Cơ quan thông báo kết quả xác nhận ưu đãi trong 30 ngày làm việc.",
                "The result is notified within 30 working days.",
            ),
            (
                "Sau khi được ưu đãi, dự án chịu hậu kiểm của Bộ Công Thương hoặc Sở Công Thương (định kỳ hoặc đột xuất).",
                "Afterwards the project is subject to inspection by the Ministry or the provincial Department of Industry and Trade (periodic or unannounced).",
            ),
        ],
        rules=[PRIORITY_RULE],
        sources=(
            (
                "https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/time-limit-for-incentive-certification-and-verification-of-projects-for-manufacturing-of-supporting-products-in-vietnam-115416.html",
                "LawNet: thời hạn xác nhận ưu đãi",
            ),
            ("https://conventuslaw.com/?p=128599", "Conventus Law: Nghị định 205/2025/NĐ-CP"),
        ),
    ),
]

POLICIES += [
    policy(
        "ho-tro-nghien-cuu-chuyen-giao-cong-nghe",
        "support-for-research-and-technology-transfer",
        PolicyStatus.OPEN,
        types=["cong-nghe", "dao-tao"],
        sectors=ALL_SECTORS,
        sizes=ALL_SIZES,
        basis=[
            ("nd-205-2025-nd-cp", "", ""),
            ("nd-111-2015-nd-cp", "điểm c khoản 1 Điều 6 (bổ sung)", "Hỗ trợ đào tạo"),
        ],
        vi={
            "title": "Hỗ trợ nghiên cứu, chuyển giao công nghệ và đào tạo cho công nghiệp hỗ trợ (Nghị định 205/2025/NĐ-CP)",
            "introduction": "Từ 01/9/2025, dự án hợp tác nghiên cứu ứng dụng, chuyển giao công nghệ giữa doanh nghiệp và tổ chức khoa học và công nghệ được hỗ trợ tối đa 50% chi phí.",
            "status_note": "Nghị định 205/2025/NĐ-CP còn hiệu lực từ 01/9/2025.",
            "processing_time": "",
            "fees": "",
            "where_to_apply": "",
            "reform_note": "Đây là chính sách mới của Nghị định 205/2025/NĐ-CP sửa đổi Nghị định 111/2015/NĐ-CP; Nghị định này cũng bổ sung hỗ trợ bảo vệ môi trường, pháp lý, thử nghiệm, kiểm định, giám định, chứng nhận chất lượng.",
        },
        en={
            "title": "Support for research, technology transfer and training in supporting industry (Decree 205/2025/ND-CP)",
            "introduction": "Since 1 September 2025, joint applied-research and technology-transfer projects between enterprises and science and technology organisations can receive up to 50% of their costs.",
            "status_note": "Decree 205/2025/ND-CP is in force from 1 September 2025.",
            "processing_time": "",
            "fees": "",
            "where_to_apply": "",
            "reform_note": "This is new in Decree 205/2025/ND-CP, which amends Decree 111/2015/ND-CP; it also adds support for environmental protection, legal matters, and testing, inspection and quality certification.",
        },
        conditions=[
            (
                "Doanh nghiệp sản xuất sản phẩm công nghiệp hỗ trợ hợp tác với tổ chức khoa học và công nghệ trong dự án nghiên cứu ứng dụng, chuyển giao công nghệ.",
                "A supporting-industry manufacturer working with a science and technology organisation on an applied-research or technology-transfer project.",
            ),
        ],
        benefits=[
            (
                (
                    "Dự án hợp tác nghiên cứu ứng dụng, chuyển giao công nghệ",
                    "Joint applied-research and technology-transfer projects",
                ),
                (
                    "Tối đa 50% chi phí (máy móc, thiết bị, thiết kế, đào tạo, sở hữu trí tuệ, thuê tư vấn...)",
                    "Up to 50% of costs (machinery, equipment, design, training, IP, consultants...)",
                ),
                ("Nghị định 205/2025/NĐ-CP", "Decree 205/2025/ND-CP"),
            ),
            (
                (
                    "Nâng cao năng lực chuyên gia, đơn vị tư vấn công nghệ",
                    "Building the capacity of technology experts and consultants",
                ),
                ("Tối đa 70% chi phí", "Up to 70% of costs"),
                ("Nghị định 205/2025/NĐ-CP", "Decree 205/2025/ND-CP"),
            ),
            (
                ("Đào tạo, bồi dưỡng trong và ngoài nước", "Training at home and abroad"),
                (
                    "Hỗ trợ kinh phí cho sinh viên giỏi, giảng viên, nhà nghiên cứu, chuyên gia, quản lý, kỹ sư, công nhân kỹ thuật",
                    "Funding for top students, lecturers, researchers, experts, managers, engineers and technicians",
                ),
                (
                    "điểm c khoản 1 Điều 6 Nghị định 111/2015/NĐ-CP (bổ sung)",
                    "Article 6(1)(c) of Decree 111/2015/ND-CP (added)",
                ),
            ),
            (
                ("Quỹ và chương trình quốc gia", "National funds and programmes"),
                (
                    "Tiếp cận Quỹ Đổi mới công nghệ quốc gia, Quỹ Phát triển KH&CN quốc gia, Chương trình quốc gia phát triển công nghệ cao",
                    "Access to the National Technology Innovation Fund, the National S&T Development Fund and the National High-Tech Programme",
                ),
                ("Nghị định 205/2025/NĐ-CP", "Decree 205/2025/ND-CP"),
            ),
        ],
        rules=[
            (
                "sector",
                "in",
                SIX,
                "Doanh nghiệp thuộc một trong sáu lĩnh vực công nghiệp hỗ trợ ưu tiên.",
                "The enterprise works in one of the six priority supporting-industry sectors.",
                "Nghị định 205/2025/NĐ-CP",
                "Decree 205/2025/ND-CP",
            ),
        ],
        sources=(
            (
                "https://hkbav.org/decree-205-2025-nd-cp-new-driver-for-supporting-industry-development_news25037",
                "HKBAV",
            ),
            (
                "https://baomoi.net.vn/them-nhieu-uu-dai-phat-trien-cong-nghiep-ho-tro-c52774150.epi",
                "Báo Mới",
            ),
        ),
    ),
    policy(
        "chuong-trinh-phat-trien-cnht-quoc-gia",
        "national-supporting-industry-programme",
        PolicyStatus.ENDED,
        types=["cong-nghe", "dao-tao", "xuc-tien-thuong-mai"],
        sectors=ALL_SECTORS,
        sizes=ALL_SIZES,
        basis=[
            ("qd-68-2017-qd-ttg", "", ""),
            ("qd-71-2024-qd-ttg", "", "Nội dung và kinh phí giai đoạn 2021-2025"),
            ("qd-10-2017-qd-ttg", "", "Quy chế quản lý và thực hiện"),
            ("tt-29-2018-tt-btc", "", "Mức hỗ trợ tối đa"),
        ],
        vi={
            "title": "Chương trình phát triển công nghiệp hỗ trợ từ năm 2016 đến năm 2025",
            "introduction": "Chương trình quốc gia do Bộ Công Thương quản lý, tài trợ kết nối doanh nghiệp với khách hàng, xúc tiến đầu tư, nghiên cứu - phát triển, chuyển giao công nghệ, sản xuất thử nghiệm và đào tạo nhân lực.",
            "status_note": "Chương trình kết thúc năm 2025; chương trình kế tiếp chưa xác minh.",
            "processing_time": "",
            "fees": "",
            "where_to_apply": "Bộ Công Thương quản lý Chương trình; đơn vị chủ trì đề án là cơ quan quản lý nhà nước về công nghiệp hỗ trợ ở trung ương và địa phương (Quyết định 10/2017/QĐ-TTg).",
            "reform_note": "Quyết định 71/QĐ-TTg ngày 17/01/2024 sửa đổi nội dung giai đoạn 2021-2025 của Quyết định 68/QĐ-TTg: kết nối, hỗ trợ doanh nghiệp trở thành nhà cung ứng, thu hút đầu tư nước ngoài vào công nghiệp hỗ trợ; kinh phí khoảng 870,7 tỷ đồng (ngân sách nhà nước 750,2 tỷ đồng, nguồn khác 120,5 tỷ đồng).",
        },
        en={
            "title": "Supporting Industry Development Programme 2016-2025",
            "introduction": "The national programme, run by the Ministry of Industry and Trade, funded matchmaking with buyers, investment promotion, R&D, technology transfer, trial production and training.",
            "status_note": "The programme ended in 2025; any successor programme is not verified.",
            "processing_time": "",
            "fees": "",
            "where_to_apply": "The Ministry of Industry and Trade manages the programme; schemes are led by the central and local authorities for supporting industry (Decision 10/2017/QD-TTg).",
            "reform_note": "Decision 71/QD-TTg of 17 January 2024 amended the 2021-2025 content of Decision 68/QD-TTg: helping firms become suppliers and attracting foreign investment into supporting industry, with about VND 870.7 billion (VND 750.2 billion from the state budget, VND 120.5 billion from other sources).",
        },
        conditions=[
            (
                "Doanh nghiệp, tổ chức tham gia hoạt động công nghiệp hỗ trợ trong 3 lĩnh vực: linh kiện phụ tùng; dệt may - da giày; công nghiệp hỗ trợ cho công nghiệp công nghệ cao.",
                "Enterprises and organisations in supporting industry in three fields: components and parts; textile, garment, leather and footwear; supporting industry for high technology.",
            ),
        ],
        benefits=[
            (
                (
                    "Quảng bá và đăng ký nhãn hiệu sản phẩm CNHT",
                    "Promoting and registering supporting-industry trademarks",
                ),
                ("Tối đa 50 triệu đồng/nhãn hiệu", "Up to VND 50 million per trademark"),
                ("Thông tư 29/2018/TT-BTC", "Circular 29/2018/TT-BTC"),
            ),
            (
                (
                    "Hội thảo xúc tiến đầu tư trong và ngoài nước",
                    "Investment-promotion workshops at home and abroad",
                ),
                ("Tối đa 70% chi phí", "Up to 70% of costs"),
                ("Thông tư 29/2018/TT-BTC", "Circular 29/2018/TT-BTC"),
            ),
            (
                ("Hội chợ chuyên ngành CNHT", "Specialised supporting-industry fairs"),
                ("Tối đa 12 triệu đồng/đơn vị tham gia", "Up to VND 12 million per participant"),
                ("Thông tư 29/2018/TT-BTC", "Circular 29/2018/TT-BTC"),
            ),
        ],
        rules=[
            (
                "sector",
                "in",
                SIX,
                "Lĩnh vực của doanh nghiệp thuộc phạm vi Chương trình (linh kiện phụ tùng, dệt may - da giày, công nghệ cao).",
                "The enterprise's sector is within the programme (components, textile and leather, high technology).",
                "Quyết định 68/QĐ-TTg",
                "Decision 68/QD-TTg",
            ),
        ],
        sources=(
            (
                "https://english.luatvietnam.vn/decision-no-68-qd-ttg-dated-january-18-2017-of-the-prime-minister-approving-the-program-on-development-of-supporting-industries-during-2016-2025-112010-doc1.html",
                "LuatVietnam",
            ),
            (
                "https://en.vimexpo.com.vn/more-than-870-billion-vnd-allocated-for-supporting-industry-development-by-2025",
                "VIMEXPO: kinh phí 2021-2025",
            ),
        ),
    ),
    policy(
        "chuong-trinh-cnht-vinh-phuc-2021-2025",
        "vinh-phuc-supporting-industry-programme-2021-2025",
        PolicyStatus.ENDED,
        types=["xuc-tien-thuong-mai", "dao-tao", "cong-nghe"],
        sectors=ALL_SECTORS,
        sizes=ALL_SIZES,
        basis=[
            ("qd-3663-vinh-phuc-ctr-cnht-2021-2025", "", ""),
            ("ke-hoach-vinh-phuc-nq115", "", ""),
        ],
        vi={
            "title": "Chương trình phát triển công nghiệp hỗ trợ tỉnh Vĩnh Phúc giai đoạn 2021-2025",
            "introduction": "Chương trình của tỉnh (Quyết định 3663/QĐ-UBND) hỗ trợ doanh nghiệp công nghiệp hỗ trợ về truyền thông, hội chợ triển lãm, phát triển thị trường, đào tạo nhân lực, nghiên cứu - phát triển, chuyển giao và đổi mới công nghệ.",
            "status_note": "Chương trình kéo dài đến năm 2025; từ 01/7/2025 tỉnh Vĩnh Phúc đã hợp nhất vào tỉnh Phú Thọ. Ngày ban hành và người ký chưa xác minh.",
            "processing_time": "",
            "fees": "",
            "where_to_apply": "",
            "reform_note": "",
        },
        en={
            "title": "Vinh Phuc Supporting Industry Development Programme 2021-2025",
            "introduction": "The province's programme (Decision 3663/QD-UBND) supported supporting-industry firms with communication, trade fairs, market development, training, R&D, technology transfer and innovation.",
            "status_note": "The programme ran to 2025; since 1 July 2025 Vinh Phuc has been part of Phu Tho province. Its date and signer are not verified.",
            "processing_time": "",
            "fees": "",
            "where_to_apply": "",
            "reform_note": "",
        },
        conditions=[
            (
                "Doanh nghiệp công nghiệp hỗ trợ trên địa bàn tỉnh Vĩnh Phúc (nay thuộc tỉnh Phú Thọ).",
                "Supporting-industry enterprises in Vinh Phuc (now part of Phu Tho province).",
            ),
        ],
        benefits=[
            (
                ("Tổng mức hỗ trợ 2022-2025", "Total support 2022-2025"),
                ("Khoảng 94,7 tỷ đồng", "About VND 94.7 billion"),
                ("Tổng kinh phí, theo Báo Lao Động", "Total, as reported by Lao Dong"),
            ),
            (
                ("Trong đó ngân sách nhà nước", "Of which from the state budget"),
                ("Hơn 66 tỷ đồng", "More than VND 66 billion"),
                ("Theo Đài PT-TH Vĩnh Phúc", "As reported by Vinh Phuc TV"),
            ),
        ],
        rules=[
            (
                "sector",
                "in",
                SIX,
                "Doanh nghiệp công nghiệp hỗ trợ thuộc lĩnh vực ưu tiên.",
                "A supporting-industry enterprise in a priority sector.",
                "Quyết định 3663/QĐ-UBND",
                "Decision 3663/QD-UBND",
            ),
        ],
        sources=(
            (
                "https://news.laodong.vn/doanh-nghiep-doanh-nhan/vinh-phuc-chi-gan-100-ti-dong-cho-cong-nghiep-ho-tro-1427103.ldo",
                "Báo Lao Động",
            ),
            (
                "http://vinhphuctv.vn/Quản-trị/Tin-tức-chung/ID/319710/Vinh-Phuc-danh-hon-66-ty-ong-phat-trien-cong-nghiep-ho-tro",
                "Đài PT-TH Vĩnh Phúc",
            ),
        ),
    ),
    policy(
        "cap-bu-lai-suat-vay-trung-dai-han",
        "interest-subsidy-medium-long-term-loans",
        PolicyStatus.COMMITMENT,
        types=["tin-dung"],
        sectors=ALL_SECTORS,
        sizes=ALL_SIZES,
        basis=[("ke-hoach-vinh-phuc-nq115", "mục III.3", ""), ("nq-115-2020-nq-cp", "", "")],
        vi={
            "title": "Cấp bù chênh lệch lãi suất vay trung và dài hạn (cam kết của Kế hoạch)",
            "introduction": "Mục III.3 của Kế hoạch cam kết cấp bù chênh lệch lãi suất cho khoản vay trung và dài hạn của doanh nghiệp công nghiệp hỗ trợ. Đây là cam kết của Kế hoạch, chưa phải cơ chế đang nhận hồ sơ.",
            "status_note": "Không có văn bản nào trong thư viện xác nhận một cơ chế cấp bù lãi suất đang nhận hồ sơ; mức cụ thể chưa xác minh.",
            "processing_time": "",
            "fees": "",
            "where_to_apply": "Chưa có nơi tiếp nhận hồ sơ được xác minh.",
            "reform_note": "",
        },
        en={
            "title": "Interest-rate subsidy on medium and long-term loans (a commitment of the plan)",
            "introduction": "Section III.3 of the plan commits to subsidising the interest-rate difference on supporting-industry firms' medium and long-term loans. It is a commitment of the plan, not a scheme known to be open to applications.",
            "status_note": "No document in the library confirms a subsidy scheme open to applications; the amounts are not verified.",
            "processing_time": "",
            "fees": "",
            "where_to_apply": "No verified place to apply yet.",
            "reform_note": "",
        },
        benefits=[
            (
                (
                    "Cấp bù chênh lệch lãi suất vay trung, dài hạn",
                    "Subsidy of the interest-rate difference on medium and long-term loans",
                ),
                ("Mức cụ thể chưa xác minh", "Amount not verified"),
                ("Kế hoạch, mục III.3", "The plan, section III.3"),
            ),
        ],
        rules=[
            (
                "loan_type",
                "in",
                "medium_long",
                "Doanh nghiệp cần vay trung, dài hạn: Kế hoạch cam kết cấp bù lãi suất (chưa có cơ chế được xác minh).",
                "The enterprise needs a medium or long-term loan: the plan commits to an interest subsidy (no verified scheme yet).",
                "Kế hoạch thực hiện Nghị quyết 115/NQ-CP, mục III.3",
                "Plan implementing Resolution 115/NQ-CP, section III.3",
            ),
        ],
        sources=(
            (
                "https://en.vietnamplus.vn/vinh-phuc-adopts-solutions-to-promote-the-development-of-supporting-industries/207727.vnp",
                "VietnamPlus",
            ),
        ),
    ),
]

# English for the article references and notes of the legal basis above.
BASIS_EN = {
    "Giữ thuế suất 10% trong 15 năm cho dự án mới thuộc CNHT": "Keeps the 10% rate for 15 years for new supporting-industry projects",
    "Thủ tục xác nhận ưu đãi": "Certification procedure",
    "khoản 1 Điều 12": "Article 12(1)",
    "khoản 2 Điều 12": "Article 12(2)",
    "bổ sung điểm g khoản 2 Điều 20 Nghị định 218/2013/NĐ-CP": "adds point g to Article 20(2) of Decree 218/2013/ND-CP",
    "Mức ưu đãi áp dụng": "The incentive levels applied",
    "Điều khoản cụ thể chưa xác minh: nguồn báo chí dẫn Điều 11 hoặc Điều 12": "Exact article not verified: press sources cite Article 11 or Article 12",
    "Cơ chế trần lãi suất cho lĩnh vực ưu tiên": "The rate-cap mechanism for priority sectors",
    "Mức trần 4,0%/năm (2023)": "Cap of 4.0% a year (2023)",
    "mục III.3": "section III.3",
    "Sửa đổi khung ưu đãi": "Amends the incentive framework",
    "Điều 8, Điều 9": "Articles 8 and 9",
    "Quy định lại việc cấp, điều chỉnh, thu hồi Giấy xác nhận ưu đãi": "Redefines how certificates are issued, adjusted and withdrawn",
    "điểm c khoản 1 Điều 6 (bổ sung)": "Article 6(1)(c) (added)",
    "Hỗ trợ đào tạo": "Training support",
    "Nội dung và kinh phí giai đoạn 2021-2025": "Content and budget for 2021-2025",
    "Quy chế quản lý và thực hiện": "Management and implementation rules",
    "Mức hỗ trợ tối đa": "Maximum support levels",
}
