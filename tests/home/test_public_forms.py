"""The three public forms (a guide's "was this helpful?", a course's enrolment, Tu voz) are one kind
of form for the visitor: same markup from one partial, same error summary, same status codes, same
honeypot and the same rate-limit answer, in the visitor's language (home/forms.py PublicForm)."""

import pytest
from bs4 import BeautifulSoup

from community.models import Feedback
from courses.models import Enrolment
from legal_guides.models import GuideFeedback
from tests.courses.conftest import form_data

pytestmark = pytest.mark.django_db

FORMS = ["feedback", "enrolment", "tu-voz"]

# What a visitor of each form sees in Spanish and in Haitian Creole.
SUMMARY_TITLE = {"es": "Revisa el formulario", "ht": "Tanpri verifye fòmilè a"}
REQUIRED_ERROR = {
    "feedback": {"es": "Por favor, elige «Sí» o «No».", "ht": "Tanpri chwazi «Wi» oswa «Non»."},
    "enrolment": {"es": "Por favor, escribe tu nombre.", "ht": "Tanpri ekri non ou."},
    "tu-voz": {"es": "Escribe tu mensaje.", "ht": "Tanpri ekri mesaj ou."},
}
HONEYPOT_ERROR = "No pudimos aceptar este formulario."
RATE_LIMIT_ERROR = "Enviaste este formulario muchas veces"


class PublicFormCase:
    def __init__(self, name, page_url, post_url, valid, required_field, anchor, saved, setting):
        self.name, self.page_url, self.post_url = name, page_url, post_url
        self.valid, self.required_field, self.anchor = valid, required_field, anchor
        self.saved, self.rate_limit_setting = saved, setting
        self.form_id = {"feedback": "feedback-form"}.get(name, f"{name}-form")

    def post(self, client, **changes):
        return client.post(self.post_url, {**self.valid, "website": "", **changes})


@pytest.fixture
def public_form(request, make_guide, make_course, community):  # noqa: F811
    """(form name) → how to reach it, post to it and see what it saved, in Spanish."""
    name = request.param
    if name == "feedback":
        guide = make_guide("asilo", title="Pedir asilo")
        return PublicFormCase(
            name,
            guide.url,
            guide.url,
            {"helpful": "yes", "comment": "Clara."},
            "helpful",
            "#id_helpful_0",  # a group of radios: its first option
            GuideFeedback.objects.count,
            "FEEDBACK_RATE_LIMIT",
        )
    if name == "enrolment":
        course = make_course()
        return PublicFormCase(
            name,
            course.url,
            course.url + "enrol/",
            form_data(),
            "full_name",
            "#id_full_name",
            Enrolment.objects.count,
            "ENROLMENT_RATE_LIMIT",
        )
    return PublicFormCase(
        name,
        "/es/tu-voz/",
        "/es/tu-voz/",
        {"topic": "", "message": "Necesitamos clases por la noche.", "name": "", "contact": ""},
        "message",
        "#id_message",
        Feedback.objects.count,
        "TU_VOZ_RATE_LIMIT",
    )


def summary_of(response, form_id):
    """The error summary: the first thing in the form, announced and focusable."""
    page = BeautifulSoup(response.content, "html.parser")
    form = page.select_one(f"form#{form_id}")
    summaries = page.select(".error-summary")
    assert len(summaries) == 1 and form.find(True) is summaries[0]
    summary = summaries[0]
    assert summary["role"] == "alert" and summary["tabindex"] == "-1"
    assert page.find(id=summary["aria-labelledby"]).name == "h2"
    return page, form, summary


