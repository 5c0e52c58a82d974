"""The site itself: locales, home pages, the portal's identity and the 'About' page."""

from django.db import transaction

from wagtail.models import Page, Site

from home.models import HomePage
from website.demo.pages import get_locale, upsert_child, upsert_translation
from website.models import PortalIdentity, PortalSettings, StandardPage

SOURCE_PLAN = "Kế hoạch triển khai Nghị quyết 115/NQ-CP (UBND tỉnh Vĩnh Phúc, 2021)"
SOURCE_PLAN_EN = "Plan implementing Resolution 115/NQ-CP (Vinh Phuc People's Committee, 2021)"

HOME_VI = {
    "title": "Trang chủ",
    "hero_heading": "Công nghiệp hỗ trợ Vĩnh Phúc",
    "hero_text": (
        "Chính sách ưu đãi, kế hoạch, văn bản pháp luật và tin tức về phát triển công nghiệp "
        "hỗ trợ, theo Kế hoạch của UBND tỉnh Vĩnh Phúc triển khai Nghị quyết 115/NQ-CP "
        "của Chính phủ."
    ),
    "introduction": (
        "Cổng thông tin về công nghiệp hỗ trợ: chính sách, kế hoạch, văn bản và tin tức "
        "dành cho doanh nghiệp, cơ quan và người dân."
    ),
    "key_figures": [
        (
            "figure",
            {
                "value": "> 50",
                "label": (
                    "doanh nghiệp trên địa bàn tỉnh có đủ điều kiện phát triển trở thành "
                    "nhà cung ứng cấp 1, cấp 2"
                ),
                "source": SOURCE_PLAN + ", mục II.2 (không ghi năm; mục tiêu chung hướng tới 2025)",
                "source_page": None,
            },
        ),
        (
            "figure",
            {
                "value": "10",
                "label": (
                    "doanh nghiệp trong nước sản xuất sản phẩm CNHT có thể tham gia vào chuỗi "
                    "giá trị của các tập đoàn kinh tế lớn"
                ),
                "source": SOURCE_PLAN + ", mục II.2",
                "source_page": None,
            },
        ),
        (
            "figure",
            {
                "value": "> 75",
                "label": (
                    "doanh nghiệp có đủ điều kiện phát triển trở thành nhà cung ứng cấp 1, "
                    "cấp 2 đến năm 2030"
                ),
                "source": SOURCE_PLAN + ", mục II.2",
                "source_page": None,
            },
        ),
    ],
}

HOME_EN = {
    "title": "Home",
    "slug": "home",
    "hero_heading": "Supporting industry in Vinh Phuc",
    "hero_text": (
        "Incentives, the provincial plan, legal documents and news on supporting industry, "
        "under the Vinh Phuc People's Committee's plan implementing Government Resolution "
        "115/NQ-CP."
    ),
    "introduction": (
        "The supporting-industry portal: incentives, the plan, legal documents and news for "
        "enterprises, investors and the public."
    ),
    "key_figures": [
        (
            "figure",
            {
                "value": "> 50",
                "label": (
                    "local enterprises able to become tier-1 or tier-2 suppliers (target for 2025)"
                ),
                "source": SOURCE_PLAN_EN + ", section II.2",
                "source_page": None,
            },
        ),
        (
            "figure",
            {
                "value": "10",
                "label": (
                    "domestic supporting-industry manufacturers able to join the value chains "
                    "of large groups"
                ),
                "source": SOURCE_PLAN_EN + ", section II.2",
                "source_page": None,
            },
        ),
        (
            "figure",
            {
                "value": "> 75",
                "label": "local enterprises able to become tier-1 or tier-2 suppliers by 2030",
                "source": SOURCE_PLAN_EN + ", section II.2",
                "source_page": None,
            },
        ),
    ],
}

IDENTITY = {
    "vi": {
        "portal_name": "Cổng thông tin Công nghiệp hỗ trợ Vĩnh Phúc",
        "tagline": "Kết nối doanh nghiệp, chính sách và chuỗi cung ứng",
        "publisher": "Sở Công Thương tỉnh Vĩnh Phúc (nay thuộc tỉnh Phú Thọ)",
        "address": "",
        "licence_note": "Bản trình diễn: nội dung mẫu được ghi rõ là mẫu.",
        "context_note": (
            "Từ ngày 01/7/2025, tỉnh Vĩnh Phúc hợp nhất với tỉnh Hòa Bình và tỉnh Phú Thọ thành "
            "tỉnh Phú Thọ (Nghị quyết 202/2025/QH15). Kế hoạch được giới thiệu nguyên văn như "
            "khi UBND tỉnh Vĩnh Phúc ban hành năm 2021."
        ),
    },
    "en": {
        "portal_name": "Vinh Phuc Supporting Industry Portal",
        "tagline": "Connecting enterprises, incentives and supply chains",
        "publisher": "Vinh Phuc Department of Industry and Trade (now part of Phu Tho province)",
        "address": "",
        "licence_note": "Demonstration site: sample content is labelled as such.",
        "context_note": (
            "Since 1 July 2025 Vinh Phuc, Hoa Binh and Phu Tho provinces form the new Phu Tho "
            "province (Resolution 202/2025/QH15). The plan is presented as the Vinh Phuc "
            "People's Committee issued it in 2021."
        ),
    },
}

