"""Events: trade-promotion fairs, training courses, supplier-buyer matchmaking."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from website.blocks import BodyBlock
from website.listing import paginate
from website.models.mixins import SampleMixin
from website.models.pages import BasePage

from .mixins import HeroImageMixin

PAST_PER_PAGE = 10


class EventIndexPage(RoutablePageMixin, BasePage):
    """/su-kien/: upcoming events, then past ones, and a calendar of all upcoming."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index page")
        verbose_name_plural = _("event index pages")

    def events(self):
        return (
            EventPage.objects.child_of(self)
            .live()
            .public()
            .select_related("organiser")
            .prefetch_related("hero_image__renditions")
        )

    def upcoming_events(self):
        return self.events().filter(end__gte=timezone.now()).order_by("start", "pk")

    def past_events(self):
        return self.events().filter(end__lt=timezone.now()).order_by("-start", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["upcoming"] = list(self.upcoming_events())
        context["past_page"] = paginate(request, self.past_events(), PAST_PER_PAGE)
        return context

    @path("ics/", name="ics")
    def ics(self, request):
        from news.ical import calendar_response

        return calendar_response(request, self.upcoming_events(), filename=self.slug)


class EventPage(RoutablePageMixin, HeroImageMixin, SampleMixin, BasePage):
    class Kind(models.TextChoices):
        FAIR = "fair", _("Trade-promotion fair")
        TRAINING = "training", _("Training course")
        MATCHMAKING = "matchmaking", _("Supplier-buyer matchmaking")
        CONFERENCE = "conference", _("Conference or workshop")
        OTHER = "other", _("Other")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    place = models.CharField(_("place"), max_length=255, blank=True)
    organiser = models.ForeignKey(
        "website.Agency",
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organiser_name = models.CharField(
        _("organiser (other)"),
        max_length=255,
        blank=True,
        help_text=_("When the organiser is not in the list of agencies."),
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("place"),
                FieldRowPanel([FieldPanel("organiser"), FieldPanel("organiser_name")]),
                FieldPanel("registration_url"),
                FieldPanel("is_sample"),
            ],
            heading=_("When and where"),
        ),
        *HeroImageMixin.hero_panels,
        FieldPanel("body"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("place"),
        index.SearchField("body"),
        index.FilterField("start"),
    ]

    override_translatable_fields = [
        SynchronizedField("kind"),
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("registration_url"),
        SynchronizedField("is_sample"),
        SynchronizedField("hero_image"),
    ]

    parent_page_types = ["news.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("An event cannot end before it starts.")})
        if self.slug == "ics":  # the index's calendar lives at ics/
            raise ValidationError({"slug": _("This address is reserved for the calendar.")})

    @property
    def organiser_display(self) -> str:
        if self.organiser_id:
            return self.organiser.display_name
        return self.organiser_name

    @property
    def is_upcoming(self) -> bool:
        return self.end >= timezone.now()

    def get_context(self, request, *args, **kwargs):
        from news.structured_data import event_data

        context = super().get_context(request, *args, **kwargs)
        context["json_ld"] = event_data(self, request)
        return context

    @path("ics/", name="ics")
    def ics(self, request):
        from news.ical import calendar_response

        return calendar_response(request, [self], filename=self.slug)
