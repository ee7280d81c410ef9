"""What a visitor sees on a guide: every block, the FAQ without JavaScript, sharing, the handout."""

import json
import re

from django.test import override_settings

import pytest

from .conftest import every_block

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_guide(make_guide, document, topics):
    return make_guide(
        "asilo-y-refugio", title="Pedir asilo", topics=[topics["asilo"]], body=every_block(document)
    )


def test_every_block_type_renders(client, full_guide):
    response = client.get("/es/guias/asilo-y-refugio/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h2 id="tus-derechos">Tus derechos</h2>' in html  # heading with an anchor
    assert "Texto de <b>ejemplo</b>." in html  # rich text
    assert re.search(
        r'<ol class="steps">\s*<li><h3 class="step-title">Busca orientación</h3>', html
    )
    assert "Presenta tu solicitud" in html
    assert (
        "Pasaporte" in html
        and "Si lo tienes." in html
        and "No tenerlo no te quita derechos." in html
    )
    assert "notice-info" in html and "Bueno saber" in html
    assert "notice-warning" in html and "Cuidado con estafas." in html
    # The "free" callout falls back to its standard message when the editor leaves it empty.
    assert "Este servicio es gratuito. Nunca pagues a nadie por él." in html
    assert 'href="/documents/' in html and "Lista para imprimir" in html and "(TXT" in html
    assert "Espacio Comunitario" in html and 'href="tel:+59323989000"' in html
    assert 'href="https://wa.me/593990000000"' in html and "Lunes a viernes" in html
    assert "Constitución de la República del Ecuador (2008)" in html and "art. 41" in html


def test_faq_is_a_details_element_that_needs_no_javascript(client, full_guide):
    html = client.get(full_guide.url).content.decode()
    assert re.search(
        r'<details class="faq">\s*<summary>¿Me pueden devolver a mi país\?</summary>', html
    )
    assert "<script>" not in html  # nothing on the page needs JavaScript (JSON-LD is data)
    # The one script is the optional offline worker's registration (progressive enhancement).
    assert re.findall(r"<script src=\"([^\"]+)\"", html) == ["/static/js/offline.js"]


def test_summary_audience_review_dates_and_topics_are_shown(client, full_guide):
    html = client.get(full_guide.url).content.decode()
    assert "En resumen" in html and "Resumen de asilo-y-refugio." in html
    assert "Para quién es esta guía:" in html and "Personas migrantes." in html
    assert f'<time datetime="{full_guide.last_reviewed:%Y-%m-%d}">' in html
    assert "Equipo jurídico" in html
    assert 'href="/es/guias/?topic=asilo"' in html


def test_sample_content_flag_shows_a_visible_notice(client, make_guide):
    sample = make_guide("ejemplo", sample_content=True)
    real = make_guide("revisada", sample_content=False)
    assert "Contenido de ejemplo." in client.get(sample.url).content.decode()
    assert "Contenido de ejemplo." not in client.get(real.url).content.decode()


def test_share_link_copy_fallback_and_print_handout_with_qr_code(client, full_guide):
    html = client.get(full_guide.url).content.decode()
    url = "http://testserver/es/guias/asilo-y-refugio/"
    assert (
        'href="https://wa.me/?text=Pedir%20asilo%20http%3A%2F%2Ftestserver%2Fes%2Fguias%2Fasilo-y-refugio%2F"'
        in html
    )
    assert f'<input id="guide-link" type="text" readonly value="{url}"' in html
    handout = html[html.index('class="print-only print-handout"') :]
    assert handout.index("<svg") < handout.index(url)
    assert 'role="img"' in handout and "<title>" in handout and "<path" in handout


@override_settings(ALLOWED_HOSTS=["*"])
def test_json_ld_is_valid_with_article_and_faq_types(client, full_guide):
    html = client.get(full_guide.url).content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    documents = [json.loads(block) for block in blocks]
    assert [document["@type"] for document in documents] == ["Article", "FAQPage"]
    article, faq = documents
    assert article["headline"] == "Pedir asilo"
    assert article["dateModified"] == full_guide.last_reviewed.isoformat()
    assert article["inLanguage"] == "es"
    assert faq["mainEntity"][0]["@type"] == "Question"
    assert faq["mainEntity"][0]["name"] == "¿Me pueden devolver a mi país?"
    assert faq["mainEntity"][0]["acceptedAnswer"] == {
        "@type": "Answer",
        "text": "No: principio de no devolución.",
    }


def test_json_ld_cannot_break_out_of_its_script_element(client, make_guide):
    guide = make_guide("peligro", title="</script><script>alert(1)</script>")
    html = client.get(guide.url).content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert json.loads(block)["headline"] == "</script><script>alert(1)</script>"
    assert "<script>alert(1)" not in html


def test_guide_without_faq_has_only_the_article_json_ld(client, make_guide):
    html = client.get(make_guide("sin-faq").url).content.decode()
    assert html.count('type="application/ld+json"') == 1


def test_other_guides_on_the_same_topic_appear_in_what_next(client, make_guide, topics):
    main = make_guide("principal", topics=[topics["asilo"]])
    make_guide("hermana", title="Guía hermana", topics=[topics["asilo"]])
    make_guide("otra", title="Guía de trabajo", topics=[topics["trabajo"]])
    html = client.get(main.url).content.decode()
    panel = html[html.index('class="what-next') :]
    assert "Otras guías sobre estos temas" in panel
    assert "Guía hermana" in panel
    assert "Guía de trabajo" not in panel
    assert ">Principal<" not in panel


def test_what_next_includes_other_apps_items_for_the_guides_topics(client, make_guide, topics):
    from wagtail import hooks

    guide = make_guide("principal", topics=[topics["asilo"]])
    calls = []

    def courses(request, topic_ids, exclude_page_id):
        calls.append((sorted(topic_ids), exclude_page_id))
        return {
            "section": "Cursos",
            "items": [
                {"title": "Curso de panadería", "url": "/es/cursos/panaderia/", "meta": "Gratis"}
            ],
        }

    with hooks.register_temporarily("register_topic_related", courses):
        html = client.get(guide.url).content.decode()
    panel = html[html.index('class="what-next') :]
    assert "<h3>Cursos</h3>" in panel and 'href="/es/cursos/panaderia/"' in panel
    # Ids of the topic in every language are passed, so any app's tagging matches.
    assert calls == [(sorted([topics["asilo"].pk, topics["asilo_en"].pk]), guide.pk)]


def test_a_failing_provider_never_breaks_the_guide(client, make_guide, topics, caplog):
    from wagtail import hooks

    guide = make_guide("principal", title="Guía principal", topics=[topics["asilo"]])
    make_guide("hermana", title="Guía hermana", topics=[topics["asilo"]])

    def broken(request, topic_ids, exclude_page_id):
        raise RuntimeError("events table is missing")

    with hooks.register_temporarily("register_topic_related", broken):
        response = client.get(guide.url)
    assert response.status_code == 200
    assert "Guía hermana" in response.content.decode()
    assert "events table is missing" in caplog.text