ABOUT_VI = {
    "title": "Giới thiệu",
    "introduction": (
        "Cổng thông tin đưa Kế hoạch triển khai Nghị quyết 115/NQ-CP của tỉnh Vĩnh Phúc đến "
        "doanh nghiệp, nhà đầu tư và người dân."
    ),
    "body": [
        (
            "paragraph",
            "<p>Nghị quyết 115/NQ-CP ngày 06/8/2020 của Chính phủ đề ra các giải pháp thúc đẩy "
            "phát triển công nghiệp hỗ trợ. UBND tỉnh Vĩnh Phúc ban hành Kế hoạch triển khai "
            "thực hiện năm 2021, trong đó giao nhiệm vụ cho các sở, ngành, địa phương và yêu "
            "cầu các cơ quan báo cáo kết quả thực hiện trước ngày 15 tháng 12 hàng năm.</p>",
        ),
        (
            "paragraph",
            "<p>Cổng thông tin này công bố toàn văn Kế hoạch, các chính sách ưu đãi và văn bản "
            "pháp luật làm căn cứ, tin tức và sự kiện về công nghiệp hỗ trợ. Mọi số liệu, "
            "ngày tháng và hiệu lực văn bản đều dẫn nguồn; nội dung mẫu được ghi rõ là mẫu.</p>",
        ),
    ],
}

ABOUT_EN = {
    "title": "About",
    "slug": "about",
    "introduction": (
        "This portal brings Vinh Phuc's plan for Government Resolution 115/NQ-CP to "
        "enterprises, investors and the public."
    ),
    "body": [
        (
            "paragraph",
            "<p>Government Resolution 115/NQ-CP of 6 August 2020 sets out measures to promote "
            "supporting industry. In 2021 the Vinh Phuc People's Committee issued a plan to "
            "carry it out, assigning tasks to departments and localities and asking each of "
            "them to report its progress before 15 December every year.</p>",
        ),
        (
            "paragraph",
            "<p>The portal publishes the plan, the incentives and the legal documents they rest "
            "on, and news and events about supporting industry. Every figure, date and legal "
            "status cites its source; sample content is labelled as such.</p>",
        ),
    ],
}


@transaction.atomic
def load_site():
    """Build (or find) the home pages of both languages and the site-wide records."""
    vi = get_locale("vi")
    en = get_locale("en")
    root = Page.get_first_root_node()

    home = HomePage.objects.filter(locale=vi).first()
    if home is None:
        home = HomePage(slug="trang-chu", locale=vi, **HOME_VI)
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True
        )
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = IDENTITY["vi"]["portal_name"]
        site.save()
        # Wagtail's initial "Welcome to your new Wagtail site!" page goes.
        if type(old_root.specific) is Page:
            old_root.delete()
    home_en = upsert_translation(home, en, **HOME_EN)

    for code, locale in (("vi", vi), ("en", en)):
        PortalIdentity.objects.get_or_create(locale=locale, defaults=IDENTITY[code])
    portal = PortalSettings.load()
    if not portal.hotline and not portal.email:
        # Sample values, visibly labelled in the footer (contacts_are_sample stays ticked).
        portal.hotline = "0000 000 000"
        portal.email = "cnht@example.org"
        portal.contacts_are_sample = True
        portal.save()

    about = upsert_child(home, StandardPage, "gioi-thieu", show_in_menus=True, **ABOUT_VI)
    upsert_translation(about, en, show_in_menus=True, **ABOUT_EN)
    return home, home_en


# The main menu: short labels and the order a visitor looks for things in.
MENU = [
    ("ke-hoach", "Kế hoạch", "Plan"),
    ("chinh-sach", "Chính sách", "Incentives"),
    ("van-ban", "Văn bản", "Legal documents"),
    ("tin-tuc", "Tin tức", "News"),
    ("su-kien", "Sự kiện", "Events"),
    ("gioi-thieu", "Giới thiệu", "About"),
]


@transaction.atomic
def arrange_menu(home, home_en):
    """Give the sections short menu labels and a sensible order, once.

    Runs after every section loader; labels are set only where empty and pages are moved
    only when out of order, so a second run changes nothing.
    """
    en = get_locale("en")
    for slug, label_vi, label_en in MENU:
        section = Page.objects.child_of(home).filter(slug=slug).specific().first()
        if section is None:
            continue
        translation = section.get_translation_or_none(en)
        for page, label in ((section, label_vi), (translation and translation.specific, label_en)):
            if page is not None and hasattr(page, "menu_title") and not page.menu_title:
                page.menu_title = label
                page.save_revision().publish()
    for parent in (home, home_en):
        _order_children(parent, [slug for slug, _, _ in MENU])


def _order_children(parent, slugs_vi):
    """Put the menu sections in ``slugs_vi`` order (matched by translation), if they are not."""
    vi_keys = dict(
        Page.objects.filter(
            slug__in=slugs_vi, locale__language_code="vi", depth=parent.depth + 1
        ).values_list("slug", "translation_key")
    )
    wanted = [vi_keys[slug] for slug in slugs_vi if slug in vi_keys]
    children = list(Page.objects.child_of(parent).filter(translation_key__in=wanted))
    by_key = {page.translation_key: page for page in children}
    current = [page.translation_key for page in sorted(children, key=lambda page: page.path)]
    desired = [key for key in wanted if key in by_key]
    if current != desired:
        for key in desired:
            # Fresh objects each time: tree paths change with every move.
            Page.objects.get(pk=by_key[key].pk).move(
                Page.objects.get(pk=parent.pk), pos="last-child"
            )


def load(loader, home=None, home_en=None):
    return load_site()