@pytest.mark.parametrize("public_form", FORMS, indirect=True)
def test_the_form_comes_from_the_one_partial(client, public_form):
    response = client.get(public_form.page_url)
    assert response.status_code == 200
    assert "home/includes/public_form.html" in [template.name for template in response.templates]
    page = BeautifulSoup(response.content, "html.parser")
    assert len(page.select("form.public-form")) == 1
    form = page.select_one(f"form.public-form#{public_form.form_id}")
    assert form["method"] == "post" and "novalidate" in form.attrs
    assert form["action"].split("#")[0] == public_form.post_url
    # The feedback ends a long guide: its answer opens at the form (the thanks redirect says so).
    assert form["action"].endswith("#feedback") == (public_form.name == "feedback")
    assert not form.select("input[name=csrfmiddlewaretoken]")  # a cached page: checked by Origin
    assert form.select_one(f"#div_id_{public_form.required_field}")  # crispy-forms' markup
    assert not page.select(".error-summary")
    assert len(form.select("button[type=submit]")) == 1
    # One honeypot, hidden from sight, from screen readers and from the keyboard.
    honeypot = form.select("input[name=website]")
    assert len(honeypot) == 1 and honeypot[0]["tabindex"] == "-1"
    assert honeypot[0]["autocomplete"] == "off" and not honeypot[0].get("value")
    wrapper = honeypot[0].parent
    assert wrapper["aria-hidden"] == "true" and "visually-hidden" in wrapper["class"]
    assert "hidden" not in wrapper.attrs and "style" not in wrapper.attrs


@pytest.mark.parametrize("public_form", FORMS, indirect=True)
def test_an_invalid_form_is_a_400_with_a_summary_linking_to_the_field(client, public_form):
    response = public_form.post(client, **{public_form.required_field: ""})
    assert response.status_code == 400
    assert "no-store" in response["Cache-Control"]
    page, form, summary = summary_of(response, public_form.form_id)
    assert page.title.get_text().startswith("Error: ")
    assert SUMMARY_TITLE["es"] in summary.h2.get_text()
    link = summary.select_one("a")
    assert link["href"] == public_form.anchor
    assert REQUIRED_ERROR[public_form.name]["es"] in link.get_text()
    field = form.select_one(public_form.anchor)
    assert field is not None and field.name in ("input", "textarea")
    assert REQUIRED_ERROR[public_form.name]["es"] in form.select_one(".invalid-feedback").get_text()
    assert public_form.saved() == 0


@pytest.mark.parametrize("public_form", FORMS, indirect=True)
def test_errors_speak_haitian_creole(client, public_form, translate_page):
    """Django has no Kreyòl catalogue: every message comes from the project's own."""
    from community.models import FeedbackPage
    from courses.models import CourseIndexPage
    from legal_guides.models import LegalGuideIndexPage

    # The section in Kreyòl; the guide and the course are shown in Spanish under it.
    section, slug = {
        "feedback": (LegalGuideIndexPage, "gid-legal"),
        "enrolment": (CourseIndexPage, "kou"),
        "tu-voz": (FeedbackPage, "vwa-ou"),
    }[public_form.name]
    translate_page(section.objects.get(), "ht", title="Seksyon", slug=slug)
    tail = public_form.post_url.split("/")[3:]  # after /es/<section>/
    public_form.post_url = "/".join(["", "ht", slug, *tail])
    response = public_form.post(client, **{public_form.required_field: ""})
    assert response.status_code == 400
    _page, _form, summary = summary_of(response, public_form.form_id)
    assert SUMMARY_TITLE["ht"] in summary.h2.get_text()
    assert REQUIRED_ERROR[public_form.name]["ht"] in summary.get_text()
    assert public_form.saved() == 0


@pytest.mark.parametrize("public_form", FORMS, indirect=True)
def test_a_filled_in_honeypot_is_refused_the_same_way(client, public_form):
    response = public_form.post(client, website="http://spam.example")
    assert response.status_code == 400
    _page, _form, summary = summary_of(response, public_form.form_id)
    assert HONEYPOT_ERROR in summary.get_text()
    assert not summary.select("a[href='#id_website']")  # nothing to correct that a person sees
    assert public_form.saved() == 0


@pytest.mark.parametrize("public_form", FORMS, indirect=True)
def test_over_the_rate_limit_is_a_429_that_keeps_what_was_typed(client, public_form, settings):
    setattr(settings, public_form.rate_limit_setting, 0)
    response = public_form.post(client)
    assert response.status_code == 429
    assert "no-store" in response["Cache-Control"]
    _page, form, summary = summary_of(response, public_form.form_id)
    assert RATE_LIMIT_ERROR in summary.get_text()
    typed = next(value for value in public_form.valid.values() if value and value != "yes")
    assert typed in str(form)
    assert public_form.saved() == 0


@pytest.mark.parametrize("public_form", FORMS, indirect=True)
def test_a_valid_form_is_saved_and_redirected(client, public_form):
    response = public_form.post(client)
    assert response.status_code == 302
    assert public_form.saved() == 1
