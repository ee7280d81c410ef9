"""Demo content: at least 8 sample indicators across the Plan's objectives and 6 sample milestones,
in four languages, never presented as the city's real figures.

The module runs on its own copy of the seeded demo (the `demo_site` fixture, built once per run);
tests/home/test_seed_demo.py checks that seeding again adds no row to any model.
"""

import pytest

from results.demo_data import INDICATORS, MILESTONES
from results.models import Indicator, Measurement, Milestone

LANGUAGES = ("es", "en", "fr", "ht")


def test_the_demo_data_has_8_indicators_on_3_objectives_and_6_milestones_in_4_languages():
    assert len(INDICATORS) >= 8
    assert {row[1] for row in INDICATORS} == {1, 2, 3}
    assert len(MILESTONES) >= 6
    for row in INDICATORS:
        assert set(row[-1]) == set(LANGUAGES)
    for row in MILESTONES:
        assert set(row[-1]) == set(LANGUAGES)


@pytest.mark.django_db
def test_seeding_makes_sample_indicators_and_milestones_in_four_languages(demo_site, client):
    for code in LANGUAGES:
        indicators = Indicator.objects.filter(locale__language_code=code)
        assert indicators.count() == len(INDICATORS) >= 8
        assert indicators.values("objective__number").distinct().count() == 3
        assert not indicators.filter(is_sample=False).exists()
        milestones = Milestone.objects.filter(locale__language_code=code)
        assert milestones.count() == len(MILESTONES) >= 6
        assert not milestones.filter(is_sample=False).exists()
    assert Measurement.objects.filter(computed=True).count() == 5  # one per computed indicator
    html = client.get("/ht/rezilta/").content.decode()
    assert "Done egzanp" in html  # "Sample data", in Kreyòl
    assert "Se pa vrè chif vil la" in html
