"""Drafts, moderation and history for the snippets visitors see.

A partner's change to their directory entry waits for a Community editor; a previous revision can
be restored; drafts never reach visitors; the page cache still sees publish and unpublish."""

from django import forms
from django.urls import reverse

import pytest

from community.models import (
    FeedbackResponse,
    PartnerOrganisation,
    PlanAction,
    PlanObjective,
    ServiceProvider,
)
from home.models import ContactDetails, Topic, UrgentNotice
from home.page_cache import content_version
from tests.staff_login import login_verified

pytestmark = pytest.mark.django_db

SNIPPET = "wagtailsnippets_community_serviceprovider"


def _form_data(response, **changes):
    """The admin form's data as a browser would post it back, with `changes`."""
    form = response.context["form"]
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if isinstance(field.widget, forms.CheckboxInput):
            if value:
                data[name] = "on"
            continue
        if value is None:
            continue
        if isinstance(value, list | tuple):
            data[name] = [str(getattr(item, "pk", item)) for item in value]
        else:
            data[name] = str(getattr(value, "pk", value))
    data.update(changes)
    return data


def test_partners_change_to_their_entry_waits_for_a_community_editor_and_can_be_rolled_back(
    client, community, make_service, partner_roles
):
    entry = make_service(
        name="Casa Tejiendo Redes",
        organisation=partner_roles["own_org"],
        opening_hours="Lunes a viernes, 09:00-17:00",
    )
    first = entry.save_revision()
    first.publish()
    edit_url = reverse(f"{SNIPPET}:edit", args=(entry.pk,))

    login_verified(client, partner_roles["partner"])
    form_page = client.get(edit_url)
    assert "action-publish" not in form_page.content.decode()  # partners cannot publish
    new_hours = "Lunes a sábado, 08:00-18:00"
    response = client.post(
        edit_url, _form_data(form_page, opening_hours=new_hours, **{"action-submit": "1"})
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert entry.opening_hours == "Lunes a viernes, 09:00-17:00"  # not live yet
    assert entry.has_unpublished_changes
    state = entry.current_workflow_state
    assert state is not None and state.status == state.STATUS_IN_PROGRESS
    client.logout()
    directory = client.get("/es/servicios/").content.decode()
    assert "09:00-17:00" in directory and new_hours not in directory

    login_verified(client, partner_roles["editor"])
    task_state = entry.current_workflow_task_state
    approve = reverse(f"{SNIPPET}:workflow_action", args=(entry.pk, "approve", task_state.pk))
    assert client.post(approve, {"comment": ""}).status_code == 302
    entry.refresh_from_db()
    assert entry.opening_hours == new_hours and not entry.has_unpublished_changes
    client.logout()
    assert new_hours in client.get("/es/servicios/").content.decode()

    # The history lists both versions, and the first one can be restored and published again.
    login_verified(client, partner_roles["editor"])
    history = client.get(reverse(f"{SNIPPET}:history", args=(entry.pk,)))
    assert history.status_code == 200
    revert_url = reverse(f"{SNIPPET}:revisions_revert", args=(entry.pk, first.pk))
    revert_form = client.get(revert_url)
    assert revert_form.status_code == 200
    data = _form_data(revert_form, **{"action-publish": "1"})
    assert data["opening_hours"] == "Lunes a viernes, 09:00-17:00"
    assert client.post(revert_url, data).status_code == 302
    entry.refresh_from_db()
    assert entry.opening_hours == "Lunes a viernes, 09:00-17:00"
    client.logout()
    assert "09:00-17:00" in client.get("/es/servicios/").content.decode()


def test_drafts_never_reach_visitors(client, community, locales, make_service, topics):
    live = make_service(name="Servicio publicado", topics=[topics["salud"]])
    draft = make_service(name="Servicio en borrador", live=False)
    Topic.objects.create(locale=locales["es"], slug="vivienda", name="Vivienda", live=False)
    FeedbackResponse.objects.create(
        locale=locales["es"],
        you_said="Respuesta publicada",
        we_did="Hicimos algo.",
        published_on="2026-01-10",
        is_public=True,
    )
    FeedbackResponse.objects.create(
        locale=locales["es"],
        you_said="Respuesta en borrador",
        we_did="Todavía no.",
        published_on="2026-01-11",
        is_public=True,
        live=False,
    )
    PlanObjective.objects.create(locale=locales["es"], number=1, title="Objetivo publicado")
    PlanObjective.objects.create(
        locale=locales["es"], number=2, title="Objetivo en borrador", live=False
    )

    directory = client.get("/es/servicios/").content.decode()
    assert live.name in directory and draft.name not in directory
    assert "Salud" in directory and "Vivienda" not in directory  # topic filter
    assert client.get(reverse("community:service_entry", args=(draft.pk,))).status_code == 404
    you_said = client.get("/es/tu-voz/lo-que-hicimos/").content.decode()
    assert "Respuesta publicada" in you_said and "Respuesta en borrador" not in you_said
    plan = client.get("/es/tu-voz/plan/").content.decode()
    assert "Objetivo publicado" in plan and "Objetivo en borrador" not in plan


def test_publishing_and_unpublishing_a_snippet_clears_the_page_cache(
    community, make_service, django_capture_on_commit_callbacks
):
    entry = make_service(name="Servicio", live=False)
    before = content_version()
    with django_capture_on_commit_callbacks(execute=True):
        entry.save_revision().publish()
    published = content_version()
    assert published != before
    entry.refresh_from_db()
    assert entry.live
    with django_capture_on_commit_callbacks(execute=True):
        entry.unpublish()
    entry.refresh_from_db()
    assert not entry.live
    assert content_version() != published


def test_every_snippet_visitors_see_has_drafts_preview_and_history(admin_client, locales):
    es = locales["es"]
    organisation = PartnerOrganisation.objects.create(locale=es, name="Tejiendo Redes")
    objective = PlanObjective.objects.create(locale=es, title="Acceso a derechos")
    instances = [
        Topic.objects.create(locale=es, slug="salud", name="Salud"),
        UrgentNotice.objects.create(locale=es, title="Aviso", message="Cerrado el lunes."),
        ContactDetails.objects.create(
            locale=es, phone="02 123 4567", address="Av. 24 de Mayo", opening_hours="08:30"
        ),
        organisation,
        ServiceProvider.objects.create(
            locale=es, name="Casa", summary="Ayuda", organisation=organisation, languages=",es,"
        ),
        objective,
        PlanAction.objects.create(locale=es, objective=objective, title="Ferias de derechos"),
        FeedbackResponse.objects.create(
            locale=es, you_said="Más información", we_did="Guías nuevas", published_on="2026-01-10"
        ),
    ]
    for instance in instances:
        meta = instance._meta
        prefix = f"wagtailsnippets_{meta.app_label}_{meta.model_name}"
        edit = admin_client.get(reverse(f"{prefix}:edit", args=(instance.pk,)))
        assert edit.status_code == 200, meta.model_name
        html = edit.content.decode()
        assert "action-publish" in html, meta.model_name  # a draft can be saved, then published
        preview_url = reverse(f"{prefix}:preview_on_edit", args=(instance.pk,))
        assert admin_client.post(preview_url, _form_data(edit)).json()["is_valid"], meta.model_name
        assert admin_client.get(preview_url).status_code == 200, meta.model_name
        # Saving a draft leaves the live version alone and shows in the history.
        admin_client.post(reverse(f"{prefix}:edit", args=(instance.pk,)), _form_data(edit))
        instance.refresh_from_db()
        assert instance.live and instance.latest_revision is not None, meta.model_name
        history = admin_client.get(reverse(f"{prefix}:history", args=(instance.pk,)))
        assert history.status_code == 200, meta.model_name
