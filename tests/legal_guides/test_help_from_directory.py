"""The guides' "where to get help" block takes entries from the services directory."""

import importlib

from django.apps import apps

import pytest

from community.models import ServiceProvider

pytestmark = pytest.mark.django_db


def help_block(services=(), organisations=()):
    return [
        {
            "type": "where_to_get_help",
            "value": {
                "heading": "",
                "services": list(services),
                "organisations": list(organisations),
            },
        }
    ]


def organisation(name):
    return {
        "name": name,
        "description": "",
        "address": "",
        "phone": "",
        "whatsapp": "",
        "opening_hours": "",
        "website": "",
        "free_of_charge": True,
    }


@pytest.fixture
def defensoria(locales, translate_page):
    provider = ServiceProvider.objects.create(
        locale=locales["es"],
        name="Defensoría del Pueblo",
        summary="Recibe denuncias de discriminación.",
        phone="+593 2 000 0000",
        no_documents_needed=True,
        languages=["es"],
    )
    return provider


def test_a_chosen_directory_entry_is_shown_in_the_guide(client, make_guide, defensoria):
    make_guide("denunciar", body=help_block(services=[defensoria.pk]))
    html = client.get("/es/guias/denunciar/").content.decode()
    assert "Defensoría del Pueblo" in html
    assert "Recibe denuncias de discriminación." in html
    assert 'href="tel:+59320000000"' in html


def test_an_empty_help_block_is_refused_in_the_admin(defensoria):
    from django.core.exceptions import ValidationError

    from legal_guides.blocks import WhereToGetHelpBlock

    block = WhereToGetHelpBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"heading": "", "services": [], "organisations": []}))
    assert block.clean(
        block.to_python({"heading": "", "services": [defensoria.pk], "organisations": []})
    )


def test_migration_moves_typed_organisations_that_exist_in_the_directory(make_guide, defensoria):
    guide = make_guide(
        "denunciar",
        body=help_block(
            organisations=[organisation("Defensoría del Pueblo"), organisation("Fiscalía")]
        ),
    )
    migration = importlib.import_module(
        "legal_guides.migrations.0002_where_to_get_help_from_directory"
    )
    migration.move_organisations_into_the_directory(apps, None)

    guide.refresh_from_db()
    value = guide.body[0].value
    assert [service.pk for service in value["services"]] == [defensoria.pk]
    assert [org["name"] for org in value["organisations"]] == ["Fiscalía"]
