"""The one sample label: a span in running text, a paragraph only when asked."""

from django.template import engines


def render(source: str) -> str:
    return engines["django"].from_string(source).render({})


def test_label_inside_a_template_block_is_a_span():
    # Inside {% block %} the context holds a variable named "block" (the block itself), so
    # the include's own switch must not be called that: a <p> inside a <p> is invalid HTML.
    html = render(
        '{% block content %}<p>Text {% include "includes/sample_label.html" %}</p>'
        "{% endblock content %}"
    )
    assert '<span class="sample-label">' in html
    assert '<p class="sample-label">' not in html


def test_label_asked_for_as_a_paragraph_is_one():
    html = render('{% include "includes/sample_label.html" with paragraph=True kind="article" %}')
    assert '<p class="sample-label">' in html
