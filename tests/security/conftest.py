"""Fixtures of the other test folders that the security tests build on."""

from tests.community.conftest import community, community_en, make_event, make_service  # noqa: F401
from tests.courses.conftest import course_index, make_course  # noqa: F401
from tests.legal_guides.conftest import guide_index, guide_indexes  # noqa: F401
