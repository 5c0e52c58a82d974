from django.core.management import call_command

from wagtail.models import Page, Revision

import pytest

from website.models import Agency, PortalIdentity


@pytest.mark.django_db
def test_load_demo_content_is_idempotent():
    # The session fixture has already run the loader once; a second run changes nothing.
    pages, revisions = Page.objects.count(), Revision.objects.count()
    agencies, identities = Agency.objects.count(), PortalIdentity.objects.count()
    call_command("load_demo_content", verbosity=0)
    assert Page.objects.count() == pages
    assert Revision.objects.count() == revisions
    assert Agency.objects.count() == agencies
    assert PortalIdentity.objects.count() == identities == 2


@pytest.mark.django_db
def test_demo_site_has_both_languages_linked():
    vi_home = Page.objects.get(depth=2, locale__language_code="vi")
    en_home = Page.objects.get(depth=2, locale__language_code="en")
    assert vi_home.translation_key == en_home.translation_key
    assert not en_home.alias_of_id, "English pages must be translations, not aliases"
