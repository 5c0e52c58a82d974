from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks, hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField

from website.blocks import BodyBlock
from website.models.pages import BasePage


class KeyFigureBlock(blocks.StructBlock):
    """A number from a sourced record, never a guess: the source is required."""

    value = blocks.CharBlock(label=_("Figure"), max_length=20, help_text=_("E.g. '> 50'."))
    label = blocks.CharBlock(label=_("What it counts"), max_length=160)
    source = blocks.CharBlock(
        label=_("Source"), max_length=200, help_text=_("The document the figure comes from.")
    )
    source_page = blocks.PageChooserBlock(label=_("Source page"), required=False)

    class Meta:
        icon = "order"
        template = "components/blocks/key_figure_block.html"
        description = _("A key figure with its source")
        preview_value = {
            "value": "> 50",
            "label": "doanh nghiệp có đủ điều kiện trở thành nhà cung ứng cấp 1, cấp 2",
            "source": "Kế hoạch thực hiện Nghị quyết 115/NQ-CP",
        }


class HomePage(BasePage):
    hero_heading = models.CharField(_("hero heading"), max_length=160)
    hero_text = models.TextField(_("hero text"), blank=True, max_length=400)
    hero_image = models.ForeignKey(
        "images.CustomImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_link = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("hero link"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_link_label = models.CharField(_("hero link label"), max_length=60, blank=True)
    key_figures = StreamField(
        [("figure", KeyFigureBlock())],
        blank=True,
        max_num=6,
        verbose_name=_("key figures"),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_link"),
                FieldPanel("hero_link_label"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("key_figures"),
        FieldPanel("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["home_slots"] = self.get_slots(request)
        return context

    def get_slots(self, request):
        """Sections other apps add to the home page (latest news, plan progress, ...).

        Each app registers a ``register_home_page_slot`` hook returning a dict with a
        ``template``, an ``order`` and its own context, or None; so the home page
        imports no section's models and each section owns its queries.
        """
        slots = [
            slot
            for hook in hooks.get_hooks("register_home_page_slot")
            if (slot := hook(self, request))
        ]
        return sorted(slots, key=lambda slot: slot.get("order", 100))
