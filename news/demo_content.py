"""The demo articles and events: sample content, labelled as such on every page.

They describe generic activities of the kind the plan asks for (parts III-B-6 and
III-B-13b: information, the press and broadcasters; III.4: trade promotion and
matchmaking; III.5: training). Facts about legal documents come from
website/demo/content/legal-documents.json; nothing else is presented as real news.
"""

CATEGORIES = [
    ("hoat-dong-trien-khai", "Triển khai Kế hoạch", "Plan implementation"),
    ("chinh-sach", "Chính sách", "Policy"),
    ("xuc-tien-thuong-mai", "Xúc tiến thương mại", "Trade promotion"),
    ("ket-noi-cung-cau", "Kết nối cung cầu", "Supplier-buyer matchmaking"),
    ("dao-tao", "Đào tạo nguồn nhân lực", "Training"),
]

IMAGES = {
    "gears": (
        "Minh họa: bánh răng cơ khí",
        "Hình minh họa trừu tượng: các bánh răng màu đỏ, xanh và xám trên nền sáng.",
    ),
    "network": (
        "Minh họa: mạng lưới kết nối",
        "Hình minh họa trừu tượng: các nút tròn đỏ và xanh nối với nhau bằng đường thẳng.",
    ),
    "bars": (
        "Minh họa: biểu đồ cột",
        "Hình minh họa trừu tượng: biểu đồ cột xanh lam và xanh lá cao thấp khác nhau.",
    ),
    "booths": (
        "Minh họa: gian hàng hội chợ",
        "Hình minh họa trừu tượng: hai dãy gian hàng với mái tam giác đỏ và vàng.",
    ),
    "calendar": (
        "Minh họa: lịch sự kiện",
        "Hình minh họa trừu tượng: tờ lịch với tiêu đề đỏ và vài ô ngày tô vàng.",
    ),
    "document": (
        "Minh họa: văn bản",
        "Hình minh họa trừu tượng: trang văn bản với các dòng chữ xám và con dấu tròn đỏ.",
    ),
    "classroom": (
        "Minh họa: lớp học",
        "Hình minh họa trừu tượng: bảng xanh và các học viên ngồi thành hai hàng.",
    ),
}
IMAGE_ALT_EN = {
    "gears": "Abstract illustration: red, blue and grey gears on a light background.",
    "network": "Abstract illustration: red and blue round nodes joined by straight lines.",
    "bars": "Abstract illustration: blue and green bars of different heights.",
    "booths": "Abstract illustration: two rows of fair booths with red and yellow roofs.",
    "calendar": "Abstract illustration: a calendar sheet with a red header and a few days "
    "highlighted in yellow.",
    "document": "Abstract illustration: a page of grey text lines with a round red seal.",
    "classroom": "Abstract illustration: a green board and trainees seated in two rows.",
}
CAPTION = "Hình minh họa (nội dung mẫu)."
CAPTION_EN = "Illustration (sample content)."

