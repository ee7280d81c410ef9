"""Demo content for the community section (idempotent; fixed content, event dates relative to today).

The groups, their permissions and the moderation workflow for partner events come from the
production roles (`home.roles`, `manage.py setup_roles`), applied once the section pages exist, so
that the demo partner login shows the real flow.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from home.demo import child_page, ensure_locales, translate_all
from home.models import HomePage, Topic
from home.roles import setup_roles

from .demo_data.events import EVENTS, PARTNER_EVENT
from .demo_data.pages import EVENTS_INDEX, PLAN, SERVICES, SPACE, VOICE, YOU_SAID
from .demo_data.partners import PARTNERS
from .demo_data.services import SERVICES as SERVICE_PROVIDERS
from .demo_data.voice import FEEDBACK, RESPONSES
from .demo_data.voice import PLAN as PLAN_ITEMS
from .models import (
    CommunitySpacePage,
    EventIndexPage,
    EventPage,
    Feedback,
    FeedbackPage,
    FeedbackResponse,
    PartnerMembership,
    PartnerOrganisation,
    PlanAction,
    PlanObjective,
    PlanPage,
    ServiceDirectoryPage,
    ServiceProvider,
    YouSaidWeDidPage,
)
from .models.events import default_event_times

TARGETS = ("en", "fr", "ht")
PARTNER_USERNAME, PARTNER_PASSWORD = "partner", "demo-partner-2026"


def seed(command):
    locales = ensure_locales()
    home = HomePage.objects.filter(locale=locales["es"]).first()
    if home is None:
        command.log("community: no Spanish home page, skipped")
        return
    pages = _seed_pages(home)
    partners = _seed_partners(locales)
    topics = {topic.slug: topic for topic in Topic.objects.filter(locale=locales["es"])}
    events = _seed_events(pages["events"], partners, topics)
    _seed_services(locales, partners, topics)
    responses = _seed_feedback(locales, topics)
    _seed_plan(locales, events, responses)
    setup_roles()  # the events index now exists: its page permissions and moderation workflow
    partner_user = _partner_user()
    _seed_partner_membership(partner_user, partners)
    _seed_partner_event(pages["events"], partner_user, partners, topics)
    command.log(
        f"community: space, {EventPage.objects.filter(locale=locales['es']).count()} events, "
        f"{PartnerOrganisation.objects.filter(locale=locales['es']).count()} partners, "
        f"{ServiceProvider.objects.filter(locale=locales['es']).count()} services, "
        f"{Feedback.objects.count()} Tu voz messages, plan with "
        f"{PlanObjective.objects.filter(locale=locales['es']).count()} objectives; "
        "roles and moderation workflow"
    )


def _page(parent, model, texts, **extra):
    fields = {key: value for key, value in texts["es"].items() if key != "slug"}
    page = child_page(parent, model, texts["es"]["slug"], **fields, **extra)
    translate_all(page, {code: texts[code] for code in TARGETS})
    return page


def _seed_pages(home):
    space = _page(
        home,
        CommunitySpacePage,
        SPACE,
        show_in_menus=True,
        map_url="https://www.openstreetmap.org/?mlat=-0.2226&mlon=-78.5137#map=18/-0.2226/-78.5137",
    )
    events = _page(space, EventIndexPage, EVENTS_INDEX)
    services = _page(home, ServiceDirectoryPage, SERVICES, show_in_menus=True)
    voice = _page(home, FeedbackPage, VOICE, show_in_menus=True)
    you_said = _page(voice, YouSaidWeDidPage, YOU_SAID)
    plan = _page(voice, PlanPage, PLAN)
    return {
        "space": space,
        "events": events,
        "services": services,
        "voice": voice,
        "you_said": you_said,
        "plan": plan,
    }


def _seed_partners(locales):
    partners = {}
    for key, (website, email, phone, topic_slugs, texts) in PARTNERS.items():
        name, description = texts["es"]
        partner = PartnerOrganisation.objects.filter(locale=locales["es"], name=name).first()
        if partner is None:
            partner = PartnerOrganisation(
                locale=locales["es"],
                name=name,
                description=description,
                website=website,
                contact_email=email,
                contact_phone=phone,
            )
            partner.save()
            partner.topics.set(Topic.objects.filter(locale=locales["es"], slug__in=topic_slugs))
            partner.save()
        translate_all(
            partner,
            {code: {"name": texts[code][0], "description": texts[code][1]} for code in TARGETS},
        )
        partners[key] = partner
    return partners


def _event_fields(data, language, partners):
    text = data["text"][language]
    start, end = default_event_times(
        days_ahead=data["days"], hour=data["hour"], duration_hours=data["hours"]
    )
    fields = {key: value for key, value in text.items() if key != "slug"}
    fields.update(
        event_type=data["type"],
        start=start,
        end=end,
        location=data.get("location", "space"),
        map_url=data.get("map_url", ""),
        organiser=partners.get(data["organiser"]),
        languages=",".join(["", *data["languages"], ""]),
        registration=data["registration"],
        registration_url=data.get("registration_url", ""),
    )
    return fields


def _seed_events(index, partners, topics):
    events = {}
    for data in EVENTS:
        slug = data["text"]["es"]["slug"]
        event = index.get_children().filter(slug=slug).first()
        if event is None:
            event = EventPage(
                slug=slug, locale_id=index.locale_id, **_event_fields(data, "es", partners)
            )
            index.add_child(instance=event)
            event.topics.set([topics[slug_] for slug_ in data["topics"] if slug_ in topics])
            event.save_revision().publish()
        event = event.specific
        translate_all(event, {code: data["text"][code] for code in TARGETS})
        events[data["key"]] = event
    return events


def _seed_services(locales, partners, topics):
    today = timezone.localdate()
    for (
        _key,
        organiser,
        topic_slugs,
        languages,
        free,
        no_docs,
        days_ago,
        parish,
        phone,
        whatsapp,
        email,
        texts,
    ) in SERVICE_PROVIDERS:
        name, summary, services, address, hours = texts["es"]
        provider = ServiceProvider.objects.filter(locale=locales["es"], name=name).first()
        if provider is None:
            provider = ServiceProvider(
                locale=locales["es"],
                name=name,
                summary=summary,
                services=services,
                address=address,
                opening_hours=hours,
                organisation=partners.get(organiser),
                parish=parish,
                phone=phone,
                whatsapp=whatsapp,
                email=email,
                languages=",".join(["", *languages, ""]),
                is_free=free,
                no_documents_needed=no_docs,
                last_verified=today - datetime.timedelta(days=days_ago),
            )
            provider.save()
            provider.topics.set([topics[slug] for slug in topic_slugs if slug in topics])
            provider.save()
        translate_all(
            provider,
            {
                code: dict(
                    zip(
                        ("name", "summary", "services", "address", "opening_hours"),
                        texts[code],
                        strict=True,
                    )
                )
                for code in TARGETS
            },
        )


def _seed_feedback(locales, topics):
    created = []
    if not Feedback.objects.exists():
        for language, topic_slug, message, status, forwarded_to in FEEDBACK:
            created.append(
                Feedback.objects.create(
                    language=language,
                    topic=topics.get(topic_slug),
                    message=message,
                    status=status,
                    forwarded_to=forwarded_to,
                )
            )
    feedback = created or list(Feedback.objects.order_by("pk")[: len(FEEDBACK)])
    responses = {}
    today = timezone.localdate()
    for key, topic_slug, status, people, days_ago, public, feedback_indexes, texts in RESPONSES:
        you_said, we_did = texts["es"]
        response = FeedbackResponse.objects.filter(locale=locales["es"], you_said=you_said).first()
        if response is None:
            response = FeedbackResponse(
                locale=locales["es"],
                you_said=you_said,
                we_did=we_did,
                topic=topics.get(topic_slug),
                status=status,
                people_count=people,
                published_on=today - datetime.timedelta(days=days_ago),
                is_public=public,
            )
            response.save()
            response.feedback_items.set(
                [feedback[i] for i in feedback_indexes if i < len(feedback)]
            )
            response.save()
        translate_all(
            response,
            {code: {"you_said": texts[code][0], "we_did": texts[code][1]} for code in TARGETS},
        )
        responses[key] = response
    return responses


def _seed_plan(locales, events, responses):
    for number, texts, actions in PLAN_ITEMS:
        title, description = texts["es"]
        objective = PlanObjective.objects.filter(locale=locales["es"], number=number).first()
        if objective is None:
            objective = PlanObjective.objects.create(
                locale=locales["es"], number=number, title=title, description=description
            )
        translate_all(
            objective,
            {code: {"title": texts[code][0], "description": texts[code][1]} for code in TARGETS},
        )
        for action_number, status, progress, workshop_keys, response_keys, action_texts in actions:
            action_title, action_description, responsible = action_texts["es"]
            action = PlanAction.objects.filter(
                locale=locales["es"], objective=objective, number=action_number
            ).first()
            if action is None:
                action = PlanAction(
                    locale=locales["es"],
                    objective=objective,
                    number=action_number,
                    title=action_title,
                    description=action_description,
                    responsible=responsible,
                    status=status,
                    progress=progress,
                )
                action.save()
                action.workshops.set([events[key] for key in workshop_keys if key in events])
                action.feedback.set([responses[key] for key in response_keys if key in responses])
                action.save()
            translate_all(
                action,
                {
                    code: dict(
                        zip(
                            ("title", "description", "responsible"), action_texts[code], strict=True
                        )
                    )
                    for code in TARGETS
                },
            )


def _partner_user():
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=PARTNER_USERNAME,
        defaults={
            "email": "partner@example.org",
            "is_staff": False,
            "first_name": "Tejiendo",
            "last_name": "Redes",
        },
    )
    if created:
        user.set_password(PARTNER_PASSWORD)
        user.save()
    user.groups.add(Group.objects.get(name="Partners"))
    return user


def _seed_partner_membership(user, partners):
    """The demo partner works for Tejiendo Redes: its events, directory entries, profile and the
    Tu voz messages forwarded to it (one with the sender's consent to share their contact)."""
    organisation = partners["tejiendo"]
    PartnerMembership.objects.get_or_create(user=user, defaults={"organisation": organisation})
    if not Feedback.objects.filter(forwarded_partner=organisation).exists():
        Feedback.objects.create(
            language="ht",
            message="Mwen ta renmen aprann fè rad. Èske gen kou an kreyòl?",
            contact="+593 99 000 0000",
            name="Marie",
            consent_at=timezone.now(),
            share_contact=True,
            status="forwarded",
            forwarded_to=organisation.name,
            forwarded_partner=organisation,
        )
        Feedback.objects.create(
            language="es",
            message="¿Hay talleres los sábados para quienes trabajamos entre semana?",
            status="forwarded",
            forwarded_to=organisation.name,
            forwarded_partner=organisation,
        )


def _seed_partner_event(index, user, partners, topics):
    slug = PARTNER_EVENT["text"]["es"]["slug"]
    if index.get_children().filter(slug=slug).exists():
        return
    event = EventPage(
        slug=slug,
        locale_id=index.locale_id,
        live=False,
        owner=user,
        **_event_fields(PARTNER_EVENT, "es", partners),
    )
    index.add_child(instance=event)
    event.topics.set([topics[slug_] for slug_ in PARTNER_EVENT["topics"] if slug_ in topics])
    event.save_revision(user=user)
    workflow = event.get_workflow()
    if workflow is not None:
        workflow.start(event, user)
