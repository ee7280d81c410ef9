"""What editors see in the admin: the helpfulness report per guide and the comments, exportable."""

import csv
import io
import re

from django.contrib.auth.models import Group, Permission, User

import pytest

from legal_guides.models import GuideFeedback
from tests.staff_login import login_verified

pytestmark = pytest.mark.django_db


@pytest.fixture
def votes(make_guide):
    clear = make_guide("clara", title="Guía clara")
    unclear = make_guide("confusa", title="Guía confusa")
    for helpful, comment in [(True, ""), (True, "Muy útil"), (False, "No entendí el paso 2")]:
        GuideFeedback.objects.create(page=unclear, helpful=helpful, comment=comment, language="es")
    GuideFeedback.objects.create(page=clear, helpful=True, comment="", language="ht")
    return clear, unclear


def test_report_shows_counts_per_guide_with_a_link_to_its_comments(admin_client, votes):
    clear, unclear = votes
    response = admin_client.get("/admin/reports/guide-helpfulness/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Utilidad de las guías" in html
    row = html[html.index("Guía confusa") :]
    row = row[: row.index("</tr>")]
    cells = [cell.split(">", 1)[1].split("<")[0].strip() for cell in row.split("<td")[1:]]
    assert cells[:4] == ["es", "2", "1", "67"], cells  # language, yes, no, % helpful
    # The comment count links to this guide's comments.
    assert re.search(rf'href="/admin/guide-feedback/\?page={unclear.pk}"[^>]*>\s*2\s*</a>', row)


def test_report_exports_as_csv_with_counts(admin_client, votes):
    response = admin_client.get("/admin/reports/guide-helpfulness/?export=csv")
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    rows = {row["Guía"]: row for row in csv.DictReader(io.StringIO(content))}
    assert rows["Guía confusa"]["Sí"] == "2" and rows["Guía confusa"]["No"] == "1"
    assert rows["Guía confusa"]["Comentarios"] == "2"
    assert rows["Guía confusa"]["Porcentaje útil"] == "67"
    assert rows["Guía clara"]["Sí"] == "1" and rows["Guía clara"]["No"] == "0"


def test_comments_are_listed_per_guide_and_exportable(admin_client, votes):
    clear, unclear = votes
    html = admin_client.get(f"/admin/guide-feedback/?page={unclear.pk}").content.decode()
    assert "No entendí el paso 2" in html and "Muy útil" in html
    response = admin_client.get(f"/admin/guide-feedback/?page={unclear.pk}&export=csv")
    content = b"".join(response.streaming_content).decode()
    assert "No entendí el paso 2" in content
    assert content.count("\n") == 4  # heading + three votes for this guide only


def test_feedback_cannot_be_created_or_edited_in_the_admin(admin_client, votes):
    feedback = GuideFeedback.objects.first()
    assert admin_client.get("/admin/guide-feedback/new/").status_code in (302, 403)
    assert admin_client.get(f"/admin/guide-feedback/edit/{feedback.pk}/").status_code in (302, 403)


def test_only_staff_with_permission_see_the_feedback(client, votes):
    user = User.objects.create_user("editor", password="x", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    login_verified(client, user)
    assert client.get("/admin/guide-feedback/").status_code in (302, 403)
    assert client.get("/admin/reports/guide-helpfulness/").status_code in (302, 403)
    editors = Group.objects.create(name="Feedback readers")
    editors.permissions.add(Permission.objects.get(codename="view_guidefeedback"))
    user.groups.add(editors)
    user = User.objects.get(pk=user.pk)
    login_verified(client, user)
    assert client.get("/admin/guide-feedback/").status_code == 200
    assert client.get("/admin/reports/guide-helpfulness/").status_code == 200


def test_editors_can_open_the_add_and_edit_forms(admin_client, guide_index, make_guide, topics):
    add = admin_client.get(f"/admin/pages/add/legal_guides/legalguidepage/{guide_index.pk}/")
    assert add.status_code == 200
    html = add.content.decode()
    for label in [
        "En resumen",
        "Para quién es esta guía",
        "Base legal",
        "Próxima revisión",
        "Contenido de ejemplo",
        "Asilo y refugio",
    ]:
        assert label.lower() in html.lower(), label
    # Only the Spanish (source) topics are offered: the slug links every translation.
    assert "Asylum and refugee status" not in html
    guide = make_guide("asilo", topics=[topics["asilo"]])
    assert admin_client.get(f"/admin/pages/{guide.pk}/edit/").status_code == 200
