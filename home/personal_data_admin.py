"""The staff's admin of records of people's own data (enrolments, legal advice requests): the list
of records and the download of one person's data. See `home.personal_data`."""

import json

from django.http import HttpResponse

from wagtail.admin.viewsets.model import ModelViewSet


class PersonalDataViewSet(ModelViewSet):
    """People's records, 50 a page, searched by name and reference with database queries (personal
    data never enters the search index), never copied and left out of the reference index (nothing
    links to them)."""

    copy_view_enabled = False
    add_to_reference_index = False
    list_per_page = 50
    search_fields = ["full_name", "reference"]
    search_backend_name = None


def personal_data_download(name, records, reference):
    """Everything stored about one person (`records`, plain data) as a JSON file to download,
    never cached: {name: records}, in personal-data-<reference>.json."""
    payload = json.dumps({name: records}, ensure_ascii=False, indent=2)
    response = HttpResponse(payload, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="personal-data-{reference}.json"'
    response["Cache-Control"] = "private, no-store"
    return response