# days_ago is counted back from the day the demo is first loaded.
ARTICLES = [
    {
        "slug": "nghi-dinh-205-2025-sua-doi-nghi-dinh-111-2015",
        "related_policies": ["ho-tro-nghien-cuu-chuyen-giao-cong-nghe", "giay-xac-nhan-uu-dai"],
        "title": "Nghị định 205/2025/NĐ-CP sửa đổi chính sách phát triển công nghiệp hỗ trợ",
        "intro": (
            "Nghị định sửa đổi, bổ sung một số điều của Nghị định 111/2015/NĐ-CP về phát "
            "triển công nghiệp hỗ trợ, ký ngày 14/7/2025 và có hiệu lực từ 01/9/2025."
        ),
        "paragraphs": [
            "Theo hồ sơ văn bản của Cổng, Nghị định 205/2025/NĐ-CP do Chính phủ ban hành "
            "mở rộng khái niệm công nghiệp hỗ trợ, cập nhật Danh mục sản phẩm công nghiệp "
            "hỗ trợ ưu tiên phát triển và tăng cường hỗ trợ nghiên cứu - phát triển, chuyển "
            "giao công nghệ, đào tạo nhân lực.",
            "Bài viết này là tin mẫu để minh họa cách Cổng đưa tin về văn bản mới; doanh "
            "nghiệp cần đối chiếu nội dung với văn bản chính thức trong thư viện văn bản.",
        ],
        "category": "chinh-sach",
        "tags": ["Nghị định 205/2025", "chính sách ưu đãi"],
        "agency": "so-cong-thuong",
        "image": "document",
        "days_ago": 3,
        "featured": True,
        "en": {
            "slug": "decree-205-2025-amends-decree-111-2015",
            "tags": ["Decree 205/2025", "incentives"],
            "title": "Decree 205/2025/ND-CP amends the supporting-industry policy",
            "intro": (
                "The decree amends and supplements several articles of Decree "
                "111/2015/ND-CP on supporting-industry development; signed on 14 July 2025, "
                "in force from 1 September 2025."
            ),
            "paragraphs": [
                "According to the portal's legal documents records, Government Decree "
                "205/2025/ND-CP widens the definition of supporting industry, updates the "
                "list of priority products and strengthens support for R&D, technology "
                "transfer and training.",
                "This is a sample article showing how the portal reports a new document; "
                "enterprises should check the official text in the legal documents library.",
            ],
        },
    },
    {
        "slug": "nhin-lai-ke-hoach-trien-khai-nghi-quyet-115",
        "title": "Nhìn lại Kế hoạch của tỉnh triển khai Nghị quyết 115/NQ-CP",
        "intro": (
            "Kế hoạch năm 2021 của UBND tỉnh Vĩnh Phúc đặt mục tiêu phát triển doanh nghiệp "
            "công nghiệp hỗ trợ đủ điều kiện trở thành nhà cung ứng cấp 1, cấp 2."
        ),
        "paragraphs": [
            "Kế hoạch triển khai Nghị quyết 115/NQ-CP ngày 06/8/2020 của Chính phủ về các "
            "giải pháp thúc đẩy phát triển công nghiệp hỗ trợ giao nhiệm vụ cho các sở, "
            "ngành, địa phương, cơ quan báo chí và doanh nghiệp.",
            "Toàn văn Kế hoạch, các mục tiêu và nhiệm vụ của từng cơ quan được trình bày ở "
            "mục Kế hoạch của Cổng. Đây là tin mẫu tóm tắt, không phải thông cáo chính thức.",
        ],
        "category": "hoat-dong-trien-khai",
        "tags": ["Nghị quyết 115", "Kế hoạch"],
        "agency": "so-cong-thuong",
        "image": "bars",
        "days_ago": 8,
        "en": {
            "slug": "looking-back-at-the-plan-implementing-resolution-115",
            "tags": ["Resolution 115", "the plan"],
            "title": "Looking back at the province's plan implementing Resolution 115/NQ-CP",
            "intro": (
                "The Vinh Phuc People's Committee's 2021 plan aims to develop supporting-"
                "industry enterprises able to become tier-1 and tier-2 suppliers."
            ),
            "paragraphs": [
                "The plan implementing Government Resolution 115/NQ-CP of 6 August 2020 on "
                "promoting supporting-industry development gives tasks to departments, "
                "localities, the press and enterprises.",
                "The full text, its targets and each body's tasks are in the Plan section. "
                "This is a sample summary, not an official announcement.",
            ],
        },
    },
    {
        "slug": "hoi-cho-cong-nghiep-ho-tro-mau",
        "title": "Doanh nghiệp công nghiệp hỗ trợ giới thiệu sản phẩm tại hội chợ chuyên ngành",
        "intro": (
            "Các doanh nghiệp cơ khí, điện tử trưng bày linh kiện, phụ tùng và tìm kiếm "
            "khách hàng mới tại một hội chợ công nghiệp hỗ trợ (tin mẫu)."
        ),
        "paragraphs": [
            "Hội chợ là dịp để doanh nghiệp trong tỉnh giới thiệu năng lực sản xuất với các "
            "nhà lắp ráp, mở rộng thị trường trong và ngoài nước như Kế hoạch đề ra.",
            "Nội dung bài là ví dụ minh họa; tên doanh nghiệp và số liệu không được nêu vì "
            "đây không phải tin thật.",
        ],
        "category": "xuc-tien-thuong-mai",
        "tags": ["hội chợ", "cơ khí", "điện tử"],
        "agency": "so-cong-thuong",
        "image": "booths",
        "days_ago": 15,
        "en": {
            "slug": "supporting-industry-fair-sample",
            "tags": ["trade fairs", "mechanical engineering", "electronics"],
            "title": "Supporting-industry firms show their products at a trade fair",
            "intro": (
                "Mechanical and electronics firms display components and parts and look "
                "for new customers at a supporting-industry fair (sample article)."
            ),
            "paragraphs": [
                "A fair lets the province's enterprises show their capacity to assemblers "
                "and reach markets at home and abroad, as the plan asks.",
                "This article is an illustration; no company names or figures are given "
                "because it is not real news.",
            ],
        },
    },
    {
        "slug": "ket-noi-nha-cung-ung-voi-doanh-nghiep-fdi",
        "title": "Buổi kết nối giữa nhà cung ứng trong tỉnh và doanh nghiệp FDI",
        "intro": (
            "Doanh nghiệp công nghiệp hỗ trợ gặp gỡ bộ phận mua hàng của các doanh nghiệp "
            "có vốn đầu tư nước ngoài để tìm hiểu yêu cầu về chất lượng và giao hàng."
        ),
        "paragraphs": [
            "Kế hoạch giao nhiệm vụ thúc đẩy kết nối kinh doanh, liên kết giữa doanh nghiệp "
            "trên địa bàn tỉnh với các doanh nghiệp đa quốc gia và công ty lắp ráp.",
            "Tin mẫu: bài viết mô tả một hoạt động điển hình, không thuật lại sự kiện có thật.",
        ],
        "category": "ket-noi-cung-cau",
        "tags": ["chuỗi cung ứng", "doanh nghiệp FDI"],
        "agency": "so-cong-thuong",
        "image": "network",
        "days_ago": 22,
        "en": {
            "slug": "matchmaking-local-suppliers-and-fdi-firms",
            "tags": ["supply chains", "FDI firms"],
            "title": "Matchmaking between local suppliers and foreign-invested firms",
            "intro": (
                "Supporting-industry firms meet the purchasing teams of foreign-invested "
                "companies to learn their quality and delivery requirements."
            ),
            "paragraphs": [
                "The plan calls for business links between the province's enterprises and "
                "multinationals and assemblers.",
                "Sample article: it describes a typical activity, not a real event.",
            ],
        },
    },
    {
        "slug": "tap-huan-quan-tri-san-xuat-cho-doanh-nghiep",
        "title": "Tập huấn quản trị sản xuất cho doanh nghiệp công nghiệp hỗ trợ",
        "intro": (
            "Khóa tập huấn giới thiệu công cụ nâng cao năng suất, chất lượng và quản trị "
            "sản xuất theo yêu cầu của chuỗi cung ứng (tin mẫu)."
        ),
        "paragraphs": [
            "Nâng cao năng lực quản trị và nguồn nhân lực là một trong các nhóm giải pháp "
            "của Kế hoạch.",
            "Thông tin về các khóa học sắp tới được đăng ở mục Sự kiện.",
        ],
        "category": "dao-tao",
        "tags": ["đào tạo", "năng suất chất lượng"],
        "agency": "so-khoa-hoc-va-cong-nghe",
        "image": "classroom",
        "days_ago": 30,
    },
    {
        "slug": "bao-chi-tuyen-truyen-ve-cong-nghiep-ho-tro",
        "title": "Báo chí, phát thanh, truyền hình tăng cường thông tin về công nghiệp hỗ trợ",
        "intro": (
            "Theo Kế hoạch, các cơ quan báo chí, phát thanh, truyền hình thường xuyên thông "
            "tin về chính sách phát triển công nghiệp hỗ trợ và hoạt động của doanh nghiệp."
        ),
        "paragraphs": [
            "Nhiệm vụ này thuộc phần nhiệm vụ của các cơ quan báo chí (mục III-B-13b của "
            "Kế hoạch). Sở Thông tin và Truyền thông được giao định hướng công tác tuyên "
            "truyền (mục III-B-6); từ năm 2025 nhiệm vụ này do Sở Khoa học và Công nghệ đảm "
            "nhận sau khi hai sở hợp nhất.",
            "Bài viết là tin mẫu minh họa.",
        ],
        "category": "hoat-dong-trien-khai",
        "tags": ["truyền thông", "Kế hoạch"],
        "agency": "so-khoa-hoc-va-cong-nghe",
        "image": "network",
        "days_ago": 41,
        "en": {
            "slug": "press-and-broadcasters-cover-supporting-industry",
            "tags": ["communication", "the plan"],
            "title": "The press and broadcasters step up coverage of supporting industry",
            "intro": (
                "Under the plan, newspapers, radio and television report regularly on "
                "supporting-industry policy and on enterprises' activities."
            ),
            "paragraphs": [
                "This is the task of the press in part III-B-13b of the plan. The Department "
                "of Information and Communications was to steer the information work "
                "(III-B-6); since 2025 the Department of Science and Technology carries "
                "these duties after the two departments merged.",
                "This is a sample article.",
            ],
        },
    },
    {
        "slug": "huong-dan-thu-tuc-xac-nhan-uu-dai",
        "related_policies": ["giay-xac-nhan-uu-dai"],
        "title": "Doanh nghiệp tìm hiểu thủ tục xác nhận ưu đãi dự án công nghiệp hỗ trợ",
        "intro": (
            "Cổng tổng hợp các bước chuẩn bị hồ sơ đề nghị xác nhận ưu đãi; nội dung chi "
            "tiết được cập nhật theo văn bản hiện hành (tin mẫu)."
        ),
        "paragraphs": [
            "Các văn bản liên quan, gồm Nghị định 111/2015/NĐ-CP và văn bản sửa đổi, được "
            "trình bày ở mục Văn bản cùng trạng thái hiệu lực.",
            "Những thông tin chưa được xác minh được ghi rõ là chưa xác minh trên trang văn bản.",
        ],
        "category": "chinh-sach",
        "tags": ["chính sách ưu đãi", "thủ tục"],
        "agency": "so-cong-thuong",
        "image": "document",
        "days_ago": 55,
    },
    {
        "slug": "khao-sat-nang-luc-nha-cung-ung",
        "title": "Khảo sát năng lực nhà cung ứng phục vụ cơ sở dữ liệu công nghiệp hỗ trợ",
        "intro": (
            "Kế hoạch yêu cầu xây dựng cơ sở dữ liệu công nghiệp hỗ trợ để thúc đẩy kết nối "
            "giữa nhà cung cấp trên địa bàn tỉnh và các tập đoàn đa quốc gia."
        ),
        "paragraphs": [
            "Một cuộc khảo sát điển hình thu thập thông tin về sản phẩm, chứng chỉ chất "
            "lượng và năng lực sản xuất của doanh nghiệp.",
            "Tin mẫu: không có cuộc khảo sát cụ thể nào được thuật lại ở đây.",
        ],
        "category": "ket-noi-cung-cau",
        "tags": ["cơ sở dữ liệu", "chuỗi cung ứng"],
        "agency": "so-cong-thuong",
        "image": "bars",
        "days_ago": 70,
    },
    {
        "slug": "dao-tao-ky-nang-nghe-co-khi",
        "title": "Đào tạo kỹ năng nghề cơ khí chính xác cho người lao động",
        "intro": (
            "Doanh nghiệp và cơ sở giáo dục nghề nghiệp phối hợp đào tạo lao động kỹ thuật "
            "cho ngành cơ khí chế tạo (tin mẫu)."
        ),
        "paragraphs": [
            "Phát triển nguồn nhân lực chất lượng cao cho công nghiệp hỗ trợ là một nhóm "
            "giải pháp của Kế hoạch.",
            "Bài viết mô tả hoạt động chung, không nêu cơ sở đào tạo cụ thể.",
        ],
        "category": "dao-tao",
        "tags": ["đào tạo", "cơ khí"],
        "agency": "so-noi-vu",
        "image": "gears",
        "days_ago": 90,
    },
    {
        "slug": "doanh-nghiep-nho-va-vua-tham-gia-chuoi-cung-ung",
        "title": "Doanh nghiệp nhỏ và vừa từng bước tham gia chuỗi cung ứng",
        "intro": (
            "Những yêu cầu thường gặp khi doanh nghiệp nhỏ và vừa muốn trở thành nhà cung "
            "ứng cho các nhà lắp ráp: chất lượng, giá thành, giao hàng (tin mẫu)."
        ),
        "paragraphs": [
            "Kế hoạch khuyến khích doanh nghiệp công nghiệp hỗ trợ trên địa bàn tỉnh trở "
            "thành nhà cung ứng sản phẩm cho khách hàng trong và ngoài nước.",
            "Nội dung là ví dụ minh họa.",
        ],
        "category": "ket-noi-cung-cau",
        "tags": ["doanh nghiệp nhỏ và vừa", "chuỗi cung ứng"],
        "agency": "so-cong-thuong",
        "image": "gears",
        "days_ago": 120,
    },
    {
        "slug": "gian-hang-tinh-tai-hoi-cho-ngoai-tinh",
        "title": "Gian hàng chung của doanh nghiệp tỉnh tại hội chợ công nghiệp ngoài tỉnh",
        "intro": (
            "Xúc tiến thương mại trong và ngoài nước là nhiệm vụ Kế hoạch giao, nhằm mở "
            "rộng thị trường cho sản phẩm công nghiệp hỗ trợ (tin mẫu)."
        ),
        "paragraphs": [
            "Gian hàng chung giúp doanh nghiệp nhỏ giảm chi phí tham gia hội chợ.",
            "Tin mẫu: không nêu hội chợ hay doanh nghiệp cụ thể.",
        ],
        "category": "xuc-tien-thuong-mai",
        "tags": ["hội chợ", "xúc tiến thương mại"],
        "agency": "so-cong-thuong",
        "image": "booths",
        "days_ago": 200,
    },
    {
        "slug": "cong-thong-tin-cong-nghiep-ho-tro-ra-mat",
        "title": "Cổng thông tin công nghiệp hỗ trợ: chính sách, văn bản và tin tức ở một nơi",
        "intro": (
            "Cổng tập hợp Kế hoạch, chính sách ưu đãi, văn bản pháp luật và tin tức dành cho "
            "doanh nghiệp, bằng tiếng Việt và tiếng Anh (tin mẫu)."
        ),
        "paragraphs": [
            "Doanh nghiệp có thể theo dõi tin tức qua RSS, Atom và tải lịch sự kiện (.ics).",
            "Các nội dung mẫu được gắn nhãn rõ ràng trên từng trang.",
        ],
        "category": "hoat-dong-trien-khai",
        "tags": ["truyền thông"],
        "agency": "so-khoa-hoc-va-cong-nghe",
        "image": "calendar",
        "days_ago": 400,
    },
]

