"""Community app models, one module per part of the section, all importable from here."""

from .events import CommunitySpacePage, EventIndexPage, EventPage
from .feedback import Feedback, FeedbackResponse
from .fields import SPOKEN_LANGUAGES, LanguageListField
from .partners import PartnerMembership, PartnerOrganisation, organisation_key_for
from .plan import PlanAction, PlanObjective
from .services import ServiceDirectoryPage, ServiceProvider
from .tu_voz import FeedbackPage, PlanPage, YouSaidWeDidPage

__all__ = [
    "SPOKEN_LANGUAGES",
    "CommunitySpacePage",
    "EventIndexPage",
    "EventPage",
    "Feedback",
    "FeedbackPage",
    "FeedbackResponse",
    "LanguageListField",
    "PartnerMembership",
    "PartnerOrganisation",
    "PlanAction",
    "PlanObjective",
    "PlanPage",
    "ServiceDirectoryPage",
    "ServiceProvider",
    "YouSaidWeDidPage",
    "organisation_key_for",
]
