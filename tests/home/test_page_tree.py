"""Where an editor can add each kind of page: the "Add child page" choices the admin offers.

The public URLs and menus assume this shape (one guides index per language home, guides only in
it, and so on), so a page type that could be created anywhere else would make pages that the
site never links to.
"""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from community.models import (
    CommunitySpacePage,
    EventIndexPage,
    EventPage,
    FeedbackPage,
    PlanPage,
    ServiceDirectoryPage,
    YouSaidWeDidPage,
)
from courses.models import CourseIndexPage, CoursePage
from home.models import HomePage, StandardPage
from legal_guides.models import LegalGuideIndexPage, LegalGuidePage


class PageTreeTests(WagtailPageTestCase):
    def test_a_language_home_sits_at_the_root_of_the_tree(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_each_section_index_is_made_under_a_language_home(self):
        for section in (
            LegalGuideIndexPage,
            CourseIndexPage,
            CommunitySpacePage,
            FeedbackPage,
            ServiceDirectoryPage,
        ):
            with self.subTest(section=section.__name__):
                self.assertAllowedParentPageTypes(section, {HomePage})
                self.assertCanCreateAt(HomePage, section)
                self.assertEqual(section.max_count_per_parent, 1)

    def test_guides_courses_and_events_are_made_only_in_their_own_section(self):
        self.assertAllowedParentPageTypes(LegalGuidePage, {LegalGuideIndexPage})
        self.assertAllowedSubpageTypes(LegalGuideIndexPage, {LegalGuidePage})
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertCanNotCreateAt(HomePage, LegalGuidePage)
        self.assertCanNotCreateAt(CourseIndexPage, LegalGuidePage)
        self.assertCanNotCreateAt(LegalGuideIndexPage, CoursePage)
        self.assertCanNotCreateAt(HomePage, EventPage)

    def test_a_guide_a_course_and_an_event_have_no_child_pages(self):
        for leaf in (LegalGuidePage, CoursePage, EventPage, PlanPage, YouSaidWeDidPage):
            with self.subTest(leaf=leaf.__name__):
                self.assertAllowedSubpageTypes(leaf, set())

    def test_the_community_space_holds_the_events_and_plain_pages(self):
        self.assertAllowedSubpageTypes(CommunitySpacePage, {EventIndexPage, StandardPage})
        self.assertCanCreateAt(CommunitySpacePage, EventIndexPage)
        self.assertAllowedSubpageTypes(FeedbackPage, {YouSaidWeDidPage, PlanPage, StandardPage})