# (days from the first load, start hour, start minute, duration in hours or days)
EVENTS = [
    {
        "slug": "hoi-cho-cong-nghiep-ho-tro-mau",
        "title": "Hội chợ công nghiệp hỗ trợ (sự kiện mẫu)",
        "intro": (
            "Doanh nghiệp cơ khí, điện tử, linh kiện trưng bày sản phẩm và gặp gỡ nhà lắp ráp."
        ),
        "kind": "fair",
        "days": 21,
        "start": (8, 0),
        "end_days": 1,
        "end": (17, 0),
        "place": "Địa điểm mẫu: trung tâm hội chợ triển lãm của tỉnh",
        "agency": "so-cong-thuong",
        "image": "booths",
        "en": {
            "slug": "supporting-industry-fair-sample",
            "title": "Supporting-industry fair (sample event)",
            "intro": (
                "Mechanical, electronics and component firms show their products and meet "
                "assemblers."
            ),
            "place": "Sample venue: the province's exhibition centre",
        },
    },
    {
        "slug": "ket-noi-cung-cau-nha-cung-ung-mau",
        "title": "Hội nghị kết nối nhà cung ứng và doanh nghiệp lắp ráp (sự kiện mẫu)",
        "intro": "Các phiên gặp gỡ song phương giữa nhà cung ứng trong tỉnh và bộ phận mua hàng.",
        "kind": "matchmaking",
        "days": 45,
        "start": (8, 30),
        "end_days": 0,
        "end": (11, 30),
        "place": "Địa điểm mẫu: hội trường của Sở Công Thương",
        "agency": "so-cong-thuong",
        "image": "network",
        "en": {
            "slug": "supplier-buyer-matchmaking-sample",
            "title": "Supplier-buyer matchmaking conference (sample event)",
            "intro": "One-to-one meetings between local suppliers and purchasing teams.",
            "place": "Sample venue: the Department of Industry and Trade's hall",
        },
    },
    {
        "slug": "tap-huan-chinh-sach-nghi-dinh-205-mau",
        "title": "Tập huấn phổ biến Nghị định 205/2025/NĐ-CP (sự kiện mẫu)",
        "intro": "Giới thiệu các nội dung sửa đổi về chính sách phát triển công nghiệp hỗ trợ.",
        "kind": "training",
        "days": -30,
        "start": (14, 0),
        "end_days": 0,
        "end": (16, 30),
        "place": "Địa điểm mẫu: phòng họp trực tuyến",
        "agency": "so-cong-thuong",
        "image": "classroom",
    },
    {
        "slug": "hoi-thao-nang-cao-nang-suat-chat-luong-mau",
        "title": "Hội thảo nâng cao năng suất, chất lượng cho doanh nghiệp (sự kiện mẫu)",
        "intro": "Chia sẻ kinh nghiệm áp dụng công cụ cải tiến năng suất trong sản xuất linh kiện.",
        "kind": "conference",
        "days": -75,
        "start": (8, 0),
        "end_days": 0,
        "end": (11, 0),
        "place": "Địa điểm mẫu: hội trường của Sở Khoa học và Công nghệ",
        "agency": "so-khoa-hoc-va-cong-nghe",
        "image": "gears",
    },
]
