"""The deployment tests reuse the community section as an editor builds it."""

from tests.community.conftest import community, community_en  # noqa: F401
