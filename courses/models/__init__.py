"""Courses: the course index, course pages and enrolments.

Split so that imports point one way (status ← enrolment ← services, forms ← pages):
- `choices`: the choices of the course pages' fields (the filter form uses them too);
- `enrolment`: enrolments, notifications and seat counts. The services, forms and tasks use it;
- `pages`: the course index and course pages, which hold their own context and routes.
"""

from ..status import SEAT_STATUSES, EnrolmentStatus
from .choices import INSTRUCTION_LANGUAGE_CHOICES, MODALITY_CHOICES, TIME_SLOT_CHOICES
from .enrolment import (
    ANONYMOUS_FIELDS,
    FORM_FIELDS,
    PERSON_FIELDS,
    PERSONAL_FIELDS,
    Enrolment,
    Notification,
    NotificationKind,
    age_band,
    canonical_course_id,
    normalise_phone,
    seat_counts_for,
    seats_taken_subquery,
    today,
    waitlist_ahead,
    with_open_seats,
)
from .pages import COURSES_PER_PAGE, RICH_FEATURES, CourseIndexPage, CoursePage

__all__ = [
    "ANONYMOUS_FIELDS",
    "COURSES_PER_PAGE",
    "FORM_FIELDS",
    "INSTRUCTION_LANGUAGE_CHOICES",
    "MODALITY_CHOICES",
    "PERSONAL_FIELDS",
    "PERSON_FIELDS",
    "RICH_FEATURES",
    "SEAT_STATUSES",
    "TIME_SLOT_CHOICES",
    "CourseIndexPage",
    "CoursePage",
    "Enrolment",
    "EnrolmentStatus",
    "Notification",
    "NotificationKind",
    "age_band",
    "canonical_course_id",
    "normalise_phone",
    "seat_counts_for",
    "seats_taken_subquery",
    "today",
    "waitlist_ahead",
    "with_open_seats",
]
