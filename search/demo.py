"""Popular search topics for the 'nothing found' page, in both languages (idempotent).

The topics name the subjects of the real plan and decrees in website/demo/content/.
"""

from .models import PopularTopic

# (Vietnamese label, Vietnamese words, English label, English words)
TOPICS = [
    ("Công nghiệp hỗ trợ", "công nghiệp hỗ trợ", "Supporting industry", "supporting industry"),
    ("Ưu đãi thuế", "ưu đãi thuế", "Tax incentives", "tax incentive"),
    ("Nghị quyết 115/NQ-CP", "115/NQ-CP", "Resolution 115/NQ-CP", "115/NQ-CP"),
    ("Nghị định 111/2015/NĐ-CP", "111/2015/NĐ-CP", "Decree 111/2015/NĐ-CP", "111/2015/NĐ-CP"),
    ("Hỗ trợ lãi suất vay vốn", "lãi suất", "Loan interest support", "interest"),
    ("Đào tạo nguồn nhân lực", "đào tạo nhân lực", "Workforce training", "training"),
]


def load(home, home_en):
    for order, (label_vi, words_vi, label_en, words_en) in enumerate(TOPICS):
        topic = PopularTopic.objects.filter(locale=home.locale, label=label_vi).first()
        if topic is None:
            topic = PopularTopic.objects.create(
                locale=home.locale, label=label_vi, query=words_vi, sort_order=order
            )
        if topic.get_translation_or_none(home_en.locale) is None:
            translation = topic.copy_for_translation(home_en.locale)
            translation.label = label_en
            translation.query = words_en
            translation.save()
