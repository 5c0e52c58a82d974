import html
import re

TAGS = re.compile(r"<[^>]+>")


def page_text(response) -> str:
    """The visible text of a response, tags stripped, entities decoded, spaces collapsed."""
    body = response.content.decode()
    body = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", body, flags=re.S)
    return " ".join(html.unescape(TAGS.sub(" ", body)).split())


def squash(text: str) -> str:
    return " ".join(text.split())
